/**
 * Japanese versions of the validation messages of src/core/config (which are English). A message
 * without a translation is shown as is: the English text is still better than nothing.
 */
export const JA_ISSUES: Readonly<Record<string, string>> = {
  'must be at most 4,000 characters': '4,000文字以内で入力してください',
  'must not contain a NUL character': 'NUL文字は使えません',
  'must be a single line': '1行で入力してください',
  'must not contain spaces or line breaks': '空白や改行は使えません',
  'must not be empty': '入力してください',
  'must be a CI/CD variable name: letters, digits and _, not starting with a digit':
    'CI/CD変数名を入力してください（英字・数字・_のみ、先頭は数字以外）',
  'must be at most 255 characters': '255文字以内で入力してください',
  'must not start or end with spaces': '先頭や末尾に空白は使えません',
  'must not start with "." (that makes a hidden template, not a job)':
    '「.」で始めることはできません（ジョブではなく非表示のテンプレートになります）',
  'is a reserved GitLab CI keyword': 'GitLab CIの予約語です',
  'must not be .pre or .post': '.preや.postは使えません',
  'must be a single line without commas': 'カンマを含まない1行で入力してください',
  'must be a valid image tag like v1.24.0-debug': 'v1.24.0-debugのような有効なイメージタグを入力してください',
  'must be at most 1,000 characters': '1,000文字以内で入力してください',
  'must not contain spaces, line breaks or "="': '空白、改行、「=」は使えません',
  'must not contain duplicates': '重複した値があります',
  'needs at least one tag': 'タグが1つ以上必要です',
  'needs at least one destination': 'プッシュ先が1つ以上必要です',
  'needs at least one destination (or --no-push, or a tar path)':
    'プッシュ先が1つ以上必要です（または--no-pushかtarのパス）',
  'needs at least one image': 'イメージが1つ以上必要です',
  "must differ from the other images' job names": 'ほかのイメージのジョブ名と異なる名前にしてください',
  "must differ from the other jobs' names": 'ほかのジョブの名前と異なる名前にしてください',
  "must differ from the build jobs' names": 'ビルドジョブの名前と異なる名前にしてください',
  'must differ from the names of the build jobs (job name + architecture)':
    'ビルドジョブの名前（ジョブ名＋アーキテクチャ）と異なる名前にしてください',
  'must be 0, 1 or 2': '0、1、2のいずれかを指定してください',
  'must be a duration like 1h 30m': '1h 30mのような期間を入力してください',
  'must start with "." and hold letters, digits, _ . -':
    '「.」で始め、英字・数字・_ . - だけを使ってください',
  'needs at least one branch name or /regex/ when "named branches" is a trigger':
    '「下のブランチのパイプライン」を選んだ場合、ブランチ名または/正規表現/が1つ以上必要です',
  'must be a branch name without spaces or quotes, or a /regex/':
    '空白や引用符を含まないブランチ名、または/正規表現/を入力してください',
  'must end a /regex/ with no flags other than i, m and s (GitLab refuses the rule)':
    '/正規表現/ の後ろのフラグは i、m、s だけにしてください（ほかのフラグがあるとGitLabはルールを拒否します）',
  'needs at least one platform': 'プラットフォームが1つ以上必要です',
  'must not repeat a platform': '同じプラットフォームが重複しています',
  'must be a Go duration like 336h or 24h30m': '336hや24h30mのような期間を入力してください',
  'must be a duration like 1 week, or never': '1 weekのような期間、またはneverを入力してください',
  'must be a whole number': '整数を入力してください',
  'must not be negative': '0以上の値を入力してください',
  'must be at most 100': '100以下の値を入力してください',
  'must be one of {values}': '次のいずれかを指定してください: {values}',
  'must not contain {character} ({name})': '{character}（{name}）は使えません',
  'character: line separator': '行区切り',
  'character: paragraph separator': '段落区切り',
  'character: next line': '改行文字NEL',
  'character: control character': '制御文字',
  'character: noncharacter': '非文字',
  'character: unpaired surrogate': '対になっていないサロゲート',
  'must not be "<<" (YAML reads it as a merge key)':
    '「<<」は使えません（YAMLではマージキーとして読まれます）',
}
