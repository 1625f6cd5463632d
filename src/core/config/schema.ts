import { z } from 'zod'
import { EXECUTOR_SOURCES, GOOGLE_EXECUTOR } from '../catalog/executors.ts'
import { DEFAULT_MANIFEST_TOOL_IMAGE } from '../catalog/manifest-tool.ts'
import { GITLAB_HOSTED_RUNNER_TAGS, PLATFORMS } from '../catalog/platforms.ts'
import {
  buildArgName,
  imageReference,
  imageTag,
  jobName,
  labelKey,
  nonEmptyWord,
  runnerTag,
  shellText,
  singleLineText,
  stageName,
  uniqueStrings,
  variableName,
  wordText,
} from './fields.ts'

/** The current config version. Bump it only together with a migration in migrate.ts. */
export const CONFIG_VERSION = 1

export const TRIGGERS = ['tag', 'default-branch', 'branch', 'merge-request'] as const
export type Trigger = (typeof TRIGGERS)[number]

export const CREDENTIAL_HELPERS = ['none', 'ecr-login', 'gcr', 'acr-env'] as const
export const SNAPSHOT_MODES = ['default', 'full', 'redo', 'time'] as const
export const VERBOSITY_LEVELS = [
  'default',
  'panic',
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
] as const
export const LOG_FORMATS = ['default', 'text', 'color', 'json'] as const
export const COMPRESSIONS = ['default', 'gzip', 'zstd'] as const
export const GITLAB_AUTH_MODES = ['auto', 'config-json', 'helper'] as const

const executorSchema = z
  .strictObject({
    source: z.enum(EXECUTOR_SOURCES).default('google').describe('Which executor image family to use.'),
    tag: imageTag
      .default(GOOGLE_EXECUTOR.defaultTag)
      .describe('Image tag for the google/osscontainertools images.'),
    customImage: imageReference.default('').describe('Full image reference, used when source is "custom".'),
    overrideEntrypoint: z
      .boolean()
      .default(true)
      .describe('Emit entrypoint: [""] so GitLab can run the job script in the image.'),
  })
  .prefault({})

const jobSchema = z
  .strictObject({
    name: jobName.default('build').describe('Name of the build job.'),
    stage: stageName.default('build').describe('Stage the jobs run in.'),
    runnerTags: uniqueStrings(runnerTag).default([]).describe('Runner tags of the build job (single-arch).'),
    triggers: z
      .array(z.enum(TRIGGERS))
      .refine((list) => new Set(list).size === list.length, 'must not contain duplicates')
      .default(['tag'])
      .describe('Pipelines the job runs in; empty means every pipeline.'),
    manual: z.boolean().default(false).describe('Start the job by hand (when: manual).'),
  })
  .prefault({})

const buildArgSchema = z.strictObject({
  name: buildArgName,
  value: shellText.default(''),
  fromEnvironment: z
    .boolean()
    .default(false)
    .describe('Pass `--build-arg NAME` without a value: kaniko takes it from the job environment.'),
})

const labelSchema = z.strictObject({ key: labelKey, value: shellText.default('') })

const buildSchema = z
  .strictObject({
    context: shellText.min(1, 'must not be empty').default('${CI_PROJECT_DIR}').describe('--context'),
    dockerfile: shellText
      .min(1, 'must not be empty')
      .default('${CI_PROJECT_DIR}/Dockerfile')
      .describe('--dockerfile'),
    target: singleLineText.default('').describe('--target: the stage of a multi-stage Dockerfile to build.'),
    buildArgs: z.array(buildArgSchema).default([]).describe('--build-arg'),
    labels: z.array(labelSchema).default([]).describe('--label'),
    ociLabels: z
      .boolean()
      .default(false)
      .describe('Add org.opencontainers.image.* labels from predefined CI/CD variables.'),
    skipUnusedStages: z.boolean().default(false).describe('--skip-unused-stages'),
  })
  .prefault({})

