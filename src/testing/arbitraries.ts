import fc from 'fast-check'
import { GOOGLE_EXECUTOR, OSSCONTAINERTOOLS_EXECUTOR } from '../core/catalog/executors.ts'
import { MANIFEST_TOOL_IMAGES } from '../core/catalog/manifest-tool.ts'
import { PLATFORMS, platformParts } from '../core/catalog/platforms.ts'
import {
  buildArgName,
  imageReference,
  jobName,
  runnerTag,
  shellText,
  singleLineText,
  stageName,
  wordText,
} from '../core/config/fields.ts'
import { parseConfig } from '../core/config/parse.ts'
import {
  COMPRESSIONS,
  type Config,
  type ConfigInput,
  CREDENTIAL_HELPERS,
  GITLAB_AUTH_MODES,
  LOG_FORMATS,
  SNAPSHOT_MODES,
  VERBOSITY_LEVELS,
} from '../core/config/schema.ts'
import { expandShellText } from '../core/shell/text.ts'
import { ciVariables, REFERENCE_VALUES, shellView, UNSET_VARIABLE } from './ci-env.ts'

/**
 * fast-check arbitraries for *valid* configs (every one goes through parseConfig) with hostile text in
 * every free-text field: quotes, `$`, `$(…)`, backquotes, `#`, ` # `, spaces, line breaks where the
 * field allows them, unicode, YAML indicators, what YAML 1.1 (GitLab's Psych) reads as another type
 * or as a line break, and `$NAME`/`${NAME}` references to variables whose values are hostile too
 * (ci-env.ts).
 */

type Schema = { safeParse(v: unknown): { success: boolean } }
const valid = (schema: Schema) => (value: unknown) => schema.safeParse(value).success
/** The field's schema plus a minimum length (written without zod's chaining API, which zod/mini lacks). */
const atLeast = (schema: Schema, minLength: number): Schema => ({
  safeParse: (v: unknown) => ({
    success: typeof v === 'string' && v.length >= minLength && schema.safeParse(v).success,
  }),
})

const REFERENCE_NAMES = [...Object.keys(REFERENCE_VALUES), UNSET_VARIABLE]

const reference = (names: readonly string[]) =>
  fc.constantFrom(...names).chain((name) => fc.constantFrom(`$${name}`, `\${${name}}`))

/** Every spelling GitLab's YAML 1.1 parser (Psych) may read as another type: lower, Title, UPPER, mIxEd. */
const YAML11_WORDS = ['yes', 'no', 'on', 'off', 'y', 'n', 'true', 'false', 'null'].flatMap((w) => [
  w,
  w.charAt(0).toUpperCase() + w.slice(1),
  w.toUpperCase(),
  [...w].map((c, i) => (i % 2 === 1 ? c.toUpperCase() : c)).join(''),
])

/** Whole values YAML 1.1 (or Psych) reads as something other than that text, and `<<` (merge key). */
export const YAML11_VALUES = [
  ...new Set(YAML11_WORDS),
  '~',
  '2024-01-01',
  '2024-1-1',
  '2024-01-01T10:00:00Z',
  '2001-12-14t21:59:43.10-05:00',
  '1:20',
  '190:20:30',
  '-1:20.5',
  '0b101',
  '0o17',
  '017',
  '1_000',
  '1,000',
  '.5',
  '1.',
  '+1',
  '-0',
  '0x1F',
  '1e3',
  '6.8523015e+5',
  '.inf',
  '-.Inf',
  '.NaN',
  '<<',
  '=',
  ':sym',
  ':"q"',
]

/** Characters GitLab reads as line breaks or rejects: libyaml's breaks, controls and noncharacters. */
const BREAKING_CHARACTERS = [
  '\u0001',
  '\u0008',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009f',
  '\u2028',
  '\u2029',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\ufeff',
]

