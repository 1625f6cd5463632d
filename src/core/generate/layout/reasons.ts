/**
 * Why a config asking for `layout: matrix` gets `extends` instead, as the form and the diagnostics
 * show it. A matrix job is one job whose cells differ only in variables; whatever else differs
 * between the images needs jobs of their own.
 */
export const MATRIX_REASONS = [
  'single-build-job',
  'too-many-cells',
  'image-setting-differs',
  'target-in-some',
  'destinations-differ',
  'build-args-differ',
  'name-taken',
  'name-too-long',
  'needs-between-images',
  'shell-only-variable',
  'jobs-differ',
] as const
export type MatrixReasonCode = (typeof MATRIX_REASONS)[number]

export interface MatrixReason {
  readonly code: MatrixReasonCode
  /** What the message names: a setting or job key (`labels`, `tags`), a job name. */
  readonly subject?: string
}

type Messages = Readonly<Record<MatrixReasonCode, (subject: string) => string>>

const en: Messages = {
  'single-build-job': () => 'A matrix needs two or more build jobs; this pipeline has one.',
  'too-many-cells': (s) => `GitLab runs at most 200 jobs from one matrix; this pipeline has ${s} build jobs.`,
  'image-setting-differs': (s) =>
    `The images differ in ${s}, which is not a value a matrix variable can carry.`,
  'target-in-some': () => 'Some images set a target stage and others do not.',
  'destinations-differ': () =>
    'The images differ in how many destinations or tags they push, or in when they push them.',
  'build-args-differ': () =>
    'The images differ in which build arguments they pass (names, order, or taken from the environment).',
  'name-taken': (s) =>
    `The matrix job would be named ${s}, which another job or a GitLab keyword already uses.`,
  'name-too-long': (s) => `The matrix job name ${s} would be longer than GitLab's 255 characters.`,
  'needs-between-images': () =>
    'An image waits for another image’s build job (needs), inside the same matrix.',
  'shell-only-variable': (s) =>
    `A value that differs between the images refers to ${s}, which the job's shell has but GitLab does not know when it sets a matrix variable.`,
  'jobs-differ': (s) => `The build jobs still differ in ${s}.`,
}

const ja: Messages = {
  'single-build-job': () =>
    'マトリックスには2つ以上のビルドジョブが必要ですが、このパイプラインには1つしかありません。',
  'too-many-cells': (s) =>
    `GitLabが1つのマトリックスから実行するジョブは200個までですが、このパイプラインにはビルドジョブが ${s} 個あります。`,
  'image-setting-differs': (s) =>
    `イメージごとに ${s} が異なります。これはマトリックスの変数で渡せる値ではありません。`,
  'target-in-some': () => 'ターゲットステージを指定しているイメージと、していないイメージがあります。',
  'destinations-differ': () => 'イメージごとに、プッシュ先やタグの数、またはプッシュする条件が異なります。',
  'build-args-differ': () =>
    'イメージごとに、渡すビルド引数（名前、順序、または環境から取るかどうか）が異なります。',
  'name-taken': (s) =>
    `マトリックスのジョブ名は ${s} になりますが、別のジョブかGitLabのキーワードですでに使われています。`,
  'name-too-long': (s) => `マトリックスのジョブ名 ${s} がGitLabの上限の255文字を超えます。`,
  'needs-between-images': () =>
    '同じマトリックスの中で、あるイメージが別のイメージのビルドジョブを待っています（needs）。',
  'shell-only-variable': (s) =>
    `イメージごとに異なる値が ${s} を参照しています。これはジョブのシェルにはありますが、GitLabがマトリックスの変数を設定するときには使えません。`,
  'jobs-differ': (s) => `ビルドジョブの ${s} がまだ異なります。`,
}

/** The reason as a sentence, in English or Japanese. */
export function matrixReasonMessage(reason: MatrixReason, language: 'en' | 'ja'): string {
  return (language === 'ja' ? ja : en)[reason.code](reason.subject ?? '')
}