const destinationSchema = z.strictObject({
  repository: shellText.min(1, 'must not be empty').describe('Image repository, e.g. ${CI_REGISTRY_IMAGE}.'),
  tags: z
    .array(shellText.min(1, 'must not be empty'))
    .min(1, 'needs at least one tag')
    .describe('Tags to push.'),
})

const DEFAULT_DESTINATIONS = [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}'] }]

const extraRegistrySchema = z.strictObject({
  host: nonEmptyWord.describe('Registry key in config.json; Docker Hub is https://index.docker.io/v1/.'),
  usernameVariable: variableName.default('REGISTRY_USER').describe('CI/CD variable holding the user name.'),
  passwordVariable: variableName
    .default('REGISTRY_PASSWORD')
    .describe('CI/CD variable holding the password.'),
  credentialHelper: z
    .enum(CREDENTIAL_HELPERS)
    .default('none')
    .describe('Use a credential helper shipped in /kaniko instead of user and password.'),
})

const registriesSchema = z
  .strictObject({
    gitlabAuth: z
      .enum(GITLAB_AUTH_MODES)
      .default('auto')
      .describe(
        'auto: rely on kaniko’s built-in GitLab helper (v1.9.0+) and add $CI_REGISTRY to config.json whenever one is written.',
      ),
    dependencyProxy: z
      .strictObject({
        enabled: z.boolean().default(false),
        stripPort: z
          .boolean()
          .default(true)
          .describe(
            'Key config.json by host without port (as the document does); FROM lines must then omit :443.',
          ),
        prefixBuildArg: z
          .boolean()
          .default(true)
          .describe(
            'Pass CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX as a build arg, matching the config.json key.',
          ),
      })
      .prefault({}),
    extra: z.array(extraRegistrySchema).default([]),
  })
  .prefault({})

const proxySchema = z
  .strictObject({
    http: singleLineText.default('').describe('http_proxy'),
    https: singleLineText.default('').describe('https_proxy'),
    noProxy: singleLineText.default('').describe('no_proxy'),
    jobVariables: z
      .boolean()
      .default(true)
      .describe('Set the proxy as job variables (kaniko’s own pulls and pushes).'),
    buildArgs: z
      .boolean()
      .default(true)
      .describe('Pass the proxy as --build-arg (RUN steps of the Dockerfile).'),
  })
  .prefault({})

const certificatesSchema = z
  .strictObject({
    enabled: z.boolean().default(false),
    source: z.enum(['file-variable', 'pem']).default('file-variable'),
    fileVariable: variableName
      .default('CUSTOM_CA_CERT')
      .describe('File-type CI/CD variable holding the PEM.'),
    pem: shellText.default('').describe('Pasted PEM certificate(s); public certificates only.'),
    registry: wordText.default('').describe('Also pass --registry-certificate for this registry host.'),
  })
  .prefault({})

const platformSchema = z.strictObject({
  platform: z.enum(PLATFORMS),
  runnerTags: uniqueStrings(runnerTag).default([]),
})

const DEFAULT_PLATFORMS = (['linux/amd64', 'linux/arm64'] as const).map((platform) => ({
  platform,
  runnerTags: [...(GITLAB_HOSTED_RUNNER_TAGS[platform] ?? [])],
}))

const multiArchSchema = z
  .strictObject({
    enabled: z.boolean().default(false),
    platforms: z
      .array(platformSchema)
      .min(1, 'needs at least one platform')
      .refine(
        (list) => new Set(list.map((p) => p.platform)).size === list.length,
        'must not repeat a platform',
      )
      .default(DEFAULT_PLATFORMS),
    tagSuffix: singleLineText
      .default('-ARCHVARIANT')
      .describe(
        'Appended to each tag for the per-platform images; manifest-tool replaces ARCH, OS, VARIANT.',
      ),
    manifestToolImage: imageReference.min(1).default(DEFAULT_MANIFEST_TOOL_IMAGE),
    manifestJobName: jobName.default('manifest'),
    manifestRunnerTags: uniqueStrings(runnerTag).default([]),
  })
  .prefault({})