/** Pieces without any whitespace (JavaScript's \s): usable in one-word fields. */
const WORD_PIECES = [
  ...YAML11_VALUES,
  ...BREAKING_CHARACTERS,
  'a',
  'Z9',
  '_',
  '-',
  '.',
  '/',
  ':',
  '@',
  '=',
  ',',
  '+',
  '%',
  '%s',
  '%%',
  '"',
  "'",
  '\\',
  '\\n',
  '$',
  '$$',
  '$1',
  '$@',
  '$*',
  '$#',
  '${',
  '${x:-y}',
  '${}',
  '$(id)',
  '`id`',
  '#',
  '!',
  '&',
  '&&',
  ';',
  '|',
  '<',
  '>',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '*',
  '?',
  '~',
  '^',
  '日本語',
  'é',
  '🐳',
  'ARCH',
  'OS',
  'VARIANT',
  '--flag',
  '-x',
  'null',
  'true',
  '---',
  '...',
  '&anchor',
  '*alias',
  '!tag',
  '%TAG',
]

/** Pieces with spaces (no line breaks): single-line fields. */
const LINE_PIECES = [
  ...WORD_PIECES,
  ' ',
  '  ',
  ' # ',
  ' #',
  ': ',
  '- ',
  '? ',
  '\t',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u2028  before_script:\u2028    - id',
  '\u2029x: y',
  '\u0085- z',
  '2024-01-01 10:00:00',
  ' -- ',
]

/** Pieces with line breaks: multi-line fields. */
const TEXT_PIECES = [...LINE_PIECES, '\n', '\n\n', '\r', '\r\n', '\n  indented', '\n- item', '\n#']

interface TextOptions {
  readonly pieces: readonly string[]
  readonly references?: readonly string[]
  readonly minLength?: number
  readonly maxPieces?: number
}

function hostile({ pieces, references = REFERENCE_NAMES, minLength = 0, maxPieces = 6 }: TextOptions) {
  return fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...pieces) },
        { weight: 2, arbitrary: reference(references) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      ),
      { minLength, maxLength: maxPieces },
    )
    .map((parts) => parts.join('').replaceAll('\u0000', ''))
}

/** A realistic value or a hostile one; `schema` keeps only what the field accepts. */
function field(schema: Schema, realistic: readonly string[], options: TextOptions) {
  return fc
    .oneof(
      { weight: 1, arbitrary: fc.constantFrom(...realistic) },
      { weight: 3, arbitrary: hostile(options) },
      { weight: 1, arbitrary: fc.constantFrom(...YAML11_VALUES) },
    )
    .filter(valid(schema))
}

const textField = (realistic: readonly string[], minLength = 0) =>
  field(atLeast(shellText, minLength), realistic, {
    pieces: TEXT_PIECES,
    minLength,
  })
const lineField = (realistic: readonly string[], minLength = 0) =>
  field(atLeast(singleLineText, minLength), realistic, {
    pieces: LINE_PIECES,
    minLength,
  })
const wordField = (realistic: readonly string[], minLength = 0, references = REFERENCE_NAMES) =>
  field(atLeast(wordText, minLength), realistic, {
    pieces: WORD_PIECES,
    references,
    minLength,
  })

export const arbitraryText = textField(['${CI_PROJECT_DIR}', 'plain'])
export const arbitraryLine = lineField(['value with spaces'])
export const arbitraryWord = wordField(['word'])

