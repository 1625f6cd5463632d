import type { Catalog } from './catalog.ts'

const TYPE_NAMES: Record<string, string> = {
  bool: 'true か false',
  int: '整数',
  duration: '24h のような期間',
}

const KINDS_JA: Readonly<Record<string, string>> = {
  tag: 'タグパイプライン',
  schedule: 'スケジュールされたパイプライン',
  web: 'Webおよび API からの実行',
  'new-branch': '新しいブランチの最初のパイプライン',
}

export const ja: Catalog = {
  KC101: {
    title: 'シェルのないkanikoイメージ',
    message: (p) =>
      `${p.image} はデバッグイメージではないためシェルがなく、GitLabはジョブのスクリプトを実行できません。${p.tag ? `${p.tag} のような` : ''}-debug のタグを使ってください。`,
    fix: (p) => `${p.tag} を使う`,
  },
  KC102: {
    title: 'エントリーポイントがオーバーライドされていない',
    message: () =>
      'entrypoint: [""] がないと、イメージはシェルではなく /kaniko/executor を起動するため、ジョブのスクリプトが実行されません。エントリーポイントをオーバーライドしてください。',
    fix: () => 'エントリーポイントをオーバーライドする',
  },
  KC103: {
    title: 'v1.9.0より古いkaniko',
    message: (p) =>
      `${p.image} は kaniko ${p.version} です。Docker Engine 20.10以降のRunnerでは、v1.9.0より前のkanikoは「kaniko should only be run inside of a container」というエラーで失敗します。v1.9.0以降（例：${p.tag}）を使ってください。`,
    fix: (p) => `${p.tag} を使う`,
  },
  KC104: {
    title: 'タグのバージョンが固定されていない',
    message: (p) =>
      `${p.image} は新しいバージョンが出るたびに中身が変わるため、同じパイプラインでも日によってビルド結果が変わったり、失敗したりすることがあります。${p.tag ? `${p.tag} のように` : ''}バージョンを固定してください。`,
    fix: (p) => `${p.tag} に固定する`,
  },
  KC105: {
    title: 'Googleのkanikoはアーカイブ済み',
    message: (p) =>
      `Googleは2025年6月3日にkanikoをアーカイブし（最終リリースはv1.24.0）、GitLabもkanikoのページを削除しました。${p.image} は動作しますが、今後修正は提供されません。メンテナンスが続いているフォーク ${p.fork} は同じ構成なので、そのまま置き換えられます。`,
    fix: (p) => `${p.fork} に切り替える`,
  },
  KC106: {
    title: '新しいkanikoが必要なフラグ',
    message: (p) =>
      `${p.flag} はkaniko ${p.since} 以降のフラグですが、イメージは ${p.version} のため「unknown flag」で停止します。${p.tag} などの新しいイメージを使うか、このオプションを外してください。`,
    fix: (p) => `${p.tag} を使う`,
  },
  KC107: {
    title: 'カスタムイメージが空',
    message: () =>
      'kanikoイメージの提供元が「カスタム」ですが、イメージが指定されていないため、ジョブを実行するイメージがありません。イメージを入力するか、一覧のイメージを選んでください。',
    fix: () => 'メンテナンス中のフォークのイメージを使う',
  },
  KC108: {
    title: '変数から指定されたkanikoイメージのタグ',
    message: (p) =>
      `kanikoイメージのタグはジョブ実行時に $${p.variable} から決まるため、kanikoconfigは確認できません。ジョブに必要なシェルを持つ -debug イメージかどうかも、使っているフラグに対するkanikoのバージョンも確認できません。このパイプラインを使うすべてのプロジェクトで、$${p.variable} に固定した -debug タグ（例：v1.24.0-debug）を設定してください。`,
  },
  KC201: {
    title: 'タグ以外のパイプラインで$CI_COMMIT_TAGを使用',
    message: (p) =>
      `${p.reference} は CI_COMMIT_TAG を使っていますが、この変数はGitタグ以外のパイプラインでは空です。ジョブのトリガーにはそのようなパイプラインが含まれており、そこではkanikoが無効な参照 ${p.pushed} を受け取って失敗します。ジョブをタグパイプラインだけで実行するか、CI_COMMIT_SHORT_SHA または CI_COMMIT_REF_SLUG を使ってください。`,
    fix: () => 'タグパイプラインでのみ実行する',
  },
  KC202: {
    title: 'タグ以外のパイプラインでは$CI_COMMIT_TAGが空',
    message: (p) =>
      `${p.reference} は CI_COMMIT_TAG を使っていますが、この変数はGitタグ以外のパイプラインでは空です。ジョブのトリガーにはそのようなパイプラインが含まれており、そのたびに ${p.pushed} がプッシュされ、前のイメージを上書きします。ジョブをタグパイプラインだけで実行するか、CI_COMMIT_SHORT_SHA または CI_COMMIT_REF_SLUG を使ってください。`,
    fix: () => 'タグパイプラインでのみ実行する',
  },
  KC203: {
    title: 'ブランチ名をイメージのタグに使用',
    message: (p) =>
      `${p.reference} は ${p.variable} を使っています。ブランチ名には「/」が含まれることがあり（feature/login など）、イメージのタグには使えないため、プッシュが失敗します。タグに使えるよう変換された同じ名前の CI_COMMIT_REF_SLUG を使ってください。`,
    fix: () => 'CI_COMMIT_REF_SLUG を使う',
  },
  KC204: {
    title: '同じイメージを2回プッシュ',
    message: (p) =>
      `${p.reference} が複数回指定されているため、kanikoは同じイメージを2回プッシュします。重複したタグを削除してください。`,
    fix: () => '重複したタグを削除する',
  },
  KC205: {
    title: 'マージリクエストでパイプラインが重複',
    message: () =>
      '「すべてのブランチ」と「マージリクエスト」の両方を指定すると、マージリクエストが開いているブランチへのプッシュでパイプラインが2つ作成され、両方がイメージをビルドしてプッシュします。どちらか一方のトリガーにしてください（ブランチのパイプラインはマージリクエストのブランチも対象にしています）。',
    fix: () => 'マージリクエストのトリガーを外す',
  },
  KC206: {
    title: 'プッシュ先にURLスキームがある',
    message: (p) =>
      `${p.repository} はURLスキームで始まっていますが、イメージの参照にはスキームを付けないため、kanikoはこれを拒否します。${p.fixed} を使ってください。`,
    fix: (p) => `${p.fixed} を使う`,
  },
  KC207: {
    title: 'リポジトリ名に大文字がある',
    message: (p) =>
      `イメージのリポジトリ名は小文字でなければならないため、kanikoは ${p.repository} を拒否します。${p.fixed} を使ってください。`,
    fix: (p) => `${p.fixed} を使う`,
  },
  KC208: {
    title: '無効なイメージのタグ',
    message: (p) =>
      `「${p.tag}」はイメージのタグとして無効です。タグに使えるのは英数字、「_」「.」「-」の128文字までで、「.」や「-」で始めることはできません。${p.fixed ? `${p.fixed} を使ってください。` : ''}`,
    fix: (p) => `${p.fixed} を使う`,
  },
  KC209: {
    title: 'リポジトリにタグが含まれている',
    message: (p) =>
      `${p.repository} にはすでにタグかダイジェストが付いています。kanikoはそこにさらにタグを付けるため、無効な参照になります。タグはタグの一覧に書き、リポジトリには ${p.fixed} を使ってください。`,
    fix: (p) => `${p.fixed} を使う`,
  },
  KC210: {
    title: 'ステージが宣言されていない',
    message: (p) =>
      `stages: のブロックがない場合、GitLabが知っているステージは build、test、deploy だけです。「${p.stage}」はジョブを追加するファイルで宣言されている必要があり、宣言されていなければGitLabは「stage ${p.stage} not found」としてパイプラインを拒否します。そのファイルで宣言するか、stages: のブロックを出力してください。`,
    fix: () => 'stages: のブロックを出力する',
  },
  KC211: {
    title: 'プロジェクトディレクトリ外の出力ファイル',
    message: (p) =>
      `${p.flag} は ${p.path} に書き込みますが、これはプロジェクトディレクトリの外です。GitLabはジョブのファイルをアーティファクトとしてのみ保持し、アーティファクトはプロジェクトディレクトリ内にある必要があるため、このファイルはジョブとともに削除されます。${p.fixed ? `保持するには ${p.fixed} に書き込んでください。` : ''}`,
    fix: (p) => `${p.fixed} に書き込む`,
  },
  KC222: {
    title: 'スケジュールパイプラインの指定が矛盾している',
    message: () =>
      'トリガーにスケジュールパイプラインが含まれていますが、「スケジュールパイプラインでは実行しない」も設定されています。「実行しない」ルールが先に評価されるため、スケジュールではジョブは実行されません。どちらか一方にしてください。',
    fix: () => 'スケジュールのトリガーを外す',
  },
  KC223: {
    title: '比較対象のない changes:',
    message: (p) =>
      `${p.image} のジョブはパスが変更されたときだけビルドしますが、${p.kinds
        .split(',')
        .map((k) => KINDS_JA[k] ?? k)
        .join(
          '、',
        )}では比較するプッシュがないため、GitLabは rules:changes を真として扱い、イメージは結局ビルドされます。ブランチパイプラインでは「比較対象」（例：refs/heads/main）を指定すると固定の基準と比較できます。`,
  },
  KC230: {
    title: '2つのイメージが同じ参照をプッシュしている',
    message: (p) =>
      `${p.image} と ${p.other} が同じパイプラインで ${p.reference} をプッシュします。最後に終わったジョブの結果が残り、もう一方のイメージは失われます。イメージごとにリポジトリかタグを分けてください。`,
  },
  KC231: {
    title: 'needs: にこのパイプラインにないジョブがある',
    message: (p) =>
      `needs: に ${p.job} が指定されていますが、ここで生成されるジョブではありません。貼り付け先のファイルでこのジョブが定義されていない限り、GitLabはパイプラインを拒否します（「… needs … but it was not added to the pipeline」）。`,
    fix: (p) => `needs から ${p.job} を外す`,
  },
  KC235: {
    title: '再タグ付けジョブがどのジョブもプッシュしないイメージをコピーする',
    message: (p) =>
      `再タグ付けジョブは ${p.reference} にタグを付けますが、その実行前に（タグパイプライン内でも、同じコミットのブランチパイプラインでも）この参照をプッシュするビルドジョブがないため、タグパイプラインでcraneはコピー元を見つけられません（「MANIFEST_UNKNOWN」）。ビルドジョブからプッシュする（例：ブランチパイプラインで短いコミットSHAのプッシュ先を追加する）か、「コピー元のタグ」を変更してください。`,
  },
  KC236: {
    title: 'parallel:matrixにできないため、extendsで出力',
    message: (p) =>
      `マトリックスのレイアウトが選ばれていますが、${p.reasonJa} 代わりに非表示のテンプレートとextendsでジョブを出力します（GitLabでの動作は同じです）。`,
    fix: () => 'extendsのレイアウトにする',
  },
  KC237: {
    title: '再タグ付けイメージが固定されていない',
    message: (p) =>
      `${p.image} はgo-containerregistryの新しいリリースごとに指す先が変わるため、再タグ付けジョブが日によって別のcraneで動く可能性があります。バージョン（go-containerregistryは各リリースのdebugイメージ（ジョブに必要なシェルを含む）を gcr.io/go-containerregistry/crane/debug:<バージョン> として公開しています）またはダイジェスト（@sha256:…）に固定してください。`,
  },
  KC238: {
    title: '固定タグをすべてのパイプラインでプッシュしている',
    message: (p) =>
      `${p.image} のジョブはすべてのブランチとマージリクエストのパイプラインで実行され、そのたびに ${p.reference} をプッシュします。各パイプラインが自分のビルドで上書きするため、最後にビルドしたブランチのイメージが残ります。デフォルトブランチでのみプッシュしてください（ほかのパイプラインでもビルドは行われます）。`,
    fix: () => 'デフォルトブランチでのみプッシュする',
  },
  KC239: {
    title: '同じビルドを複数のイメージで行っている',
    message: (p) =>
      `${p.images} は同じコンテキスト・Dockerfile・設定を別々のジョブでビルドしています。ビルドごとに別のイメージができるため、レジストリごとにダイジェストが異なる可能性があります（2回のビルドの間にベースイメージやパッケージが変わることがあります）。一度だけビルドして、すべてのプッシュ先にプッシュしてください。`,
    fix: () => '一度ビルドしてすべてのプッシュ先にプッシュする',
  },
  KC240: {
    title: '再タグ付けジョブのタグが無効',
    message: (p) =>
      `「${p.tag}」はイメージタグとして無効です（英数字・「_」「.」「-」の128文字以内で、「.」や「-」で始まらないこと）。craneはこのタグで失敗し、「-」で始まる語は自身のオプションとして読みます。${p.fixed ? `${p.fixed} を使ってください。` : ''}`,
    fix: (p) => `${p.fixed} を使う`,
  },
  KC301: {
    title: 'kaniko自身にプロキシが設定されていない',
    message: () =>
      'プロキシがビルド引数としてだけ渡されているため、RUNステップはプロキシを使いますが、kaniko自身のプルとプッシュはプロキシを通りません。プロキシ環境では、403「error checking push permissions」やタイムアウトで失敗するのが典型的です。ジョブの変数としてもプロキシを設定してください。',
    fix: () => 'プロキシをジョブの変数に設定する',
  },
  KC305: {
    title: 'プロキシ変数が自分自身を参照している',
    message: (p) =>
      `${p.variables} に自分自身の値が設定されています。この値はRunnerがすでに設定しています。ジョブ変数にすると変数が自分自身で定義され、GitLabはそれをRunnerのプロキシとして解決しません。「Runnerがプロキシを設定する」を選んでください。ジョブはプロキシ変数を定義せず、RUNステップには名前だけで渡す（--build-arg http_proxy）ため、kanikoはRunnerの値を読み取ります。`,
    fix: () => 'Runnerがプロキシを設定する',
  },
  KC302: {
    title: 'HTTPSのプロキシがない',
    message: (p) =>
      `http_proxy だけが設定されています。レジストリとの通信はHTTPSで https_proxy が使われるため、kanikoのプルとプッシュは ${p.proxy} を通りません。https_proxy も設定してください（通常は同じ値です）。`,
    fix: () => 'HTTPSにも同じプロキシを使う',
  },
  KC303: {
    title: 'RUNステップにプロキシが渡されていない',
    message: () =>
      'プロキシがビルド引数として渡されていないため、DockerfileのRUNステップ（apt-get、npm、pip など）はプロキシ経由でネットワークに接続できません。',
    fix: () => 'プロキシをビルド引数として渡す',
  },
  KC304: {
    title: 'no_proxyが空',
    message: () =>
      'GitLabのコンテナレジストリへのプッシュも含め、すべての通信がプロキシを通ります。レジストリが社内にある場合、外部のプロキシがkanikoのプッシュ権限のチェックに403「error checking push permissions」を返すことがあります。GitLabとレジストリのホストを no_proxy に追加してください。',
  },
  KC310: {
    title: 'URLに認証情報がある',
    message: (p) =>
      `${p.field} のURLにユーザー名とパスワードが含まれています。生成したファイルはリポジトリにコミットされ、アクセスできる人なら誰でも読めます。パスワードはマスクしたCI/CD変数に保存し、変数名で参照してください。`,
    fix: () => 'URLから認証情報を削除する',
  },
  KC311: {
    title: '設定に秘密鍵がある',
    message: (p) =>
      `${p.field} に秘密鍵が含まれています。生成したファイルはリポジトリにコミットされます。鍵はファイルタイプのCI/CD変数に保存し、ここには公開証明書だけを入れてください。`,
    fix: () => '秘密鍵を削除する',
  },
  KC312: {
    title: '設定にトークンがある',
    message: (p) =>
      `${p.field} はトークンかパスワードのように見えます。生成したファイルはリポジトリにコミットされます。マスクしたCI/CD変数に保存し、$NAME の形で参照してください。`,
    fix: () => '値を消去する',
  },
  KC320: {
    title: 'CA証明書のないプライベートレジストリ',
    message: (p) =>
      `${p.hosts ? `${p.hosts} は公開レジストリではありません。` : ''}${p.skipped ? `${p.skipped} ではTLSの検証が無効になっています。これは証明書がカスタムCAで署名されているときによく行われる設定で、無効化をやめると（KC330）再び検証されます。` : ''}レジストリの証明書がカスタムCAで署名されている場合、kanikoは「x509: certificate signed by unknown authority」で失敗します。CA証明書を追加してください（証明書：カスタムCA証明書を信頼。例：ファイルタイプのCI/CD変数 ${p.variable} から）。`,
    fix: (p) => `${p.variable} からCA証明書を追加する`,
  },
  KC321: {
    title: 'PEMに証明書がない',
    message: (p) =>
      `貼り付けたPEMに「-----BEGIN CERTIFICATE-----」のブロックがないため、CAが追加されず、そのCAで署名されたレジストリでは引き続きx509エラーになります。証明書を貼り付けるか、ファイルタイプのCI/CD変数（${p.variable}）から読み込んでください。`,
    fix: (p) => `${p.variable} から読み込む`,
  },
  KC322: {
    title: 'CAのレジストリに「=」がある',
    message: (p) =>
      `--registry-certificate に ${p.registry}=… が渡されます。kanikoは最初の「=」で分けるため、ホスト ${p.host || '""'} と存在しないファイル ${p.path} と読み、そのホストに接続するとき「failed to load certificate」で停止します。ホスト（host[:port]）だけを書いてください。`,
    fix: (p) => `レジストリを ${p.host} にする`,
  },
  KC330: {
    title: 'TLSの検証が無効',
    message: (p) =>
      `${p.flags} は証明書の検証を無効にするため、Runnerとレジストリの間にいる誰でも認証情報を盗み見たり、イメージを改ざんしたりできます。検証を有効に戻してください。${p.caEnabled ? '追加済みのCA証明書もそのまま検証に使われます。' : `レジストリの証明書がカスタムCAで署名されている場合、検証を戻すとkanikoは「x509: certificate signed by unknown authority」で失敗します。CA証明書を追加してください（証明書：カスタムCA証明書を信頼。例：ファイルタイプのCI/CD変数 ${p.variable} から）。`}`,
    fix: (p) => (p.caEnabled ? '証明書の検証を有効に戻す' : '証明書の検証を有効に戻し、CA証明書の設定へ進む'),
  },
  KC331: {
    title: '平文のHTTPでレジストリに接続',
    message: (p) =>
      `${p.flags} により、kanikoは平文のHTTPでレジストリと通信します。認証情報とイメージが暗号化されずに送られ、途中で改ざんされるおそれがあります。レジストリをHTTPSで提供してください（必要ならCA証明書も追加してください）。`,
    fix: () => 'HTTPSのみを使う',
  },
  KC332: {
    title: 'CA証明書の変数の読み方が名前と合わない',
    message: (p) =>
      p.as === 'base64-variable'
        ? `${p.variable} という名前はbase64の証明書を表しますが、ファイルタイプのCI/CD変数として読まれます。ジョブはその内容をそのままCA証明書バンドルに追加し、base64のテキストはkanikoにとって証明書ではありません（x509: certificate signed by unknown authority）。base64の値なら「base64の値を持つCI/CD変数」を選んでください。`
        : `${p.variable} という名前はファイルタイプのCI/CD変数を表しますが、base64としてデコードされます。ファイルタイプのCI/CD変数の値はファイルのパスで、パスを base64 -d するとジョブが止まるか、証明書になりません。PEMを持つファイルタイプのCI/CD変数なら「ファイルタイプのCI/CD変数」を選んでください。`,
    fix: (p) =>
      p.as === 'base64-variable' ? 'base64としてデコードする' : 'ファイルタイプのCI/CD変数として読む',
  },
  KC333: {
    title: 'マニフェストジョブにCA証明書のファイルがない',
    message: (p) =>
      `CA証明書をプロジェクトディレクトリ外の ${p.path}（kanikoイメージのファイル）から読みます。${p.job} ジョブはmanifest-toolのイメージで動き、リポジトリはあってもこのファイルはないため、そこでは追加せず、manifest-toolはこのCAが署名したレジストリを検証できません（x509: certificate signed by unknown authority）。証明書をリポジトリに置くか、ファイルタイプのCI/CD変数を使ってください。`,
  },
  KC334: {
    title: '変数だけのCA証明書のパスがマニフェスト・リリースジョブにない',
    message: (p) =>
      `CA証明書を変数 ${p.variable} だけのパス ${p.path} から読みます。ビルドジョブはそのファイルを追加しますが、別のイメージで動くジョブ（${p.jobs}）はプロジェクト外のパスを追加しないため、このCAが署名したレジストリを検証できません（x509: certificate signed by unknown authority）。${p.variable} がファイルタイプのCI/CD変数なら「ファイルタイプのCI/CD変数」を選んでください。すべてのジョブがこのCAを信頼します。`,
    fix: (p) => `${p.variable} をファイルタイプのCI/CD変数として読む`,
  },
  KC335: {
    title: 'リリースジョブにCA証明書のファイルがない',
    message: (p) =>
      `CA証明書をプロジェクトディレクトリ外の ${p.path}（kanikoイメージのファイル）から読みます。${p.job} ジョブはcraneのイメージで動き、リポジトリはあってもこのファイルはないため、そこでは追加せず、craneはこのCAが署名したレジストリを検証できません（x509: certificate signed by unknown authority）。証明書をリポジトリに置くか、ファイルタイプのCI/CD変数を使ってください。`,
  },
  KC340: {
    title: '依存プロキシのポートが一致しない',
    message: (p) => {
      if (p.action === 'prefix-arg')
        return 'config.json では依存プロキシの認証情報をポートなしのホスト（gitlab.com）で登録していますが、プレフィックスのビルド引数がないため、FROM 行では :443 を含む CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX を使うことになります。キーが一致しないのでプルは匿名になり、失敗します。プレフィックスをビルド引数で渡す（キーと一致します）か、キーにポートを残してください。'
      const uses = [
        p.mirrors && `レジストリミラー ${p.mirrors}`,
        p.buildArgs && `ビルド引数 ${p.buildArgs}`,
        p.from && 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX を使う FROM 行',
      ].filter(Boolean)
      return `「ポートを除いたホスト名でログイン」により、config.json では依存プロキシの認証情報をポートなしのホスト（gitlab.com）で登録していますが、${uses.join('、')} は CI_DEPENDENCY_PROXY_* 変数からポート付き（gitlab.com:443）で指定されています。kanikoはホスト名が完全に一致する認証情報を探すため見つからず、匿名でプルしようとして依存プロキシに拒否されます${p.mirrors ? '（ミラーの場合、kanikoは警告だけ出して、イメージ本来のレジストリ（Docker Hubなど）から黙ってプルします）' : ''}。キーにポートを残して、すべての箇所を一致させてください。`
    },
    fix: (p) =>
      p.action === 'prefix-arg'
        ? '一致するプレフィックスをビルド引数で渡す'
        : 'ポート付きのホスト名（gitlab.com:443）でログインする',
  },
  KC341: {
    title: 'DockerfileにプレフィックスのARGが必要',
    message: () =>
      'パイプラインは CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX をビルド引数として渡します。Dockerfileの FROM より前で宣言してください：ARG CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX のあとに FROM ${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/alpine:3.20 と書きます。',
  },
  KC342: {
    title: 'Docker Hubのキーが違う',
    message: (p) =>
      `kanikoはDocker Hubの認証情報を ${p.key} というキーでしか探しません。「${p.host}」では使われないため、プルは匿名（レート制限あり）になり、プッシュは拒否されます。${p.key} を使ってください。`,
    fix: (p) => `${p.key} を使う`,
  },
  KC343: {
    title: 'プッシュ先の認証情報がない',
    message: (p) =>
      `${p.host} にkanikoをログインさせる設定がありません。自動で認証されるのはGitLabのコンテナレジストリ（$CI_REGISTRY）だけです。${p.host} がこのGitLabのレジストリでない限り、プッシュは認証エラーで失敗します。ユーザー名とパスワードを保持するCI/CD変数を指定して、レジストリを追加してください。`,
    fix: (p) => `${p.key} の認証情報を追加する`,
  },
  KC344: {
    title: 'レジストリが重複している',
    message: (p) =>
      `${p.host} が複数回登録されています（GitLabのコンテナレジストリや依存プロキシは、パイプラインが自動で登録している場合があります）。使われる認証情報は1組だけで、もう一方は何も言わずに無視されます。重複を削除してください。`,
    fix: () => '重複を削除する',
  },
  KC345: {
    title: 'レジストリにパスが含まれている',
    message: (p) =>
      p.helper
        ? `kanikoは、レジストリのホスト名が完全に一致する場合にだけ認証情報ヘルパーを呼び出します。そのため「${p.host}」に設定したヘルパーは呼び出されず、そのレジストリでは認証情報がありません。パス ${p.path} で認証情報を一部のリポジトリに限定することはできません。ホスト ${p.key} を使ってください。`
        : `kanikoはレジストリのホスト名で認証情報を探します。「${p.host}」が使われるのは ${p.key} そのもののエントリがない場合だけで（$CI_REGISTRY のように、パイプラインが自動で書き込むこともあります）、その場合は ${p.key} 上のすべてのイメージに使われます。パス ${p.path} で認証情報を一部のリポジトリに限定することはできません。ホスト ${p.key} を使ってください。`,
    fix: (p) => `${p.key} を使う`,
  },
  KC346: {
    title: '依存プロキシの認証情報がない',
    message: (p) =>
      `${[p.mirrors && `レジストリミラー ${p.mirrors}`, p.buildArgs && `ビルド引数 ${p.buildArgs}`].filter(Boolean).join('、')} は GitLabの依存プロキシを使いますが、「ベースイメージを依存プロキシ経由でプル」が無効のため、パイプラインは依存プロキシの認証情報を書き込みません。依存プロキシは匿名のプルを拒否します${p.mirrors ? '（ミラーの場合、kanikoは警告だけ出して、イメージ本来のレジストリ（Docker Hubなど）から黙ってプルします）' : ''}。有効にしてください。`,
    fix: () => 'ベースイメージを依存プロキシ経由でプル（キーにポートを残す）',
  },
  KC347: {
    title: 'DOCKER_AUTH_CONFIGにレジストリが追加されない',
    message: (p) =>
      `config.jsonは $${p.variable} をそのまま使います（「上のレジストリを追加する」がオフ）。そのため、ジョブは ${p.hosts} の認証情報を書き込まず、これらには $${p.variable} にあるものしか使われません。追加を有効にする（同じホストのエントリはこちらが置き換えます）か、これらのレジストリを削除してください。`,
    fix: () => 'レジストリを追加する',
  },
  KC348: {
    title: 'Googleのヘルパーにキーがない',
    message: (p) =>
      `${p.host} のgcr認証情報ヘルパーにサービスアカウントキーのファイルタイプのCI/CD変数がないため、Runner自身のGoogleの認証情報を使います。これを持つのはGoogle Cloud上のRunner（メタデータサーバー、GKEのWorkload Identity）だけです。ほかの場所では、キーを持つファイルタイプのCI/CD変数を設定してください。`,
  },
  KC349: {
    title: 'Googleのヘルパーなしのサービスアカウントキー',
    message: (p) =>
      `${p.variable} が ${p.host} のサービスアカウントキーに設定されていますが、認証情報ヘルパーがgcrではありません。ジョブはキーをkanikoに渡しません（GOOGLE_APPLICATION_CREDENTIALSはgcrヘルパーのときだけ設定します）。Google（gcr）のヘルパーを選ぶか、キーの変数を空にしてください。`,
    fix: (p) => `${p.host} にgcrヘルパーを使う`,
  },
  KC350: {
    title: 'コロンを含むユーザー名',
    message: (p) =>
      `${p.host} のユーザー名 ${p.user} に「:」が含まれています。config.jsonは「ユーザー名:パスワード」をbase64で保持し、kaniko・manifest-tool・craneは最初の「:」で分けるため、レジストリには短いユーザー名と誤ったパスワードが届きます。「:」のないユーザー名を使うか（レジストリは「:」を含むユーザー名を認めません）、CI/CD変数から取ってください。`,
  },
  KC351: {
    title: 'レジストリのキーが変数',
    message: (p) =>
      `config.jsonのキー ${p.host} の値はジョブ実行時にCI/CD変数 ${p.variable} から取られるため、設定からは確認できません。kanikoがこのエントリーを使うのは、その値がプッシュ先のレジストリホスト（host[:port]、スキームやパスなし）と完全に一致する場合だけです。Docker Hubでは https://index.docker.io/v1/ だけが有効なため、docker.io や index.docker.io などの値ではプッシュが認証なしになります（401）。このレジストリがDocker Hubなら、変数の代わりにそのキーを書いてください。`,
  },
  KC352: {
    title: 'kanikoにないヘルパーにGitLabレジストリを任せている',
    message: (p) =>
      `GitLabレジストリの認証をkaniko内蔵のGitLab認証ヘルパーに任せていますが、エグゼキューターのイメージは kaniko ${p.version} です。このヘルパーはv1.9.0で追加されたため、GitLabレジストリへのプッシュは認証なしになります（401 unauthorized）。パイプラインでconfig.jsonにレジストリのエントリーを書くか、v1.9.0以降のkanikoを使ってください。`,
    fix: () => '必要なときにGitLabレジストリのエントリーを書く',
  },
  KC353: {
    title: 'GitLabレジストリだけのconfig.json',
    message: () =>
      'ジョブはGitLabレジストリ（$CI_REGISTRY）だけを含むconfig.jsonを書いていますが、kaniko v1.9.0以降はジョブのトークンで自らログインします。このファイルは不要です。「自動」にするとconfig.jsonを書かず、認証情報がスクリプトを通りません。',
    fix: () => 'GitLabレジストリへのログインをkanikoに任せる',
  },
  KC401: {
    title: 'プッシュしないキャッシュにはキャッシュリポジトリが必要',
    message: (p) =>
      `kanikoは --cache と --no-push を --cache-repo なしで組み合わせると停止します（「if using cache with --no-push, specify cache repo with --cache-repo」）。${p.repository} などのキャッシュリポジトリを設定してください。`,
    fix: (p) => `${p.repository} を使う`,
  },
  KC402: {
    title: 'キャッシュリポジトリがkanikoまかせ',
    message: (p) =>
      `キャッシュリポジトリがないと、kanikoは <プッシュ先>/cache を使います。このパスでは401エラーやクリーンアップの問題が報告されています（gitlab-org/gitlab#457057）。${p.repository} などを明示的に設定してください。`,
    fix: (p) => `${p.repository} を使う`,
  },
  KC403: {
    title: 'キャッシュが無効なのにキャッシュのオプションがある',
    message: () =>
      'キャッシュのオプションが設定されていますが、キャッシュが無効なため効果がありません。キャッシュを有効にするか、オプションを消してください。',
    fix: () => 'キャッシュを有効にする',
  },
  KC404: {
    title: 'キャッシュの有効期間が非常に短い',
    message: (p) =>
      `${p.ttl} より古いキャッシュのレイヤーは使われないため、ほとんどのビルドでキャッシュが効きません。kanikoの既定値は336h（2週間）です。`,
    fix: () => '既定の有効期間を使う',
  },
  KC405: {
    title: '--use-new-runは実験的な機能',
    message: () =>
      '--use-new-run はスナップショットを使わずに変更を検出します。実験的な機能で、RUNステップで変更されたファイルを見落とし、イメージに含めないことがあります。結果を確認したうえで使ってください。',
    fix: () => '--use-new-run を無効にする',
  },
  KC501: {
    title: 'プラットフォームにRunnerタグがない',
    message: (p) =>
      `${p.platform} のビルドジョブにRunnerタグがないため、どのRunnerでも実行される可能性があり、別のアーキテクチャのRunnerではそのアーキテクチャのイメージがビルドされてしまいます。${p.platform} のRunnerタグを追加してください${p.tags ? `（GitLab.comでは ${p.tags}）` : ''}。`,
    fix: (p) => `${p.tags} を使う`,
  },
  KC502: {
    title: 'このプラットフォームのデバッグイメージがない',
    message: (p) =>
      `${p.repository} には ${p.platform} 用のデバッグイメージがないため、${p.platform} のジョブを開始できません。${p.action === 'fork' ? 'メンテナンス中のフォークはこのプラットフォームのイメージを公開しています。' : 'このプラットフォームを外すか、このプラットフォーム用にビルドされたイメージを使ってください。'}`,
    fix: (p) => (p.action === 'fork' ? 'メンテナンス中のフォークに切り替える' : `${p.platform} を外す`),
  },
  KC503: {
    title: 'シェルのないmanifest-toolイメージ',
    message: (p) =>
      `${p.image} は FROM scratch でビルドされていてシェルがないため、マニフェストジョブのスクリプトを実行できません。${p.replacement} を使ってください。`,
    fix: (p) => `${p.replacement} を使う`,
  },
  KC504: {
    title: 'プラットフォーム間でタグが重複',
    message: (p) =>
      `サフィックス「${p.suffix}」では ${p.platforms} がすべて「${p.result}」で終わるタグをプッシュするため、互いに上書きし、マニフェストにも同じイメージが複数回含まれます。サフィックスに ARCH と VARIANT を入れてください。`,
    fix: () => '-ARCHVARIANT を使う',
  },
  KC505: {
    title: 'タグのサフィックスにARCHがない',
    message: (p) =>
      `サフィックス「${p.suffix}」に ARCH がないため、プラットフォームごとのタグがアーキテクチャを示さず、プラットフォームを追加するとタグが衝突します。-ARCHVARIANT を使ってください。`,
    fix: () => '-ARCHVARIANT を使う',
  },
  KC506: {
    title: 'サフィックスで無効なタグになる',
    message: (p) =>
      `${p.platform} ではサフィックス「${p.suffix}」が「${p.result}」になり、タグに使えない文字が含まれます（使えるのは英数字、「_」「.」「-」のみ）。-ARCHVARIANT を使ってください。`,
    fix: () => '-ARCHVARIANT を使う',
  },
  KC507: {
    title: 'マルチアーキテクチャのビルドにはプッシュが必要',
    message: () =>
      'マニフェストジョブは、ビルドジョブがプッシュしたイメージをまとめます。--no-push では何もプッシュされないため、manifest-toolが失敗します。--no-push を無効にしてください。',
    fix: () => '--no-push を無効にする',
  },
  KC508: {
    title: 'マルチアーキテクチャのビルドにカスタムプラットフォーム',
    message: (p) =>
      `すべてのビルドジョブが --custom-platform ${p.platform} を渡すため、プラットフォームごとのイメージがすべて同じプラットフォームを名乗ります。マルチアーキテクチャのジョブは各プラットフォームのRunnerでネイティブにビルドするので、カスタムプラットフォームを消してください。`,
    fix: () => 'カスタムプラットフォームを消す',
  },
  KC510: {
    title: 'イメージの参照にARCH・OS・VARIANTがある',
    message: (p) =>
      `「${p.text}」に ${p.word} が含まれています。manifest-toolはテンプレート全体で最初の ARCH、OS、VARIANT を置き換えるため、サフィックスではなくこの部分が置き換えられ、存在しないイメージを探すことになります。小文字で書くか、名前を変えてください。`,
    fix: () => '小文字で書く',
  },
  KC601: {
    title: 'ビルド引数の値に空白がある',
    message: (p) =>
      `${p.name} の値に空白が含まれています。kanikoには1つの引数として渡されますが、RUNステップで $${p.name} を引用符なしで使うと単語に分割されます。Dockerfileでは "$${p.name}" と書いてください。`,
  },
  KC602: {
    title: 'ビルド引数が重複している',
    message: (p) =>
      `${p.name} がkanikoに複数回渡されています（プロキシや依存プロキシのためにパイプラインが自動で渡している場合もあります）。有効なのは最後の値だけです。これを削除してください。`,
    fix: () => 'このビルド引数を削除する',
  },
  KC603: {
    title: 'すべてのステージがビルドされる',
    message: (p) =>
      `--skip-unused-stages がないと、kanikoはターゲット ${p.target} に不要なステージも含めて、Dockerfileのすべてのステージをビルドします。`,
    fix: () => '不要なステージをスキップする',
  },
  KC604: {
    title: '--cleanupは不要',
    message: () =>
      '各ジョブは新しいコンテナでkanikoを1回だけ実行するため（マルチアーキテクチャのビルドではプラットフォームごとに1ジョブ）、--cleanup は時間がかかるだけです。このオプションは、1つのコンテナでkanikoを何度も実行する場合のものです。',
    fix: () => '--cleanup を無効にする',
  },
  KC605: {
    title: 'Dockerfileがディレクトリになっている',
    message: (p) =>
      `Dockerfile の項目（--dockerfile）が ${p.dockerfile} で、これはディレクトリです。kanikoはファイルを必要とするため、「… is a directory」で停止します。ファイル名まで指定してください（例：${p.fixed}）。`,
    fix: (p) => `${p.fixed} を使う`,
  },
  KC606: {
    title: 'ラベルが重複している',
    message: (p) =>
      p.shadowedBy === 'label'
        ? `ラベル ${p.key} が2回設定されています。kanikoは最後の値だけを使うため、前のラベルは何の効果もありません。削除してください。`
        : `ラベル ${p.key} はOCIラベル（「OCIラベルを追加」）にも含まれています。OCIラベルは後から渡されるため、入力した値が上書きされます。入力した値と他のOCIラベルを両方残すには、OCIラベルを通常のラベルとして並べてください。`,
    fix: (p) =>
      p.shadowedBy === 'label' ? '前のラベルを削除する' : `${p.key} の値を残し、他のOCIラベルを並べる`,
  },
  KC610: {
    title: '追加フラグがフォームの項目と重複',
    message: (p) =>
      `${p.flag} はフォームの項目（${p.field}）でも設定できます。追加フラグは最後に渡されるため、フォームの値を知らせずに上書きしたり、値を追加したりします。その結果、フォームの表示とジョブの動作が食い違います。フォームで設定してください。`,
    fix: () => 'フォームに移す',
  },
  KC611: {
    title: '不明なフラグ',
    message: (p) =>
      `kanikoは ${p.flag} というフラグを知らないため、「unknown flag」で停止します。${p.suggestion ? `${p.suggestion} の間違いではありませんか？` : ''}`,
    fix: (p) => `${p.suggestion} を使う`,
  },
  KC612: {
    title: 'メンテナンス中のフォークにしかないフラグ',
    message: (p) =>
      `${p.flag} はosscontainertoolsのフォークにしかないフラグで、Googleのkanikoは「unknown flag」で停止します。フォークに切り替えるか、このフラグを外してください。`,
    fix: () => 'メンテナンス中のフォークに切り替える',
  },
  KC613: {
    title: '非推奨のフラグ',
    message: (p) =>
      `${p.flag} は非推奨です。kanikoは警告を出して受け付けますが、将来削除されるおそれがあります。${p.replacement} を使ってください。`,
    fix: (p) => `${p.replacement} を使う`,
  },
  KC614: {
    title: '1つの項目に複数の単語',
    message: (p) =>
      `追加フラグの各項目は1つの引数として渡されるため、「${p.entry}」は空白を含む1語としてkanikoに届き、拒否されます。${p.count} 個の項目に分けてください。`,
    fix: (p) => `${p.count} 個の項目に分ける`,
  },
  KC615: {
    title: 'フラグの値がない、または無効',
    message: (p) => {
      if (p.problem === 'missing-value')
        return `${p.flag} には値が必要ですが、最後の項目になっているため、kanikoは「flag needs an argument」で停止します。`
      if (p.problem === 'swallowed-flag')
        return `${p.flag} には値が必要なため、kanikoは次の項目 ${p.value} をその値として受け取り、そのフラグは失われます。${p.flag}=値 の形で値を指定してください。`
      return `「${p.value}」は ${p.flag} の値として無効です（${TYPE_NAMES[p.type] ?? p.type}）。kanikoは「invalid argument」で停止します。`
    },
  },
  KC616: {
    title: 'フラグではない引数',
    message: (p) =>
      `「${p.entry}」はフラグでもフラグの値でもないため、kanikoはサブコマンドとみなして「unknown command」で停止します。${p.merged ? `${p.merged} と書いてください。` : ''}`,
    fix: (p) => `${p.merged} を使う`,
  },
  KC617: {
    title: '変数が1つの引数として渡される',
    message: (p) =>
      `${p.entry} は引用符付きの1つの引数としてkanikoに渡されます。空のときは "" が渡され、kanikoは unknown command "" で停止します。複数のフラグを保持しているときは、それらが1つの引数として渡されます。CI/CD変数からフラグを追加するには、「CI/CD変数から追加する引数」にその変数名を指定してください。値が単語ごとに別の引数になり、空のときは何も渡されません。${p.current && p.current !== p.variable ? `この欄にはすでに ${p.current} が指定されています。` : ''}`,
    fix: (p) => `$${p.variable} から追加の引数を渡す`,
  },
  KC701: {
    title: 'GitLabが誤読する文字',
    message: (p) =>
      `${p.field} に ${p.characters} が含まれています。GitLabは改行として読む（実行されるキーが増える）か、ファイルを受け付けません。取り除いてください。`,
  },
}
