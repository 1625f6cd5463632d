import fc from 'fast-check'
import { EXECUTOR_SOURCES } from '../../catalog/executors.ts'
import { PLATFORMS } from '../../catalog/platforms.ts'
import { salvageConfig } from '../../config/salvage.ts'
import {
  COMPRESSIONS,
  type Config,
  CREDENTIAL_HELPERS,
  configSchema,
  GITLAB_AUTH_MODES,
  LOG_FORMATS,
  SNAPSHOT_MODES,
  TRIGGERS,
  VERBOSITY_LEVELS,
} from '../../config/schema.ts'

/**
 * Random valid configs for property and fuzz tests: any subset of fields, hostile text (quotes,
 * `$`, newlines, emoji, lone surrogates, NULs), credential-shaped values (so redaction is
 * exercised). Whatever the schema rejects is dropped by salvageConfig, so every value is valid.
 */

const SECRET_LIKE = [
  `glpat-${'Ab3dE6gH9jK2mN5pQ8sT'}`,
  'http://alice:s3cret@proxy.example.com:3128',
  `-----BEGIN ${'PRIVATE'} KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END ${'PRIVATE'} KEY-----`,
  `AKIA${'IOSFODNN7EXAMPLE'}`,
]

const COMMON = [
  '',
  '${CI_REGISTRY_IMAGE}',
  '${CI_COMMIT_SHORT_SHA}',
  '$CI_COMMIT_TAG',
  'latest',
  'http://proxy.example.com:3128',
  'registry.example.com',
  '--cleanup',
  'a b "c" \'d\' `e` \\f $g ${h}',
  'line1\nline2',
  '日本語のテキスト',
]

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...COMMON) },
  { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...SECRET_LIKE) },
)
const word = fc.oneof(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,15}$/), text)
const bool = fc.boolean()
const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 3 })
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
  fc.record(shape, { requiredKeys: [] })

const rawConfig = partial({
  executor: partial({
    source: fc.constantFrom(...EXECUTOR_SOURCES),
    tag: fc.oneof(fc.constantFrom('v1.24.0-debug', 'debug', 'v1.28.3-debug'), word),
    customImage: word,
    overrideEntrypoint: bool,
  }),
  job: partial({
    name: word,
    stage: word,
    runnerTags: list(word),
    triggers: fc.uniqueArray(fc.constantFrom(...TRIGGERS)),
    manual: bool,
  }),
  build: partial({
    context: text,
    dockerfile: text,
    target: text,
    buildArgs: list(partial({ name: word, value: text, fromEnvironment: bool })),
    labels: list(partial({ key: word, value: text })),
    ociLabels: bool,
    skipUnusedStages: bool,
  }),
  destinations: fc.array(
    partial({ repository: text, tags: fc.array(text, { minLength: 1, maxLength: 3 }) }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  registries: partial({
    gitlabAuth: fc.constantFrom(...GITLAB_AUTH_MODES),
    dependencyProxy: partial({ enabled: bool, stripPort: bool, prefixBuildArg: bool }),
    extra: list(
      partial({
        host: word,
        usernameVariable: word,
        passwordVariable: word,
        credentialHelper: fc.constantFrom(...CREDENTIAL_HELPERS),
      }),
    ),
  }),
  proxy: partial({ http: text, https: text, noProxy: text, jobVariables: bool, buildArgs: bool }),
  certificates: partial({
    enabled: bool,
    source: fc.constantFrom('file-variable', 'pem'),
    fileVariable: word,
    pem: text,
    registry: word,
  }),
  multiArch: partial({
    enabled: bool,
    platforms: fc.uniqueArray(partial({ platform: fc.constantFrom(...PLATFORMS), runnerTags: list(word) }), {
      minLength: 1,
      maxLength: 4,
      selector: (p) => p.platform,
    }),
    tagSuffix: text,
    manifestToolImage: word,
    manifestJobName: word,
    manifestRunnerTags: list(word),
  }),
  cache: partial({
    enabled: bool,
    repository: text,
    ttl: fc.constantFrom('', '24h', '1h30m', '336h', 'soon'),
    copyLayers: bool,
    runLayers: bool,
    compressedCaching: bool,
  }),
  snapshot: partial({
    mode: fc.constantFrom(...SNAPSHOT_MODES),
    singleSnapshot: bool,
    useNewRun: bool,
    ignorePaths: list(text),
  }),
  advanced: partial({
    verbosity: fc.constantFrom(...VERBOSITY_LEVELS),
    logFormat: fc.constantFrom(...LOG_FORMATS),
    logTimestamp: bool,
    pushRetry: fc.integer({ min: -1, max: 101 }),
    imageDownloadRetry: fc.integer({ min: 0, max: 5 }),
    digestFile: text,
    registryMirrors: list(word),
    reproducible: bool,
    cleanup: bool,
    noPush: bool,
    compression: fc.constantFrom(...COMPRESSIONS),
    skipTlsVerify: bool,
    insecureRegistries: list(word),
    extraFlags: list(text),
  }),
  output: partial({ comments: bool, stagesBlock: bool, header: bool }),
})

export const arbitraryConfig: fc.Arbitrary<Config> = rawConfig.map(
  (raw) => salvageConfig(configSchema, raw).value ?? configSchema.parse({}),
)
