import type { Localized } from './findings.ts'

/** A reason's parameters: plain values the texts put in place (a flag, a job name, a line). */
export type ReasonParams = Readonly<Record<string, string | number>>

const define = <P extends ReasonParams = Record<string, never>>(text: (p: P) => Localized) => text

/**
 * Why something of the original is listed in `unmapped` (not read, or not reproduced) or in `changed`
 * (reproduced in another form). Each reason has a stable code (its key, never reused), parameters and
 * an en/ja text; `--json` carries the code, the parameters and the English text (docs/import.md).
 */
export const IMPORT_REASONS = {
  // The YAML file
  'yaml-several-documents': define<{ count: number }>((p) => ({
    en: `${p.count} YAML documents: only the first pipeline is read`,
    ja: `YAMLドキュメントが${p.count}個あります。最初のパイプラインだけを読み込みます`,
  })),
  'yaml-not-jobs': define(() => ({
    en: 'the file is not a mapping of jobs',
    ja: 'ファイルがジョブのマッピングではありません',
  })),
  'yaml-key-not-job': define<{ key: string }>((p) => ({
    en: `top-level key \`${p.key}\` is not a job mapping`,
    ja: `トップレベルのキー \`${p.key}\` はジョブのマッピングではありません`,
  })),
  'yaml-too-deep': define(() => ({
    en: 'YAML nested deeper than 64 levels (alias loop?)',
    ja: 'YAMLの入れ子が64段を超えています（エイリアスのループ？）',
  })),
  'yaml-merge-not-mapping': define(() => ({
    en: 'merge key `<<` whose value is not a mapping',
    ja: 'マージキー `<<` の値がマッピングではありません',
  })),
  'extends-loop': define<{ depth: number; chain: string }>((p) => ({
    en: `extends loop or depth over ${p.depth}: ${p.chain}`,
    ja: `extends がループしているか、深さが${p.depth}を超えています: ${p.chain}`,
  })),
  'extends-missing': define<{ parent: string }>((p) => ({
    en: `extends \`${p.parent}\`, which is not in this file (included?)`,
    ja: `extends の \`${p.parent}\` はこのファイルにありません（include されたもの？）`,
  })),
  'reference-missing': define<{ target: string }>((p) => ({
    en: `!reference [${p.target}] not found in this file`,
    ja: `!reference [${p.target}] はこのファイルに見つかりません`,
  })),
  'default-not-inherited': define<{ key: string }>((p) => ({
    en: `default:${p.key} is not a key GitLab inherits`,
    ja: `default:${p.key} はGitLabが継承するキーではありません`,
  })),
  'parallel-count': define<{ count: string }>((p) => ({
    en: `parallel: ${p.count} runs the job ${p.count} times (read as one job)`,
    ja: `parallel: ${p.count} はジョブを${p.count}回実行します（1つのジョブとして読み込みます）`,
  })),
  'matrix-not-list': define(() => ({
    en: 'parallel:matrix is not a list',
    ja: 'parallel:matrix がリストではありません',
  })),
  'matrix-entry-not-mapping': define(() => ({
    en: 'parallel:matrix entry is not a mapping',
    ja: 'parallel:matrix の要素がマッピングではありません',
  })),
  'input-interpolation': define<{ raw: string }>((p) => ({
    en: `interpolation ${p.raw} not understood`,
    ja: `補間 ${p.raw} を解釈できません`,
  })),
  'include-not-followed': define<{ include: string }>((p) => ({
    en: `include not followed: ${p.include}`,
    ja: `include はたどりません: ${p.include}`,
  })),

  // The job's script, as the shell reads it
  'script-item-not-string': define(() => ({
    en: 'script item is not a string',
    ja: 'スクリプトの要素が文字列ではありません',
  })),
  'shell-bash-only': define<{ message: string }>((p) => ({
    en: `bash-only syntax (busybox sh in kaniko's debug image may differ): ${p.message}`,
    ja: `bash専用の構文です（kanikoのdebugイメージのbusybox shでは動作が異なる場合があります）: ${p.message}`,
  })),
  'shell-syntax-error': define<{ line: number; column: number; message: string }>((p) => ({
    en: `shell syntax error (line ${p.line}, column ${p.column} of the joined script): ${p.message}`,
    ja: `シェルの構文エラー（結合したスクリプトの${p.line}行${p.column}列）: ${p.message}`,
  })),
  'shell-for-loop': define(() => ({
    en: 'for loop (the values its variable takes are not read): not read',
    ja: 'for ループ（変数が取る値は読み取りません）: 読み込みません',
  })),
  'shell-case': define(() => ({
    en: 'case … esac: not read',
    ja: 'case … esac: 読み込みません',
  })),
  'shell-arithmetic': define<{ raw: string }>((p) => ({
    en: `arithmetic ${p.raw}: not read`,
    ja: `算術式 ${p.raw}: 読み込みません`,
  })),

  // What a job does
  'template-read': define(() => ({
    en: 'hidden job read as a template: no job in this file extends it',
    ja: '隠しジョブをテンプレートとして読み込みました。このファイルのどのジョブもこれを extends していません',
  })),
  'image-variable': define<{ image: string }>((p) => ({
    en: `the image depends on a variable (${p.image}): a project or pipeline variable of the same name changes it`,
    ja: `イメージが変数に依存しています（${p.image}）。同じ名前のプロジェクトやパイプラインの変数で変わります`,
  })),
  'run-conditional': define(() => ({
    en: 'executor run inside if/&&/||/a loop: it runs only on some paths, or its result decides what follows',
    ja: 'if/&&/||/ループの中の /kaniko/executor の実行です。一部の経路でしか実行されないか、その結果で後の処理が決まります',
  })),
  'argv-positional': define<{ argument: string }>((p) => ({
    en: `positional argument \`${p.argument}\` (kaniko takes none)`,
    ja: `位置引数 \`${p.argument}\`（kanikoは位置引数を取りません）`,
  })),
  'argv-unknown-flag': define<{ flag: string }>((p) => ({
    en: `unknown executor flag \`${p.flag}\``,
    ja: `/kaniko/executor の不明なフラグ \`${p.flag}\``,
  })),
  'argv-bool-value': define<{ flag: string }>((p) => ({
    en: `boolean flag \`${p.flag}\` with a value that is not true/false`,
    ja: `真偽値のフラグ \`${p.flag}\` の値が true/false ではありません`,
  })),
  'argv-no-value': define<{ flag: string }>((p) => ({
    en: `flag \`${p.flag}\` without its value`,
    ja: `フラグ \`${p.flag}\` に値がありません`,
  })),
  'argv-only-when-set-apart': define<{ flag: string; value: string; variable: string }>((p) => ({
    en: `flag \`${p.flag}\` and its value \`${p.value}\` are not both passed only when \`${p.variable}\` is set`,
    ja: `フラグ \`${p.flag}\` とその値 \`${p.value}\` は、どちらも \`${p.variable}\` が設定されているときだけ渡されるわけではありません`,
  })),
  'free-form-variable': define<{ variable: string }>((p) => ({
    en: `free-form arguments from a variable: ${p.variable}`,
    ja: `変数からの自由形式の引数: ${p.variable}`,
  })),
  'free-form-variable-read': define<{ variable: string }>((p) => ({
    en: `free-form arguments from a variable: ${p.variable} (its known values were read; others may be passed)`,
    ja: `変数からの自由形式の引数: ${p.variable}（わかっている値は読み込みました。ほかの値が渡される可能性があります）`,
  })),
  'auth-unreadable': define(() => ({
    en: 'config.json written with content the importer cannot read',
    ja: 'インポーターが読み取れない内容でconfig.jsonを書いています',
  })),
  'auth-file-copied': define<{ from: string }>((p) => ({
    en: `config.json copied from ${p.from}`,
    ja: `config.jsonを ${p.from} からコピーしています`,
  })),
  'ca-unknown-source': define<{ source: string }>((p) => ({
    en: `CA written from \`${p.source}\``,
    ja: `CAを \`${p.source}\` から書いています`,
  })),
  'writes-file': define<{ file: string }>((p) => ({
    en: `writes the file \`${p.file}\` (the build may read it)`,
    ja: `ファイル \`${p.file}\` を書いています（ビルドが読む可能性があります）`,
  })),
  'changes-directory': define(() => ({
    en: 'changes the working directory (relative --context and --dockerfile resolve from it)',
    ja: '作業ディレクトリを変更しています（相対パスの --context と --dockerfile はそこから解決されます）',
  })),
  'fold-broken-command': define<{ command: string }>((p) => ({
    en: `\`${p.command}\` runs as a command of its own: the more-indented line keeps its newline in the \`>\` script (IMP111); the config takes the flags as meant`,
    ja: `\`${p.command}\` は独立したコマンドとして実行されます。\`>\` スクリプトで字下げの深い行は改行が残るためです（IMP111）。設定は意図どおりのフラグとして取り込みます`,
  })),
  'unknown-command': define<{ command: string }>((p) => ({
    en: `command \`${p.command}\` in the job's script is not understood`,
    ja: `ジョブのスクリプトのコマンド \`${p.command}\` を解釈できません`,
  })),

  // Jobs and images → the config
  'job-not-kaniko': define<{ job: string }>((p) => ({
    en: `job \`${p.job}\` neither builds with kaniko nor retags: it is not part of the generated pipeline`,
    ja: `ジョブ \`${p.job}\` はkanikoでのビルドも再タグ付けもしません。生成するパイプラインには含めません`,
  })),
  'template-not-mapped': define<{ job: string }>((p) => ({
    en: `template job \`${p.job}\` is not mapped (jobs extend it)`,
    ja: `テンプレートジョブ \`${p.job}\` は反映しません（ほかのジョブがこれを extends しています）`,
  })),
  'no-build-job': define(() => ({
    en: 'no kaniko build job found',
    ja: 'kanikoのビルドジョブが見つかりません',
  })),
  'no-build-job-named': define<{ job: string }>((p) => ({
    en: `no kaniko build job named \`${p.job}\``,
    ja: `\`${p.job}\` という名前のkanikoのビルドジョブはありません`,
  })),
  'no-run-read': define(() => ({
    en: 'no executor run could be read',
    ja: '/kaniko/executor の実行を1つも読み取れませんでした',
  })),
  'stage-differs': define<{ job: string; first: string }>((p) => ({
    en: `stage of \`${p.job}\` differs from \`${p.first}\`'s: the config has one stage`,
    ja: `\`${p.job}\` のステージが \`${p.first}\` と異なります。設定のステージは1つです`,
  })),
  'triggers-differ': define<{ job: string; first: string }>((p) => ({
    en: `\`${p.job}\` runs in other pipelines than \`${p.first}\`: the config has one set of triggers for every image`,
    ja: `\`${p.job}\` は \`${p.first}\` と異なるパイプラインで実行されます。設定の実行条件はすべてのイメージで共通です`,
  })),
  'settings-differ': define<{ job: string; first: string }>((p) => ({
    en: `job settings (retry, timeout, interruptible, resource_group, services) of \`${p.job}\` differ from \`${p.first}\`'s: the config has one set`,
    ja: `\`${p.job}\` のジョブ設定（retry、timeout、interruptible、resource_group、services）が \`${p.first}\` と異なります。設定では共通です`,
  })),
  'executor-image-differs': define<{ job: string; image: string }>((p) => ({
    en: `\`${p.job}\` uses another executor image (${p.image}): the config has one`,
    ja: `\`${p.job}\` は別のkanikoイメージ（${p.image}）を使っています。設定のkanikoイメージは1つです`,
  })),
  'flag-differs': define<{ flag: string; image: string }>((p) => ({
    en: `${p.flag} differs between images: kept as an extra flag of \`${p.image}\``,
    ja: `${p.flag} はイメージごとに異なります。\`${p.image}\` の追加フラグとして残します`,
  })),
  'no-context': define<{ context: string }>((p) => ({
    en: `no --context: kaniko's default context is /workspace/; the config builds \`${p.context}\``,
    ja: `--context がありません。kanikoの既定のコンテキストは /workspace/ ですが、設定は \`${p.context}\` をビルドします`,
  })),
  'no-dockerfile': define<{ dockerfile: string }>((p) => ({
    en: `no --dockerfile: written as \`${p.dockerfile}\` (kaniko looks for ./Dockerfile in the working directory first)`,
    ja: `--dockerfile がありません。\`${p.dockerfile}\` と書きます（kanikoはまず作業ディレクトリの ./Dockerfile を探します）`,
  })),
  'no-destination': define<{ image: string }>((p) => ({
    en: `no --destination in \`${p.image}\`: the config pushes to its default destination`,
    ja: `\`${p.image}\` に --destination がありません。設定は既定のプッシュ先にpushします`,
  })),
  'read-as-meant': define<{ job: string }>((p) => ({
    en: `\`${p.job}\`: the executor flags are read as the author meant them (IMP111)`,
    ja: `\`${p.job}\`: /kaniko/executor のフラグを作者の意図どおりに読み込みました（IMP111）`,
  })),
  'run-not-mapped-unconditional': define<{ job: string }>((p) => ({
    en: `executor run in \`${p.job}\` is not mapped to an image: only the job's unconditional runs are mapped`,
    ja: `\`${p.job}\` の /kaniko/executor の実行はイメージに反映しません。ジョブの無条件の実行だけを反映します`,
  })),
  'run-not-mapped-last': define<{ job: string }>((p) => ({
    en: `executor run in \`${p.job}\` is not mapped to an image: only the job's last run is mapped`,
    ja: `\`${p.job}\` の /kaniko/executor の実行はイメージに反映しません。ジョブの最後の実行だけを反映します`,
  })),
  'script-environment-lost': define<{ name: string }>((p) => ({
    en: `the script sets \`${p.name}\` in the executor's environment: the regenerated job does not (kaniko reads some variables there: credentials, proxies, certificates; set it in the job's variables if the build needs it)`,
    ja: `スクリプトが /kaniko/executor の環境に \`${p.name}\` を設定しています。再生成したジョブは設定しません（kanikoは認証情報、プロキシ、証明書などの変数を環境から読みます。ビルドに必要ならジョブの variables に設定してください）`,
  })),
  'script-assigns-free-form': define<{ variable: string }>((p) => ({
    en: `the script's assignments to \`${p.variable}\` are not reproduced: its YAML value is passed`,
    ja: `スクリプトでの \`${p.variable}\` への代入は再現しません。YAMLの値を渡します`,
  })),
  'destinations-when': define<{ job: string; pipelines: string; when: string }>((p) => ({
    en: `\`${p.job}\` runs in ${p.pipelines} pipelines: its destinations are pushed when \`${p.when}\``,
    ja: `\`${p.job}\` は ${p.pipelines} のパイプラインで実行されます。そのプッシュ先には \`${p.when}\` のときにpushします`,
  })),
  'merged-into': define<{ job: string; into: string }>((p) => ({
    en: `\`${p.job}\` is merged into \`${p.into}\` (same build, other pipelines)`,
    ja: `\`${p.job}\` を \`${p.into}\` にまとめました（同じビルドで、パイプラインだけが異なります）`,
  })),
  'no-image': define<{ job: string }>((p) => ({
    en: `\`${p.job}\` has no image: the config uses the default executor image`,
    ja: `\`${p.job}\` にはイメージがありません。設定は既定のkanikoイメージを使います`,
  })),
  'executor-image-resolved': define<{ image: string; resolved: string }>((p) => ({
    en: `executor image \`${p.image}\` is written as \`${p.resolved}\``,
    ja: `kanikoイメージ \`${p.image}\` を \`${p.resolved}\` と書きます`,
  })),
  'entrypoint-added': define(() => ({
    en: 'the executor image gets `entrypoint: [""]` (IMP107)',
    ja: 'kanikoイメージに `entrypoint: [""]` を付けます（IMP107）',
  })),
  'executor-image-variable': define<{ image: string }>((p) => ({
    en: `executor image \`${p.image}\` depends on a variable: the config uses the default image`,
    ja: `kanikoイメージ \`${p.image}\` は変数に依存しています。設定は既定のイメージを使います`,
  })),
  'config-value-refused': define<{ field: string; message: string }>((p) => ({
    en: `config ${p.field}: ${p.message} (the default is kept)`,
    ja: `設定の ${p.field} に入れられません: ${p.message}（既定値のままにします）`,
  })),

  // Executor flags → image fields
  'flag-swallowed': define<{ flag: string }>((p) => ({
    en: `${p.flag}: pflag took the next flag as the value (IMP103): left out`,
    ja: `${p.flag}: pflagが次のフラグを値として取り込んでいます（IMP103）。省きます`,
  })),
  'flag-swallowed-own': define<{ value: string }>((p) => ({
    en: `\`${p.value}\` is read as its own flag, as its author meant (IMP103)`,
    ja: `\`${p.value}\` を作者の意図どおり独立したフラグとして読み込みます（IMP103）`,
  })),
  'flag-swallowed-lost': define<{ value: string }>((p) => ({
    en: `\`${p.value}\` is not reproduced`,
    ja: `\`${p.value}\` は再現しません`,
  })),
  'flag-other-free-form': define<{ flag: string; variable: string; kept: string }>((p) => ({
    en: `${p.flag} comes from \`${p.variable}\`: only one variable of free-form arguments is kept (\`${p.kept || 'none'}\`)`,
    ja: `${p.flag} は \`${p.variable}\` から来ています。自由形式の引数の変数は1つだけ残します（\`${p.kept || 'なし'}\`）`,
  })),
  'flag-only-when-set': define<{ flag: string; variable: string }>((p) => ({
    en: `${p.flag} is passed only when \`${p.variable}\` is set (the config passes a flag always, or not at all)`,
    ja: `${p.flag} は \`${p.variable}\` が設定されているときだけ渡されます（設定ではフラグを常に渡すか、まったく渡さないかのどちらかです）`,
  })),
  'flag-command-substitution': define<{ flag: string; expansion: string }>((p) => ({
    en: `${p.flag}: command substitution \`${p.expansion}\` (a config value holds text and $VARIABLES only)`,
    ja: `${p.flag}: コマンド置換 \`${p.expansion}\`（設定の値に書けるのはテキストと $変数 だけです）`,
  })),
  'flag-parameter-expansion': define<{ flag: string; expansion: string }>((p) => ({
    en: `${p.flag}: parameter expansion \`${p.expansion}\` (a config value holds text and $VARIABLES only)`,
    ja: `${p.flag}: パラメーター展開 \`${p.expansion}\`（設定の値に書けるのはテキストと $変数 だけです）`,
  })),
  'flag-uses-assigned': define<{ flag: string; variables: string }>((p) => ({
    en: `${p.flag} uses ${p.variables}, which the script assigns: the regenerated job does not assign it`,
    ja: `${p.flag} はスクリプトが代入する ${p.variables} を使っています。再生成したジョブは代入しません`,
  })),
  'flag-renamed': define<{ flag: string; name: string }>((p) => ({
    en: `${p.flag} is written \`--${p.name}\``,
    ja: `${p.flag} を \`--${p.name}\` と書きます`,
  })),
  'flag-no-value': define<{ flag: string }>((p) => ({
    en: `${p.flag} without a value`,
    ja: `${p.flag} に値がありません`,
  })),
  'flag-no-field': define<{ flag: string }>((p) => ({
    en: `${p.flag} has no field: kept as an extra flag`,
    ja: `${p.flag} に対応する項目はありません。追加フラグとして残します`,
  })),
  'extra-given-twice': define<{ flag: string }>((p) => ({
    en: `${p.flag} kept as an extra flag: given twice`,
    ja: `${p.flag} を追加フラグとして残します: 2回指定されています`,
  })),
  'extra-name-not-word': define<{ flag: string }>((p) => ({
    en: `${p.flag} kept as an extra flag: the name is not one word`,
    ja: `${p.flag} を追加フラグとして残します: 名前が1語ではありません`,
  })),
  'extra-not-key-value': define<{ flag: string }>((p) => ({
    en: `${p.flag} kept as an extra flag: not KEY=value`,
    ja: `${p.flag} を追加フラグとして残します: KEY=value の形ではありません`,
  })),
  'extra-not-host-path': define<{ flag: string }>((p) => ({
    en: `${p.flag} kept as an extra flag: not HOST=PATH`,
    ja: `${p.flag} を追加フラグとして残します: HOST=PATH の形ではありません`,
  })),
  'extra-not-one-word': define<{ flag: string }>((p) => ({
    en: `${p.flag} kept as an extra flag: not one word`,
    ja: `${p.flag} を追加フラグとして残します: 1語ではありません`,
  })),
  'extra-variable-value': define<{ flag: string }>((p) => ({
    en: `${p.flag} kept as an extra flag: its value is a variable`,
    ja: `${p.flag} を追加フラグとして残します: 値が変数です`,
  })),
  'extra-value-does-not-fit': define<{ flag: string }>((p) => ({
    en: `${p.flag} kept as an extra flag: its value does not fit the field`,
    ja: `${p.flag} を追加フラグとして残します: 値が項目に合いません`,
  })),

  // Triggers
  'rule-key': define<{ index: number; key: string }>((p) => ({
    en: `rules[${p.index}].${p.key} is not reproduced`,
    ja: `rules[${p.index}].${p.key} は再現しません`,
  })),
  'rule-never': define<{ condition: string }>((p) => ({
    en: `a rule that excludes pipelines (\`when: never\`${p.condition ? ` if ${p.condition}` : ''}) is not reproduced`,
    ja: `パイプラインを除外するルール（\`when: never\`${p.condition ? ` if ${p.condition}` : ''}）は再現しません`,
  })),
  'rule-when': define<{ index: number; when: string }>((p) => ({
    en: `rules[${p.index}] when: ${p.when} is not reproduced`,
    ja: `rules[${p.index}] の when: ${p.when} は再現しません`,
  })),
  'rule-if-unknown': define<{ index: number; condition: string }>((p) => ({
    en: `rules[${p.index}].if \`${p.condition}\` is not a pipeline kind the config knows`,
    ja: `rules[${p.index}].if \`${p.condition}\` は設定が扱うパイプラインの種類ではありません`,
  })),
  'web-as-api': define(() => ({
    en: 'web pipelines: the config runs the job for API-triggered pipelines too',
    ja: 'webパイプライン: 設定はAPIでトリガーされたパイプラインでもジョブを実行します',
  })),
  'only-ref-unknown': define<{ ref: string }>((p) => ({
    en: `only: ${p.ref} is not a pipeline kind the config knows`,
    ja: `only: ${p.ref} は設定が扱うパイプラインの種類ではありません`,
  })),
  'only-variables': define<{ variables: string }>((p) => ({
    en: `only:variables (${p.variables}) is not reproduced`,
    ja: `only:variables（${p.variables}）は再現しません`,
  })),
  'only-kubernetes': define(() => ({
    en: 'only:kubernetes is not reproduced',
    ja: 'only:kubernetes は再現しません',
  })),
  'except-ref': define<{ ref: string }>((p) => ({
    en: `except: ${p.ref} is not reproduced`,
    ja: `except: ${p.ref} は再現しません`,
  })),
  'except-other': define(() => ({
    en: 'except:variables/changes/kubernetes is not reproduced',
    ja: 'except:variables/changes/kubernetes は再現しません',
  })),
  'except-branches': define<{ branches: string }>((p) => ({
    en: `except: ${p.branches}: the config cannot leave out named branches`,
    ja: `except: ${p.branches}: 設定では名前を指定したブランチを除外できません`,
  })),
  'job-when': define<{ when: string }>((p) => ({
    en: `when: ${p.when} is not reproduced`,
    ja: `when: ${p.when} は再現しません`,
  })),
  'allow-failure': define<{ value: string }>((p) => ({
    en: `allow_failure: ${p.value} is not reproduced`,
    ja: `allow_failure: ${p.value} は再現しません`,
  })),
  'exists-project': define(() => ({
    en: 'rules:exists with project/ref is not reproduced',
    ja: 'project/ref 付きの rules:exists は再現しません',
  })),

  // Job settings and proxies
  'job-keyword': define<{ key: string; job: string }>((p) => ({
    en: `job keyword \`${p.key}\` of \`${p.job}\` is not reproduced`,
    ja: `\`${p.job}\` のジョブキーワード \`${p.key}\` は再現しません`,
  })),
  'retry-clamped': define<{ max: number; clamped: number }>((p) => ({
    en: `retry ${p.max} becomes ${p.clamped} (GitLab allows 0-2)`,
    ja: `retry ${p.max} を ${p.clamped} にします（GitLabで指定できるのは0〜2です）`,
  })),
  'retry-when-unknown': define<{ when: string }>((p) => ({
    en: `retry:when ${p.when} is not a GitLab failure kind`,
    ja: `retry:when ${p.when} はGitLabの失敗の種類ではありません`,
  })),
  'service-no-name': define(() => ({
    en: 'a service without an image name is not reproduced',
    ja: 'イメージ名のないサービスは再現しません',
  })),
  'service-entrypoint': define<{ service: string }>((p) => ({
    en: `service \`${p.service}\`: entrypoint/command are not reproduced`,
    ja: `サービス \`${p.service}\`: entrypoint/command は再現しません`,
  })),
  'proxy-other': define<{ name: string }>((p) => ({
    en: `\`${p.name}\` is not reproduced (the config sets http, https and no_proxy)`,
    ja: `\`${p.name}\` は再現しません（設定が扱うのは http、https、no_proxy です）`,
  })),
  'proxy-build-arg': define<{ name: string; value: string; lower: string }>((p) => ({
    en: `\`--build-arg ${p.name}=${p.value}\` is written \`--build-arg ${p.lower}=$${p.lower}\` (or with the proxy's value), with no_proxy too where set`,
    ja: `\`--build-arg ${p.name}=${p.value}\` を \`--build-arg ${p.lower}=$${p.lower}\`（またはプロキシの値）と書き、設定があれば no_proxy も渡します`,
  })),
  'proxy-lower-case': define<{ name: string; lower: string }>((p) => ({
    en: `\`${p.name}\` is written in lower case (\`${p.lower}\`), the form curl, apt and wget read`,
    ja: `\`${p.name}\` を小文字（\`${p.lower}\`）で書きます。curl、apt、wgetが読む形です`,
  })),

  // Registries and certificates
  'auth-variable-merged': define<{ from: string }>((p) => ({
    en: `config.json from \`${p.from}\`: the config's registries are added to its auths; the job stops with a message when it holds no JSON object`,
    ja: `\`${p.from}\` からのconfig.json: その auths にこの設定のレジストリを追加します。JSONオブジェクトでない場合、ジョブはメッセージを出して停止します`,
  })),
  'auth-variable-copied': define<{ from: string }>((p) => ({
    en: `config.json from \`${p.from}\` is copied as it is; the job stops with a message when it holds no JSON object`,
    ja: `\`${p.from}\` からのconfig.jsonをそのままコピーします。JSONオブジェクトでない場合、ジョブはメッセージを出して停止します`,
  })),
  'auth-variable-lost': define<{ from: string }>((p) => ({
    en: `config.json from \`${p.from}\` is not reproduced`,
    ja: `\`${p.from}\` からのconfig.jsonは再現しません`,
  })),
  'creds-store-lost': define<{ store: string }>((p) => ({
    en: `credsStore \`${p.store}\` is not reproduced`,
    ja: `credsStore \`${p.store}\` は再現しません`,
  })),
  'creds-store-scoped': define<{ store: string; hosts: string }>((p) => ({
    en: `credsStore \`${p.store}\` (every registry) becomes a credential helper for ${p.hosts} only`,
    ja: `credsStore \`${p.store}\`（すべてのレジストリ）を ${p.hosts} だけの認証情報ヘルパーにします`,
  })),
  'cred-helper-lost': define<{ host: string; helper: string }>((p) => ({
    en: `credHelpers \`${p.host}\`: \`${p.helper}\` is not reproduced`,
    ja: `credHelpers \`${p.host}\`: \`${p.helper}\` は再現しません`,
  })),
  'dependency-proxy-port': define(() => ({
    en: 'Dependency Proxy key written with its port, as kaniko looks it up (IMP113)',
    ja: 'Dependency Proxyのキーを、kanikoが探すとおりポート付きで書きます（IMP113）',
  })),
  'auth-entry-form': define<{ host: string; form: string }>((p) => ({
    en: `config.json entry for \`${p.host}\` (${p.form}) is not reproduced`,
    ja: `\`${p.host}\` のconfig.jsonのエントリー（${p.form}）は再現しません`,
  })),
  'registry-key-expression': define<{ host: string }>((p) => ({
    en: `registry key \`${p.host}\` is an expression the config cannot hold`,
    ja: `レジストリのキー \`${p.host}\` は設定に書けない式です`,
  })),
  'password-not-variable': define<{ host: string }>((p) => ({
    en: `the password for \`${p.host}\` is not one CI/CD variable`,
    ja: `\`${p.host}\` のパスワードが1つのCI/CD変数ではありません`,
  })),
  'user-not-plain': define<{ host: string }>((p) => ({
    en: `the user name for \`${p.host}\` is neither a variable nor plain text`,
    ja: `\`${p.host}\` のユーザー名が変数でもプレーンテキストでもありません`,
  })),
  'auth-entry-conditional': define<{ host: string }>((p) => ({
    en: `the entry for \`${p.host}\` was written on some paths only`,
    ja: `\`${p.host}\` のエントリーは一部の経路でしか書かれていませんでした`,
  })),
  'ca-appended': define(() => ({
    en: 'the CA is appended to the bundle instead of replacing it (IMP108)',
    ja: 'CAはバンドルを置き換えずに追記します（IMP108）',
  })),
  'ca-not-variable': define<{ source: string }>((p) => ({
    en: `CA from \`${p.source}\` is not one variable`,
    ja: `\`${p.source}\` からのCAが1つの変数ではありません`,
  })),
  'ca-text-as-file': define<{ source: string; variable: string }>((p) => ({
    en: `CA from the text of \`${p.source}\`: read as a File-type variable (\`cat\`); make \`${p.variable}\` a File variable`,
    ja: `\`${p.source}\` のテキストからのCA: ファイルタイプのCI/CD変数として読みます（\`cat\`）。\`${p.variable}\` をファイルタイプのCI/CD変数にしてください`,
  })),

  // Companion jobs
  'companion-lost': define<{ job: string; commands: string }>((p) => ({
    en: `companion job \`${p.job}\` (${p.commands}) is not reproduced`,
    ja: `補助ジョブ \`${p.job}\`（${p.commands}）は再現しません`,
  })),
  'companion-multi-arch': define<{ job: string; commands: string }>((p) => ({
    en: `companion job \`${p.job}\` (${p.commands}) is not reproduced: multi-arch images are built with images[].multiArch`,
    ja: `補助ジョブ \`${p.job}\`（${p.commands}）は再現しません。マルチアーキテクチャのイメージは images[].multiArch でビルドします`,
  })),
  'companion-variable': define<{ text: string; value: string }>((p) => ({
    en: `\`${p.text}\` is written as its value \`${p.value}\``,
    ja: `\`${p.text}\` をその値 \`${p.value}\` で書きます`,
  })),
  'companion-not-retag': define<{ job: string }>((p) => ({
    en: `companion job \`${p.job}\`: its copies are not one image retagged in the same repository`,
    ja: `補助ジョブ \`${p.job}\`: そのコピーは同じリポジトリで1つのイメージにタグを付け直すものではありません`,
  })),
  'companion-release': define<{ job: string }>((p) => ({
    en: `companion job \`${p.job}\` becomes the release job (it runs in tag pipelines, with kanikoconfig's login)`,
    ja: `補助ジョブ \`${p.job}\` をリリースジョブにします（タグパイプラインで、kanikoconfigのログインを使って実行します）`,
  })),
  'release-rules': define<{ job: string }>((p) => ({
    en: `\`${p.job}\`'s rules are not one tag rule: the release job runs in tag pipelines`,
    ja: `\`${p.job}\` のルールは1つのタグのルールではありません。リリースジョブはタグパイプラインで実行します`,
  })),
  'release-every-pipeline': define<{ job: string }>((p) => ({
    en: `\`${p.job}\` runs in every pipeline (no rules): the release job runs in tag pipelines only`,
    ja: `\`${p.job}\` はすべてのパイプラインで実行されます（ルールなし）。リリースジョブはタグパイプラインでのみ実行します`,
  })),
  'release-tag-pattern': define<{ job: string; pattern: string; buildPattern: string }>((p) => ({
    en: `\`${p.job}\` runs for tags ${p.pattern || '(any)'}, the build jobs for tags ${p.buildPattern || '(any)'}: the config has one tag pattern`,
    ja: `\`${p.job}\` はタグ ${p.pattern || '（すべて）'} で、ビルドジョブはタグ ${p.buildPattern || '（すべて）'} で実行されます。設定のタグのパターンは1つです`,
  })),
  'multi-arch-merged': define<{ builds: string; manifest: string; name: string; platforms: string }>((p) => ({
    en: `\`${p.builds}\` and \`${p.manifest}\` are one multi-arch image (\`${p.name}\`, ${p.platforms})`,
    ja: `\`${p.builds}\` と \`${p.manifest}\` を1つのマルチアーキテクチャのイメージ（\`${p.name}\`、${p.platforms}）にします`,
  })),
} satisfies Record<string, (p: never) => Localized>

export type ReasonCode = keyof typeof IMPORT_REASONS
type ParamsOf<C extends ReasonCode> = Parameters<(typeof IMPORT_REASONS)[C]>[0]

/** A reason as the importer lists it: its code, its parameters and its English text. */
export interface Reason {
  readonly code: ReasonCode
  readonly params: ReasonParams
  /** The English text (`reasonText` gives it in another language). */
  readonly reason: string
}

/** The reason of that code with those parameters. */
export function because<C extends ReasonCode>(
  code: C,
  ...[params]: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]
): Reason {
  const given: ReasonParams = params ?? {}
  return { code, params: given, reason: localizedReason({ code, params: given }).en }
}

/** A reason's text in both languages. */
export function localizedReason(reason: Pick<Reason, 'code' | 'params'>): Localized {
  const text = IMPORT_REASONS[reason.code] as (p: ReasonParams) => Localized
  return text(reason.params)
}