const cacheSchema = z
  .strictObject({
    enabled: z.boolean().default(false).describe('--cache'),
    repository: shellText
      .default('${CI_REGISTRY_IMAGE}/cache')
      .describe('--cache-repo; empty lets kaniko infer it.'),
    ttl: z
      .string()
      .regex(/^$|^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/, 'must be a Go duration like 336h or 24h30m')
      .default('')
      .describe('--cache-ttl; empty keeps kaniko’s default (336h).'),
    copyLayers: z.boolean().default(false).describe('--cache-copy-layers'),
    runLayers: z.boolean().default(true).describe('--cache-run-layers (false to disable)'),
    compressedCaching: z.boolean().default(true).describe('--compressed-caching (false saves memory)'),
  })
  .prefault({})

const snapshotSchema = z
  .strictObject({
    mode: z.enum(SNAPSHOT_MODES).default('default').describe('--snapshot-mode'),
    singleSnapshot: z.boolean().default(false).describe('--single-snapshot'),
    useNewRun: z.boolean().default(false).describe('--use-new-run'),
    ignorePaths: z.array(singleLineText.min(1)).default([]).describe('--ignore-path'),
  })
  .prefault({})

const retries = z
  .number()
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(100, 'must be at most 100')

const advancedSchema = z
  .strictObject({
    verbosity: z.enum(VERBOSITY_LEVELS).default('default'),
    logFormat: z.enum(LOG_FORMATS).default('default'),
    logTimestamp: z.boolean().default(false),
    pushRetry: retries.default(0),
    imageDownloadRetry: retries.default(0),
    digestFile: shellText.default(''),
    imageNameWithDigestFile: shellText.default(''),
    registryMirrors: z.array(nonEmptyWord).default([]),
    reproducible: z.boolean().default(false),
    cleanup: z.boolean().default(false),
    noPush: z.boolean().default(false),
    tarPath: shellText.default(''),
    compression: z.enum(COMPRESSIONS).default('default'),
    customPlatform: wordText.default(''),
    skipPushPermissionCheck: z.boolean().default(false),
    skipTlsVerify: z.boolean().default(false),
    skipTlsVerifyPull: z.boolean().default(false),
    skipTlsVerifyRegistries: z.array(nonEmptyWord).default([]),
    insecure: z.boolean().default(false),
    insecurePull: z.boolean().default(false),
    insecureRegistries: z.array(nonEmptyWord).default([]),
    extraFlags: z
      .array(shellText.min(1))
      .default([])
      .describe('Extra executor arguments, one argument per entry (for example --image-fs-extract-retry=3).'),
  })
  .prefault({})

const outputSchema = z
  .strictObject({
    comments: z.boolean().default(true).describe('Explanatory comments in the YAML.'),
    stagesBlock: z.boolean().default(true).describe('Emit a top-level stages: list.'),
    header: z.boolean().default(true).describe('A header comment naming kanikoconfig.'),
  })
  .prefault({})

export const configSchema = z.strictObject({
  version: z.literal(CONFIG_VERSION).default(CONFIG_VERSION),
  executor: executorSchema,
  job: jobSchema,
  build: buildSchema,
  destinations: z
    .array(destinationSchema)
    .min(1, 'needs at least one destination')
    .default(DEFAULT_DESTINATIONS),
  registries: registriesSchema,
  proxy: proxySchema,
  certificates: certificatesSchema,
  multiArch: multiArchSchema,
  cache: cacheSchema,
  snapshot: snapshotSchema,
  advanced: advancedSchema,
  output: outputSchema,
})

/** A complete, validated configuration: every field present. */
export type Config = z.output<typeof configSchema>
/** What a config file, a link or a preset may contain: every field optional. */
export type ConfigInput = z.input<typeof configSchema>
export type BuildArg = Config['build']['buildArgs'][number]
export type Label = Config['build']['labels'][number]
export type Destination = Config['destinations'][number]
export type ExtraRegistry = Config['registries']['extra'][number]
export type PlatformConfig = Config['multiArch']['platforms'][number]
