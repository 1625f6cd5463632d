import type { Origin } from './types.ts'

export type Localized = { readonly en: string; readonly ja: string }
export type ImportSeverity = 'error' | 'warning' | 'info'

/**
 * Problems only a hand-written `.gitlab-ci.yml` can have (the generator never writes them). Codes are the
 * importer's own (`IMP` + three digits), documented in README.md, never reused.
 */
export interface ImportFinding extends Origin {
  readonly code: ImportCode
  readonly severity: ImportSeverity
  /** The job the finding is about ('' for the whole file). */
  readonly job: string
  readonly title: Localized
  readonly message: Localized
  readonly fix?: Localized
}

interface Entry<P> {
  readonly severity: ImportSeverity
  readonly title: Localized
  readonly message: (params: P) => Localized
  readonly fix?: (params: P) => Localized
}

const define = <P>(entry: Entry<P>): Entry<P> => entry

export const IMPORT_FINDINGS = {
  IMP101: define<{ comment: string; swallowed: string }>({
    severity: 'error',
    title: { en: '`#` comments out script text', ja: '`#` がスクリプトの一部をコメントにしている' },
    message: (p) => ({
      en: `The shell reads \`#${p.comment}\` as a comment, so \`${p.swallowed}\` never runs: in a folded or continued line, everything after \`#\` up to the end of the shell's line is dropped.`,
      ja: `シェルは \`#${p.comment}\` をコメントとして読むため、\`${p.swallowed}\` は実行されません。折り返し行や継続行では、\`#\` からシェルの行末までがすべて捨てられます。`,
    }),
    fix: () => ({
      en: 'Move the comment to its own YAML line outside the command, or remove it.',
      ja: 'コメントをコマンドの外の独立したYAML行に移すか、削除してください。',
    }),
  }),
  IMP102: define<{ host: string }>({
    severity: 'error',
    title: { en: 'base64 output wraps', ja: 'base64の出力が折り返される' },
    message: (p) => ({
      en: `The \`auth\` value for ${p.host} is built with \`base64\` without \`-w0\` or \`| tr -d '\\n'\`: a long user:password is wrapped at 76 characters and the newline breaks config.json.`,
      ja: `${p.host} の \`auth\` の値は \`-w0\` も \`| tr -d '\\n'\` もない \`base64\` で作られています。長い user:password は76文字で折り返され、その改行がconfig.jsonを壊します。`,
    }),
    fix: () => ({
      en: "Use `base64 -w0` or pipe into `tr -d '\\n'`.",
      ja: "`base64 -w0` を使うか、`tr -d '\\n'` にパイプしてください。",
    }),
  }),
  IMP103: define<{ flag: string; value: string }>({
    severity: 'error',
    title: { en: 'A flag swallows the next flag', ja: 'フラグが次のフラグを値として取り込む' },
    message: (p) => ({
      en: `\`${p.flag}\` takes a value, so kaniko reads \`${p.value}\` as that value: \`${p.value}\` is never set, and \`${p.flag}\` gets a meaningless value.`,
      ja: `\`${p.flag}\` は値を取るため、kanikoは \`${p.value}\` をその値として読みます。\`${p.value}\` は設定されず、\`${p.flag}\` には意味のない値が入ります。`,
    }),
    fix: (p) => ({
      en: `Give \`${p.flag}\` its value (or remove it).`,
      ja: `\`${p.flag}\` に値を指定してください（または削除してください）。`,
    }),
  }),
  IMP104: define<Record<string, never>>({
    severity: 'error',
    title: { en: 'JSON quotes removed by the shell', ja: 'JSONの引用符がシェルに削除される' },
    message: () => ({
      en: 'The config.json text is not valid JSON once the shell has removed its quotes (unescaped `"` inside the command): kaniko cannot read it and pushes without credentials.',
      ja: 'シェルが引用符を取り除くと、config.jsonのテキストは正しいJSONになりません（コマンド内のエスケープされていない `"`）。kanikoはこれを読めず、認証情報なしでpushします。',
    }),
    fix: () => ({
      en: 'Quote the whole JSON in single quotes, or escape every inner quote as `\\"`.',
      ja: 'JSON全体をシングルクォートで囲むか、内側の引用符をすべて `\\"` とエスケープしてください。',
    }),
  }),
  IMP105: define<{ image: string }>({
    severity: 'warning',
    title: { en: 'Floating executor image', ja: '固定されていないkanikoイメージ' },
    message: (p) => ({
      en: `\`${p.image}\` is a moving tag: the build changes when the tag is re-pointed (\`:debug\` of the archived Google project now means v1.24.0).`,
      ja: `\`${p.image}\` は移動するタグです。タグの指す先が変わるとビルドも変わります（アーカイブされたGoogleプロジェクトの \`:debug\` は現在v1.24.0です）。`,
    }),
    fix: () => ({
      en: 'Pin a version tag such as `v1.24.0-debug`.',
      ja: '`v1.24.0-debug` のようなバージョンタグに固定してください。',
    }),
  }),
  IMP106: define<{ image: string }>({
    severity: 'error',
    title: { en: 'Executor image without a shell', ja: 'シェルのないkanikoイメージ' },
    message: (p) => ({
      en: `\`${p.image}\` is not a debug image: it has no shell, so GitLab Runner cannot run the job's script.`,
      ja: `\`${p.image}\` はdebugイメージではありません。シェルがないため、GitLab Runnerはジョブのスクリプトを実行できません。`,
    }),
    fix: () => ({ en: 'Use the `-debug` variant of the tag.', ja: 'タグの `-debug` 版を使ってください。' }),
  }),
  IMP107: define<{ image: string }>({
    severity: 'error',
    title: { en: 'Missing `entrypoint: [""]`', ja: '`entrypoint: [""]` がない' },
    message: (p) => ({
      en: `\`${p.image}\` starts \`/kaniko/executor\` as its entrypoint; without \`entrypoint: [""]\` the Runner cannot start the job's shell.`,
      ja: `\`${p.image}\` はエントリーポイントとして \`/kaniko/executor\` を起動します。\`entrypoint: [""]\` がないと、Runnerはジョブのシェルを起動できません。`,
    }),
    fix: () => ({
      en: 'Add `entrypoint: [""]` under `image:`.',
      ja: '`image:` の下に `entrypoint: [""]` を追加してください。',
    }),
  }),
  IMP108: define<{ target: string; companion: boolean }>({
    severity: 'warning',
    title: { en: 'CA bundle overwritten', ja: 'CAバンドルの上書き' },
    message: (p) =>
      p.companion
        ? {
            en: `The script overwrites \`${p.target}\` instead of appending to it: every public CA is gone from this job's image, so it cannot verify any registry signed by a public CA (x509: certificate signed by unknown authority).`,
            ja: `スクリプトは \`${p.target}\` に追記せず上書きしています。このジョブのイメージから公開CAがすべて消えるため、公開CAが署名したレジストリを検証できません（x509: certificate signed by unknown authority）。`,
          }
        : {
            en: `The script overwrites \`${p.target}\` instead of appending to it: every public CA is gone, so pulls from Docker Hub and other public registries fail TLS checks.`,
            ja: `スクリプトは \`${p.target}\` に追記せず上書きしています。公開CAがすべて消えるため、Docker Hubなど公開レジストリからのpullがTLS検証で失敗します。`,
          },
    fix: (p) =>
      p.companion
        ? {
            en: 'Append with `>>` (or append to a copy of the bundle and point SSL_CERT_FILE at it).',
            ja: '`>>` で追記してください（またはバンドルのコピーに追記し、SSL_CERT_FILE でそれを指定してください）。',
          }
        : {
            en: 'Append with `>>`, or write a separate file in /kaniko/ssl/certs/.',
            ja: '`>>` で追記するか、/kaniko/ssl/certs/ に別ファイルとして書いてください。',
          },
  }),
  IMP109: define<{ need: string; includes: boolean }>({
    severity: 'error',
    title: { en: '`needs` a job that does not exist', ja: '存在しないジョブを `needs` に指定' },
    message: (p) => ({
      en: `\`needs: ${p.need}\` names no job of this file${p.includes ? ' (it may come from an `include:`, which the importer does not follow)' : ''}: GitLab rejects the pipeline.`,
      ja: `\`needs: ${p.need}\` はこのファイルのどのジョブでもありません${p.includes ? '（インポーターがたどらない `include:` から来ている可能性があります）' : ''}。GitLabはパイプラインを拒否します。`,
    }),
  }),
  IMP110: define<{ command: string; option: string }>({
    severity: 'warning',
    title: { en: 'Password on the command line', ja: 'コマンドライン上のパスワード' },
    message: (p) => ({
      en: `\`${p.command} ${p.option} …\` puts the password on argv, where other processes and debug logs can see it.`,
      ja: `\`${p.command} ${p.option} …\` はパスワードをargvに置くため、他のプロセスやデバッグログから見えてしまいます。`,
    }),
    fix: (p) => ({
      en: p.command.endsWith('manifest-tool')
        ? 'Write a Docker config and pass `--docker-cfg`.'
        : 'Use `--password-stdin` (or a config.json).',
      ja: p.command.endsWith('manifest-tool')
        ? 'Docker設定を書いて `--docker-cfg` を渡してください。'
        : '`--password-stdin`（またはconfig.json）を使ってください。',
    }),
  }),
  IMP111: define<{ line: string }>({
    severity: 'error',
    title: {
      en: 'More-indented line breaks a `>` folded script',
      ja: '深いインデントの行が `>` の折り返しを壊す',
    },
    message: (p) => ({
      en: `In a folded (\`>\`) scalar, a line indented more than the first line keeps its newline: \`${p.line}\` runs as a separate command, so the command before it gets none of these arguments.`,
      ja: `折り返し（\`>\`）スカラーでは、最初の行より深くインデントされた行は改行が保たれます。\`${p.line}\` は別のコマンドとして実行され、前のコマンドはこれらの引数を受け取りません。`,
    }),
    fix: () => ({
      en: 'Indent every line of the scalar the same.',
      ja: 'スカラーのすべての行を同じインデントにしてください。',
    }),
  }),
  IMP112: define<{ host: string }>({
    severity: 'error',
    title: { en: 'Credential written in the file', ja: 'ファイルに書かれた認証情報' },
    message: (p) => ({
      en: `The password for ${p.host} is written in the pipeline itself: anyone who can read the repository can use it.`,
      ja: `${p.host} のパスワードがパイプライン自体に書かれています。リポジトリを読める人なら誰でも使えます。`,
    }),
    fix: () => ({ en: 'Use a masked CI/CD variable.', ja: 'マスクされたCI/CD変数を使ってください。' }),
  }),
  IMP113: define<{ host: string }>({
    severity: 'warning',
    title: { en: 'Dependency Proxy key without its port', ja: 'ポートのないDependency Proxyのキー' },
    message: (p) => ({
      en: `The config.json key ${p.host} strips the port from the Dependency Proxy server, but kaniko looks up \`host:port\`: the pull is anonymous and may fall back to Docker Hub.`,
      ja: `config.jsonのキー ${p.host} はDependency Proxyサーバーのポートを取り除いていますが、kanikoは \`host:port\` で探します。pullは匿名になり、Docker Hubにフォールバックすることがあります。`,
    }),
    fix: () => ({
      en: 'Use `$CI_DEPENDENCY_PROXY_SERVER` as the key, with its port.',
      ja: 'ポート付きの `$CI_DEPENDENCY_PROXY_SERVER` をキーに使ってください。',
    }),
  }),
  IMP114: define<{ input: string }>({
    severity: 'info',
    title: { en: 'Component input never used', ja: '使われていないコンポーネント入力' },
    message: (p) => ({
      en: `The input \`${p.input}\` is declared in \`spec: inputs\` but never interpolated: setting it changes nothing.`,
      ja: `入力 \`${p.input}\` は \`spec: inputs\` で宣言されていますが、どこでも補間されていません。設定しても何も変わりません。`,
    }),
    fix: () => ({
      en: 'Use the input, or remove it from `spec: inputs`.',
      ja: '入力を使うか、`spec: inputs` から削除してください。',
    }),
  }),
  IMP115: define<{ destination: string; resolved: string; variable: string }>({
    severity: 'error',
    title: { en: 'Upper-case repository from a variable', ja: '変数から大文字を含むリポジトリ名になる' },
    message: (p) => ({
      en: `\`${p.destination}\` becomes \`${p.resolved}\` with the file's value of \`${p.variable}\`: a repository name must be lower case, so the push fails unless a project or pipeline variable overrides it.`,
      ja: `\`${p.destination}\` は、このファイルでの \`${p.variable}\` の値により \`${p.resolved}\` になります。リポジトリ名は小文字でなければならないため、プロジェクトまたはパイプラインのCI/CD変数で上書きしない限りプッシュは失敗します。`,
    }),
    fix: (p) => ({
      en: `Give \`${p.variable}\` a lower-case default.`,
      ja: `\`${p.variable}\` に小文字の既定値を設定してください。`,
    }),
  }),
} as const

export type ImportCode = keyof typeof IMPORT_FINDINGS
type ParamsOf<C extends ImportCode> = Parameters<(typeof IMPORT_FINDINGS)[C]['message']>[0]

export function importFinding<C extends ImportCode>(
  code: C,
  job: string,
  origin: Origin,
  params: ParamsOf<C>,
): ImportFinding {
  const entry = IMPORT_FINDINGS[code] as Entry<ParamsOf<C>>
  const fix = entry.fix?.(params)
  return {
    code,
    severity: entry.severity,
    job,
    path: origin.path,
    line: origin.line,
    title: entry.title,
    message: entry.message(params),
    ...(fix ? { fix } : {}),
  }
}