const REALISTIC_NAMES = [
  'build',
  'kaniko',
  'docker build',
  'ビルド',
  'build # x',
  '"q"',
  "it's",
  'a: b',
  '-x',
]
const nameField = (schema: Schema, realistic: readonly string[]) =>
  fc
    .oneof(
      { weight: 2, arbitrary: fc.constantFrom(...realistic) },
      { weight: 1, arbitrary: hostile({ pieces: LINE_PIECES, minLength: 1, maxPieces: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom(...YAML11_VALUES) },
    )
    .filter(valid(schema))

const arbitraryJobName = nameField(jobName, [...REALISTIC_NAMES, 'publish image', 'true', 'null', '123'])
/** Stages GitLab knows without a `stages:` block; others need the block. */
const DEFAULT_STAGES = ['build', 'test', 'deploy']
const arbitraryStage = nameField(stageName, [...DEFAULT_STAGES, 'ステージ', 'publish image', 'a: b'])
const arbitraryRunnerTag = nameField(runnerTag, [
  'saas-linux-small-amd64',
  'kaniko',
  'my tag',
  '日本',
  '$RUNNER_TAG',
  '#x',
  'a: b',
])
const runnerTags = fc.uniqueArray(arbitraryRunnerTag, { maxLength: 2 })

const VARIABLE_NAMES = [
  'REGISTRY_USER',
  'REGISTRY_PASSWORD',
  'DOCKERHUB_USER',
  'DOCKERHUB_TOKEN',
  'QUAY_ROBOT',
  'QUAY_TOKEN',
  '_u',
  'lower_case_pw',
  'X9',
]
const FILE_VARIABLE_NAMES = ['CUSTOM_CA_CERT', 'MY_CA', 'ca_file', 'CA_2']

const imageTag = fc.constantFrom(
  ...GOOGLE_EXECUTOR.tags,
  ...OSSCONTAINERTOOLS_EXECUTOR.tags,
  'v1.8.0-debug',
  'v1.9.0-debug',
  'debug-v0.20.0',
  'latest',
)

const customImage = fc
  .oneof(
    fc.constantFrom(
      'registry.example.com:5000/kaniko/executor:v1.24.0-debug',
      '${CI_REGISTRY}/tools/kaniko:debug',
      'gcr.io/kaniko-project/executor@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'kaniko:v1.8.0-debug',
      'kaniko#x:1',
    ),
    hostile({ pieces: WORD_PIECES, minLength: 1, maxPieces: 4 }),
  )
  .filter(valid(atLeast(imageReference, 1)))

const executor = fc.oneof(
  fc.record({
    source: fc.constantFrom('google', 'osscontainertools'),
    tag: imageTag,
    overrideEntrypoint: fc.boolean(),
  }),
  fc.record({ source: fc.constant('custom'), customImage, overrideEntrypoint: fc.boolean() }),
)

const job = fc.record({
  name: arbitraryJobName,
  stage: arbitraryStage,
  runnerTags,
  // The four triggers of version 1 (these one-image inputs are migrated); the others have their own proofs.
  triggers: fc.shuffledSubarray(['tag', 'default-branch', 'branch', 'merge-request'] as const),
  manual: fc.boolean(),
})

const buildArg = fc.record({
  name: nameField(buildArgName, [
    'APP_VERSION',
    'NPM_TOKEN',
    'http_proxy',
    'x"y',
    'A$',
    '日本',
    '--x',
  ]).filter(valid(buildArgName)),
  value: textField(['${CI_COMMIT_SHORT_SHA}', '1.0', '']),
  fromEnvironment: fc.boolean(),
})

const label = fc.record({
  key: nameField(buildArgName, ['maintainer', 'org.example.team', 'k"q']),
  value: textField(['Platform team <platform@example.com>', '']),
})

const build = fc.record({
  context: textField(
    ['${CI_PROJECT_DIR}', '${CI_PROJECT_DIR}/app', 'dir with space', 'git://x#refs/heads/main'],
    1,
  ),
  dockerfile: textField(['${CI_PROJECT_DIR}/Dockerfile', 'Dockerfile.prod'], 1),
  target: lineField(['', 'runtime']),
  buildArgs: fc.array(buildArg, { maxLength: 3 }),
  labels: fc.array(label, { maxLength: 2 }),
  ociLabels: fc.boolean(),
  skipUnusedStages: fc.boolean(),
})

const destination = fc.record({
  repository: textField(['${CI_REGISTRY_IMAGE}', 'docker.io/example/app', '$CI_REGISTRY_IMAGE/sub'], 1),
  tags: fc.array(textField(['${CI_COMMIT_TAG}', '${CI_COMMIT_SHORT_SHA}', 'latest'], 1), {
    minLength: 1,
    maxLength: 2,
  }),
})

/** Variables whose values are host[:port] characters: a job with them in a registry host runs on. */
const HOST_REFERENCE_NAMES = REFERENCE_NAMES.filter((name) =>
  /^[A-Za-z0-9.:-]+$/.test((REFERENCE_VALUES as Record<string, string>)[name] ?? ''),
)
const HOSTS = ['https://index.docker.io/v1/', 'ghcr.io', 'quay.io:443', '${CI_SERVER_HOST}:5000', 'a"b\\c']

const extraRegistry = fc.record({
  // Mostly hosts whose jobs run to the end; now and then a variable the job must refuse (hostile
  // values, empty, unset), which stops it before config.json.
  host: fc.oneof(
    { weight: 6, arbitrary: wordField(HOSTS, 1, HOST_REFERENCE_NAMES) },
    { weight: 1, arbitrary: wordField(HOSTS, 1) },
  ),
  usernameVariable: fc.constantFrom(...VARIABLE_NAMES),
  passwordVariable: fc.constantFrom(...VARIABLE_NAMES),
  credentialHelper: fc.constantFrom(...CREDENTIAL_HELPERS),
})

const registries = fc.record({
  gitlabAuth: fc.constantFrom(...GITLAB_AUTH_MODES),
  dependencyProxy: fc.record({
    enabled: fc.boolean(),
    stripPort: fc.boolean(),
    prefixBuildArg: fc.boolean(),
  }),
  extra: fc.array(extraRegistry, { maxLength: 3 }),
})

const proxyValue = lineField([
  '',
  'http://proxy.example.com:3128',
  'http://user:pa$$word@proxy:3128',
  'localhost,.example.com',
])
const proxy = fc.record({
  http: proxyValue,
  https: proxyValue,
  noProxy: proxyValue,
  jobVariables: fc.boolean(),
  buildArgs: fc.boolean(),
  fromRunner: fc.boolean(),
})

const pem = textField([
  '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZ\n-----END CERTIFICATE-----',
  '\n  -----BEGIN CERTIFICATE-----\nA$B"C`D\\E\n-----END CERTIFICATE-----\n\n',
  '',
])
const certificates = fc.record({
  enabled: fc.boolean(),
  source: fc.constantFrom('file-variable', 'pem'),
  fileVariable: fc.constantFrom(...FILE_VARIABLE_NAMES),
  onlyWhenSet: fc.boolean(),
  pem,
  registry: wordField(['', 'registry.example.com', '${CI_REGISTRY}']),
})

const platform = fc.record({ platform: fc.constantFrom(...PLATFORMS), runnerTags })
const multiArch = fc.record({
  enabled: fc.boolean(),
  platforms: fc.uniqueArray(platform, { minLength: 1, maxLength: 4, selector: (p) => p.platform }),
  tagSuffix: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom('-ARCHVARIANT', '-OS-ARCH-VARIANT', '_ARCHVARIANT_x', 'ARCH', '-ARCH-ARCH'),
    },
    {
      weight: 1,
      arbitrary: lineField([''])
        .map((s) => `${s}-ARCHVARIANT`)
        .filter(valid(singleLineText)),
    },
  ),
  manifestToolImage: fc
    .oneof(
      fc.constantFrom(...MANIFEST_TOOL_IMAGES.filter((i) => i.hasShell).map((i) => i.reference)),
      fc.constant('registry.example.com/mirror/manifest-tool:alpine'),
    )
    .filter(valid(atLeast(imageReference, 1))),
  manifestJobName: nameField(jobName, ['manifest', 'merge manifests', 'マニフェスト', 'manifest: x']),
  manifestRunnerTags: runnerTags,
})

