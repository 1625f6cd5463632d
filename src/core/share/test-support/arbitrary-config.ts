import fc from 'fast-check'
import { EXECUTOR_SOURCES } from '../../catalog/executors.ts'
import { PLATFORMS } from '../../catalog/platforms.ts'
import { migrateConfig } from '../../config/migrate.ts'
import { salvageConfig } from '../../config/salvage.ts'
import {
  CERTIFICATE_SOURCES,
  COMPRESSIONS,
  type Config,
  CREDENTIAL_HELPERS,
  configSchema,
  DESTINATION_WHEN,
  DOCKER_AUTH_CONFIG_SOURCES,
  GITLAB_AUTH_MODES,
  LAYOUTS,
  LOG_FORMATS,
  MANUAL_MODES,
  RETRY_WHEN,
  SCHEDULE_MODES,
  SNAPSHOT_MODES,
  TRIGGERS,
  VERBOSITY_LEVELS,
} from '../../config/schema.ts'

/**
 * Random valid configs for property and fuzz tests: any subset of fields, hostile text (quotes,
 * `$`, newlines, emoji, lone surrogates, NULs), credential-shaped values (so redaction is
 * exercised). Half are written as version 1 wrote them (migrated), half as version 2. Whatever
 * the schema rejects is dropped by salvageConfig, so every value is valid.
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

/** What a version-1 file or link held (no `version`: read as version 1). */
const rawConfigV1 = partial({
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

const executor = partial({
  source: fc.constantFrom(...EXECUTOR_SOURCES),
  tag: fc.oneof(fc.constantFrom('v1.24.0-debug', 'debug', 'v1.28.3-debug'), word),
  customImage: word,
  overrideEntrypoint: bool,
})
const buildArgs = list(partial({ name: word, value: text, fromEnvironment: bool }))
const namedValues = list(partial({ name: word, value: text }))
const needs = fc.option(list(word), { nil: null })
const platforms = fc.uniqueArray(
  partial({ platform: fc.constantFrom(...PLATFORMS), runnerTags: list(word) }),
  { minLength: 1, maxLength: 4, selector: (p) => p.platform },
)

const rawImage = partial({
  name: word,
  context: text,
  dockerfile: text,
  target: text,
  buildArgs,
  labels: list(partial({ key: word, value: text })),
  ociLabels: bool,
  skipUnusedStages: bool,
  destinations: fc.array(
    partial({ repository: text, tags: list(text), when: fc.constantFrom(...DESTINATION_WHEN) }),
    { maxLength: 3 },
  ),
  multiArch: partial({ enabled: bool, platforms, tagSuffix: text, manifestJobName: word }),
  runnerTags: list(word),
  extraFlags: list(text),
  extraArgsVariable: word,
  cacheRepository: text,
  changes: list(text),
  changesCompareTo: text,
  exists: list(text),
  needs,
  variables: namedValues,
})

/** A version-2 config as a file or link may hold it: any subset of fields, several images. */
const rawConfigV2 = partial({
  executor,
  pipeline: partial({
    stage: word,
    layout: fc.constantFrom(...LAYOUTS),
    templateName: fc.constantFrom('.kaniko', '.t', 'kaniko'),
    triggers: partial({
      on: fc.uniqueArray(fc.constantFrom(...TRIGGERS)),
      tagPattern: text,
      branches: list(word),
      schedules: fc.constantFrom(...SCHEDULE_MODES),
      manual: fc.constantFrom(...MANUAL_MODES),
    }),
    job: partial({
      needs,
      retryMax: fc.integer({ min: -1, max: 3 }),
      retryWhen: fc.uniqueArray(fc.constantFrom(...RETRY_WHEN), { maxLength: 2 }),
      timeout: fc.constantFrom('', '1h', '30 minutes', 'soon'),
      interruptible: fc.constantFrom(null, true, false),
      resourceGroup: text,
      variables: namedValues,
      services: list(partial({ name: word, alias: word })),
    }),
  }),
  images: fc.array(rawImage, { maxLength: 3 }),
  release: partial({ enabled: bool, jobName: word, repository: text, fromTag: text, toTags: list(text) }),
  registries: partial({
    gitlabAuth: fc.constantFrom(...GITLAB_AUTH_MODES),
    dependencyProxy: partial({ enabled: bool, stripPort: bool, prefixBuildArg: bool }),
    extra: list(
      partial({
        host: word,
        usernameVariable: word,
        usernameLiteral: text,
        passwordVariable: word,
        credentialHelper: fc.constantFrom(...CREDENTIAL_HELPERS),
        googleCredentialsFileVariable: word,
      }),
    ),
    dockerAuthConfig: partial({
      source: fc.constantFrom(...DOCKER_AUTH_CONFIG_SOURCES),
      variable: word,
      merge: bool,
    }),
  }),
  proxy: partial({ http: text, https: text, noProxy: text, jobVariables: bool, fromRunner: bool }),
  certificates: partial({
    enabled: bool,
    source: fc.constantFrom(...CERTIFICATE_SOURCES),
    fileVariable: word,
    pem: text,
    base64Variable: word,
    path: text,
    registry: word,
    more: list(partial({ source: fc.constantFrom(...CERTIFICATE_SOURCES), value: text, registry: word })),
  }),
  cache: partial({ enabled: bool, repository: text, ttl: fc.constantFrom('', '24h', 'soon') }),
  snapshot: partial({ mode: fc.constantFrom(...SNAPSHOT_MODES), ignorePaths: list(text) }),
  advanced: partial({
    verbosity: fc.constantFrom(...VERBOSITY_LEVELS),
    pushRetry: fc.integer({ min: -1, max: 101 }),
    digestFile: text,
    artifactsExpireIn: fc.constantFrom('1 week', '', 'never', 'someday'),
    noPush: bool,
    tarPath: text,
  }),
  output: partial({ comments: bool, stagesBlock: bool, header: bool }),
})

const salvage = (raw: unknown): Config => salvageConfig(configSchema, raw).value ?? configSchema.parse({})

export const arbitraryConfig: fc.Arbitrary<Config> = fc.oneof(
  rawConfigV1.map((raw) => {
    const migrated = migrateConfig(raw)
    return salvage(migrated.ok ? migrated.value : {})
  }),
  rawConfigV2.map((raw) => salvage({ version: 2, ...raw })),
)
