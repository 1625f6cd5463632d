import * as z from 'zod/mini'
import { EXECUTOR_SOURCES, GOOGLE_EXECUTOR } from '../catalog/executors.ts'
import { DEFAULT_MANIFEST_TOOL_IMAGE } from '../catalog/manifest-tool.ts'
import { GITLAB_HOSTED_RUNNER_TAGS, PLATFORMS, platformSlug } from '../catalog/platforms.ts'
import {
  artifactExpiry,
  boolean,
  buildArgName,
  field,
  imageReference,
  imageTag,
  jobName,
  labelKey,
  noDuplicates,
  nonEmptyShellText,
  nonEmptySingleLineText,
  nonEmptyWord,
  optionalVariableName,
  retries,
  runnerTag,
  section,
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

const executorSchema = section(
  z.strictObject({
    source: field(z.enum(EXECUTOR_SOURCES), 'google'),
    tag: field(imageTag, GOOGLE_EXECUTOR.defaultTag),
    customImage: field(imageReference, ''),
    overrideEntrypoint: boolean(true),
  }),
)

const jobSchema = section(
  z.strictObject({
    name: field(jobName, 'build'),
    stage: field(stageName, 'build'),
    runnerTags: field(uniqueStrings(runnerTag), []),
    triggers: field(z.array(z.enum(TRIGGERS)).check(noDuplicates), ['tag']),
    manual: boolean(false),
  }),
)

const buildArgSchema = z.strictObject({
  name: buildArgName,
  value: field(shellText, ''),
  fromEnvironment: boolean(false),
})

const labelSchema = z.strictObject({ key: labelKey, value: field(shellText, '') })

const buildSchema = section(
  z.strictObject({
    context: field(nonEmptyShellText, '${CI_PROJECT_DIR}'),
    dockerfile: field(nonEmptyShellText, '${CI_PROJECT_DIR}/Dockerfile'),
    target: field(singleLineText, ''),
    buildArgs: field(z.array(buildArgSchema), []),
    labels: field(z.array(labelSchema), []),
    ociLabels: boolean(false),
    skipUnusedStages: boolean(false),
  }),
)

const destinationSchema = z.strictObject({
  repository: nonEmptyShellText,
  tags: z.array(nonEmptyShellText).check(z.minLength(1, 'needs at least one tag')),
})

const DEFAULT_DESTINATIONS = [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}'] }]

const extraRegistrySchema = z.strictObject({
  host: nonEmptyWord,
  usernameVariable: field(variableName, 'REGISTRY_USER'),
  passwordVariable: field(variableName, 'REGISTRY_PASSWORD'),
  credentialHelper: field(z.enum(CREDENTIAL_HELPERS), 'none'),
})

const registriesSchema = section(
  z.strictObject({
    gitlabAuth: field(z.enum(GITLAB_AUTH_MODES), 'auto'),
    dependencyProxy: section(
      z.strictObject({
        enabled: boolean(false),
        stripPort: boolean(true),
        prefixBuildArg: boolean(true),
      }),
    ),
    extra: field(z.array(extraRegistrySchema), []),
  }),
)

const proxySchema = section(
  z.strictObject({
    http: field(singleLineText, ''),
    https: field(singleLineText, ''),
    noProxy: field(singleLineText, ''),
    jobVariables: boolean(true),
    buildArgs: boolean(true),
    fromRunner: boolean(false),
  }),
)

const certificatesSchema = section(
  z.strictObject({
    enabled: boolean(false),
    source: field(z.enum(['file-variable', 'pem']), 'file-variable'),
    fileVariable: field(variableName, 'CUSTOM_CA_CERT'),
    onlyWhenSet: boolean(false),
    pem: field(shellText, ''),
    registry: field(wordText, ''),
  }),
)

const platformSchema = z.strictObject({
  platform: z.enum(PLATFORMS),
  runnerTags: field(uniqueStrings(runnerTag), []),
})

const DEFAULT_PLATFORMS = (['linux/amd64', 'linux/arm64'] as const).map((platform) => ({
  platform,
  runnerTags: [...(GITLAB_HOSTED_RUNNER_TAGS[platform] ?? [])],
}))

const multiArchSchema = section(
  z.strictObject({
    enabled: boolean(false),
    platforms: field(
      z.array(platformSchema).check(
        z.minLength(1, 'needs at least one platform'),
        z.refine(
          (list) => new Set(list.map((p) => p.platform)).size === list.length,
          'must not repeat a platform',
        ),
      ),
      DEFAULT_PLATFORMS,
    ),
    tagSuffix: field(singleLineText, '-ARCHVARIANT'),
    manifestToolImage: field(
      imageReference.check(z.minLength(1, 'must not be empty')),
      DEFAULT_MANIFEST_TOOL_IMAGE,
    ),
    manifestJobName: field(jobName, 'manifest'),
    manifestRunnerTags: field(uniqueStrings(runnerTag), []),
  }),
)

const cacheSchema = section(
  z.strictObject({
    enabled: boolean(false),
    repository: field(shellText, '${CI_REGISTRY_IMAGE}/cache'),
    ttl: field(
      z
        .string()
        .check(
          z.regex(/^$|^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/, 'must be a Go duration like 336h or 24h30m'),
        ),
      '',
    ),
    copyLayers: boolean(false),
    runLayers: boolean(true),
    compressedCaching: boolean(true),
  }),
)

const snapshotSchema = section(
  z.strictObject({
    mode: field(z.enum(SNAPSHOT_MODES), 'default'),
    singleSnapshot: boolean(false),
    useNewRun: boolean(false),
    ignorePaths: field(z.array(nonEmptySingleLineText), []),
  }),
)

const advancedSchema = section(
  z.strictObject({
    verbosity: field(z.enum(VERBOSITY_LEVELS), 'default'),
    logFormat: field(z.enum(LOG_FORMATS), 'default'),
    logTimestamp: boolean(false),
    pushRetry: field(retries, 0),
    imageDownloadRetry: field(retries, 0),
    digestFile: field(shellText, ''),
    imageNameWithDigestFile: field(shellText, ''),
    artifactsExpireIn: field(artifactExpiry, '1 week'),
    registryMirrors: field(z.array(nonEmptyWord), []),
    reproducible: boolean(false),
    cleanup: boolean(false),
    noPush: boolean(false),
    tarPath: field(shellText, ''),
    compression: field(z.enum(COMPRESSIONS), 'default'),
    customPlatform: field(wordText, ''),
    skipPushPermissionCheck: boolean(false),
    skipTlsVerify: boolean(false),
    skipTlsVerifyPull: boolean(false),
    skipTlsVerifyRegistries: field(z.array(nonEmptyWord), []),
    insecure: boolean(false),
    insecurePull: boolean(false),
    insecureRegistries: field(z.array(nonEmptyWord), []),
    extraFlags: field(z.array(nonEmptyShellText), []),
    extraArgsVariable: field(optionalVariableName, ''),
  }),
)

const outputSchema = section(
  z.strictObject({
    comments: boolean(true),
    stagesBlock: boolean(true),
    header: boolean(true),
  }),
)

export const configSchema = z
  .strictObject({
    version: field(z.literal(CONFIG_VERSION), CONFIG_VERSION),
    executor: executorSchema,
    job: jobSchema,
    build: buildSchema,
    destinations: field(
      z.array(destinationSchema).check(z.minLength(1, 'needs at least one destination')),
      DEFAULT_DESTINATIONS,
    ),
    registries: registriesSchema,
    proxy: proxySchema,
    certificates: certificatesSchema,
    multiArch: multiArchSchema,
    cache: cacheSchema,
    snapshot: snapshotSchema,
    advanced: advancedSchema,
    output: outputSchema,
  })
  .check(
    // The manifest job must not take a build job's name: YAML would keep only one of the two jobs.
    z.refine(
      (c) =>
        !c.multiArch.enabled ||
        !c.multiArch.platforms.some(
          (p) => `${c.job.name}-${platformSlug(p.platform)}` === c.multiArch.manifestJobName,
        ),
      {
        message: 'must differ from the names of the build jobs (job name + architecture)',
        path: ['multiArch', 'manifestJobName'],
      },
    ),
  )

/** A complete, validated configuration: every field present. */
export type Config = z.output<typeof configSchema>
/** What a config file, a link or a preset may contain: every field optional. */
export type ConfigInput = z.input<typeof configSchema>
export type BuildArg = Config['build']['buildArgs'][number]
export type Label = Config['build']['labels'][number]
export type Destination = Config['destinations'][number]
export type ExtraRegistry = Config['registries']['extra'][number]
export type PlatformConfig = Config['multiArch']['platforms'][number]