const cache = fc.record({
  enabled: fc.boolean(),
  repository: textField(['${CI_REGISTRY_IMAGE}/cache', '']),
  ttl: fc.constantFrom('', '168h', '24h30m', '1.5h', '336h'),
  copyLayers: fc.boolean(),
  runLayers: fc.boolean(),
  compressedCaching: fc.boolean(),
})

const snapshot = fc.record({
  mode: fc.constantFrom(...SNAPSHOT_MODES),
  singleSnapshot: fc.boolean(),
  useNewRun: fc.boolean(),
  ignorePaths: fc.array(lineField(['/var/cache'], 1), { maxLength: 2 }),
})

const wordList = (realistic: readonly string[]) => fc.array(wordField(realistic, 1), { maxLength: 2 })
const retries = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 }))
const advanced = fc.record({
  verbosity: fc.constantFrom(...VERBOSITY_LEVELS),
  logFormat: fc.constantFrom(...LOG_FORMATS),
  logTimestamp: fc.boolean(),
  pushRetry: retries,
  imageDownloadRetry: retries,
  digestFile: textField(['', '${CI_PROJECT_DIR}/image-digest']),
  imageNameWithDigestFile: textField(['', 'image-ref.txt']),
  registryMirrors: wordList(['mirror.gcr.io']),
  reproducible: fc.boolean(),
  cleanup: fc.boolean(),
  noPush: fc.boolean(),
  tarPath: textField(['', 'image.tar']),
  compression: fc.constantFrom(...COMPRESSIONS),
  customPlatform: wordField(['', 'linux/arm64']),
  skipPushPermissionCheck: fc.boolean(),
  skipTlsVerify: fc.boolean(),
  skipTlsVerifyPull: fc.boolean(),
  skipTlsVerifyRegistries: wordList(['registry.example.com']),
  insecure: fc.boolean(),
  insecurePull: fc.boolean(),
  insecureRegistries: wordList(['registry.example.com:5000']),
  extraFlags: fc.array(textField(['--image-fs-extract-retry=2', '--build-arg=A=b c'], 1), { maxLength: 2 }),
  // Names whose values (ci-env.ts) are empty, unset, several words, globs, several lines…
  extraArgsVariable: fc.constantFrom(
    '',
    'WITH_SPACE',
    'GLOB',
    'EMPTY',
    'KANIKOCONFIG_UNSET',
    'MULTI_LINE',
    'UNI',
    'TRICKY',
  ),
})

const output = fc.record({ comments: fc.boolean(), stagesBlock: fc.boolean(), header: fc.boolean() })

/** Every section present; many fields at their extremes. */
export const arbitraryConfigInput: fc.Arbitrary<ConfigInput> = fc.record({
  executor,
  job,
  build,
  destinations: fc.array(destination, { minLength: 1, maxLength: 2 }),
  registries,
  proxy,
  certificates,
  multiArch,
  cache,
  snapshot,
  advanced,
  output,
}) as fc.Arbitrary<ConfigInput>

/**
 * Config shapes the schema accepts but a pipeline cannot work with whatever the generator does;
 * these belong to validation/diagnostics and have their own tests (generate.proof.test.ts).
 */
export function outsideGeneratorScope(config: Config): string | null {
  for (const image of config.images) {
    if (!image.multiArch.enabled) continue
    const builds = image.multiArch.platforms.map((p) => {
      const { architecture, variant } = platformParts(p.platform)
      return `${image.name}-${architecture}${variant}`
    })
    if (builds.includes(image.multiArch.manifestJobName)) return 'manifest job named like a build job'
  }
  // Extra registries whose keys collide (with each other or with the GitLab ones) make the entries
  // overwrite each other in config.json; which one wins is not part of the contract.
  const env = shellView(ciVariables(config))
  const keys = config.registries.extra.map((r) => expandShellText(r.host, env))
  const reserved = [
    env.CI_REGISTRY,
    env.CI_DEPENDENCY_PROXY_SERVER,
    env.CI_DEPENDENCY_PROXY_SERVER?.split(':')[0],
  ]
  if (new Set(keys).size !== keys.length || keys.some((k) => reserved.includes(k)))
    return 'duplicate registry key'
  return null
}

/** Valid configs (through parseConfig) with hostile text everywhere. */
export const arbitraryConfig: fc.Arbitrary<Config> = arbitraryConfigInput
  .map((input) => {
    const parsed = parseConfig(input)
    if (!parsed.ok) {
      // A bug in this file, not in the code under test: the arbitraries must stay valid.
      throw new Error(`arbitrary produced an invalid config: ${JSON.stringify(parsed.issues)}`)
    }
    return parsed.config
  })
  .filter((config) => outsideGeneratorScope(config) === null)

export { DEFAULT_STAGES }
