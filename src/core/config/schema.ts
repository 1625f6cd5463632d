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
  NOT_A_VARIABLE_NAME,
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
  VARIABLE_NAME,
  variableName,
  wordText,
} from './fields.ts'

/** The current config version. Bump it only together with a migration in migrate.ts. */
export const CONFIG_VERSION = 2

/**
 * The pipelines a build job runs in, in the order its `rules:` list them. `branch` is every branch
 * pipeline; `named-branches` only the names or /patterns/ in `triggers.branches`; `schedule` and `web`
 * (web and API runs) are the pipeline sources of those names.
 */
export const TRIGGERS = [
  'tag',
  'default-branch',
  'branch',
  'merge-request',
  'named-branches',
  'schedule',
  'web',
] as const
export type Trigger = (typeof TRIGGERS)[number]
/** `manual` asks a person to start the job; `manual-allow-failure` also lets the pipeline go on without it. */
export const MANUAL_MODES = ['off', 'manual', 'manual-allow-failure'] as const
export const SCHEDULE_MODES = ['inherit', 'never'] as const
/** Which pipelines a destination is pushed in (its tags are computed by the job's shell). */
export const DESTINATION_WHEN = [
  'always',
  'tag',
  'default-branch',
  'other-branches',
  'not-tag',
  'merge-request',
] as const
export type DestinationWhen = (typeof DESTINATION_WHEN)[number]
export const LAYOUTS = ['auto', 'jobs', 'extends', 'matrix'] as const
export type Layout = (typeof LAYOUTS)[number]
export const RETRY_WHEN = [
  'always',
  'unknown_failure',
  'script_failure',
  'api_failure',
  'stuck_or_timeout_failure',
  'runner_system_failure',
  'runner_unsupported',
  'stale_schedule',
  'job_execution_timeout',
  'archived_failure',
  'unmet_prerequisites',
  'scheduler_failure',
  'data_integrity_failure',
] as const
export const CERTIFICATE_SOURCES = ['file-variable', 'pem', 'base64-variable', 'path'] as const
export const DOCKER_AUTH_CONFIG_SOURCES = ['none', 'variable', 'file-variable'] as const

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
    /** A CI/CD variable holding the tag (`KANIKO_VERSION`), used instead of `tag` when set. */
    tagVariable: field(optionalVariableName, ''),
    customImage: field(imageReference, ''),
    overrideEntrypoint: boolean(true),
  }),
)

const buildArgSchema = z.strictObject({
  name: buildArgName,
  value: field(shellText, ''),
  fromEnvironment: boolean(false),
})

const labelSchema = z.strictObject({ key: labelKey, value: field(shellText, '') })

/** `tags: []` makes the repository a whole reference (`$IMAGE_REF` holding `registry/name:tag`). */
const destinationSchema = z.strictObject({
  repository: nonEmptyShellText,
  tags: field(z.array(nonEmptyShellText), []),
  when: field(z.enum(DESTINATION_WHEN), 'always'),
})

const DEFAULT_DESTINATIONS = [
  { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}'], when: 'always' as const },
]

const extraRegistrySchema = z.strictObject({
  host: nonEmptyWord,
  usernameVariable: field(variableName, 'REGISTRY_USER'),
  /** A user name written in the file (`_json_key`, `AWS`), used instead of usernameVariable when set. */
  usernameLiteral: field(singleLineText, ''),
  passwordVariable: field(variableName, 'REGISTRY_PASSWORD'),
  credentialHelper: field(z.enum(CREDENTIAL_HELPERS), 'none'),
  /** gcr: a File-type variable holding a service account key (GOOGLE_APPLICATION_CREDENTIALS). */
  googleCredentialsFileVariable: field(optionalVariableName, ''),
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
    /** A whole config.json from a CI/CD variable; with `merge`, our entries are added to its `auths`. */
    dockerAuthConfig: section(
      z.strictObject({
        source: field(z.enum(DOCKER_AUTH_CONFIG_SOURCES), 'none'),
        variable: field(variableName, 'DOCKER_AUTH_CONFIG'),
        merge: boolean(true),
      }),
    ),
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

const moreCertificateSchema = z
  .strictObject({
    source: field(z.enum(CERTIFICATE_SOURCES), 'file-variable'),
    /** The variable name (file-variable, base64-variable), the PEM text or the path. */
    value: nonEmptyShellText,
    registry: field(wordText, ''),
  })
  .check(
    // The generator writes a variable source as `${NAME}`: anything but a name breaks the job's shell.
    z.refine((ca) => !ca.source.endsWith('-variable') || VARIABLE_NAME.test(ca.value), {
      message: NOT_A_VARIABLE_NAME,
      path: ['value'],
    }),
  )

const certificatesSchema = section(
  z.strictObject({
    enabled: boolean(false),
    source: field(z.enum(CERTIFICATE_SOURCES), 'file-variable'),
    fileVariable: field(variableName, 'CUSTOM_CA_CERT'),
    onlyWhenSet: boolean(false),
    pem: field(shellText, ''),
    base64Variable: field(variableName, 'CUSTOM_CA_CERT_BASE64'),
    path: field(shellText, ''),
    registry: field(wordText, ''),
    /** More CAs appended after the first, each with its own source and optional registry. */
    more: field(z.array(moreCertificateSchema), []),
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
  }),
)

const outputSchema = section(
  z.strictObject({
    comments: boolean(true),
    stagesBlock: boolean(true),
    header: boolean(true),
  }),
)

const variableSchema = z.strictObject({ name: variableName, value: field(shellText, '') })

const serviceSchema = z.strictObject({
  name: imageReference.check(z.minLength(1, 'must not be empty')),
  alias: field(wordText, ''),
})

/** GitLab job keywords set on every build job (an image may add needs and variables of its own). */
const jobSettingsSchema = section(
  z.strictObject({
    /** null: GitLab's stage order; []: start at once; names: wait for those jobs only. */
    needs: field(z.nullable(z.array(nonEmptySingleLineText).check(noDuplicates)), null),
    retryMax: field(z.int().check(z.gte(0, 'must be 0, 1 or 2'), z.lte(2, 'must be 0, 1 or 2')), 0),
    retryWhen: field(z.array(z.enum(RETRY_WHEN)).check(noDuplicates), []),
    timeout: field(
      z
        .string()
        .check(
          z.regex(/^$|^\d+ ?[A-Za-z]*(?:(?:,? and |, | )\d+ ?[A-Za-z]*)*$/, 'must be a duration like 1h 30m'),
        ),
      '',
    ),
    /** null: GitLab's default (not interruptible). */
    interruptible: field(z.nullable(z.boolean()), null),
    resourceGroup: field(singleLineText, ''),
    variables: field(z.array(variableSchema), []),
    services: field(z.array(serviceSchema), []),
  }),
)

/**
 * A /regex/ ends with flags GitLab takes: its lexer reads only i, m, s (and RE2's U, which the
 * generator does not read as a flag) after the closing slash and refuses the rule for any other.
 */
const gitlabRegexFlags = z.refine<string>((s) => {
  const flags = /^\/.+\/([A-Za-z]+)$/.exec(s)?.[1]
  return flags === undefined || /^[ims]+$/.test(flags)
}, 'must end a /regex/ with no flags other than i, m and s (GitLab refuses the rule)')

/** A branch name (no quotes or spaces, as git allows) or a /regex/. */
const branchName = nonEmptySingleLineText.check(
  z.refine(
    (s) => /^\/.+\/[a-z]*$/.test(s) || !/[\s"'\\]/.test(s),
    'must be a branch name without spaces or quotes, or a /regex/',
  ),
  gitlabRegexFlags,
)

const triggersSchema = section(
  z.strictObject({
    on: field(z.array(z.enum(TRIGGERS)).check(noDuplicates), ['tag']),
    /** Only tags matching this /regex/ ('' = every tag). */
    tagPattern: field(singleLineText.check(gitlabRegexFlags), ''),
    /** For `named-branches`: names, or /regex/ patterns. */
    branches: field(z.array(branchName).check(noDuplicates), []),
    /** `never`: no build in scheduled pipelines, whatever else matches. */
    schedules: field(z.enum(SCHEDULE_MODES), 'inherit'),
    manual: field(z.enum(MANUAL_MODES), 'off'),
  }),
)

const pipelineSchema = section(
  z.strictObject({
    stage: field(stageName, 'build'),
    /** auto: separate jobs for one image, a hidden template with `extends` for two or more. */
    layout: field(z.enum(LAYOUTS), 'auto'),
    templateName: field(
      z.string().check(z.regex(/^\.[A-Za-z0-9_.-]+$/, 'must start with "." and hold letters, digits, _ . -')),
      '.kaniko',
    ),
    triggers: triggersSchema,
    job: jobSettingsSchema,
  }),
)

export const imageSchema = z.strictObject({
  /** The build job's name (with a platform suffix for multi-arch builds). */
  name: field(jobName, 'build'),
  context: field(nonEmptyShellText, '${CI_PROJECT_DIR}'),
  dockerfile: field(nonEmptyShellText, '${CI_PROJECT_DIR}/Dockerfile'),
  target: field(singleLineText, ''),
  buildArgs: field(z.array(buildArgSchema), []),
  labels: field(z.array(labelSchema), []),
  ociLabels: boolean(false),
  skipUnusedStages: boolean(false),
  destinations: field(z.array(destinationSchema), DEFAULT_DESTINATIONS),
  multiArch: multiArchSchema,
  runnerTags: field(uniqueStrings(runnerTag), []),
  extraFlags: field(z.array(nonEmptyShellText), []),
  extraArgsVariable: field(optionalVariableName, ''),
  /** '' uses cache.repository. */
  cacheRepository: field(shellText, ''),
  /** Build only when these paths changed (`rules:changes`); compareTo for branch pipelines. */
  changes: field(z.array(nonEmptySingleLineText), []),
  changesCompareTo: field(singleLineText, ''),
  /** Build only when these files exist (`rules:exists`). */
  exists: field(z.array(nonEmptySingleLineText), []),
  /** Added to pipeline.job for this image's jobs. */
  needs: field(z.nullable(z.array(nonEmptySingleLineText).check(noDuplicates)), null),
  variables: field(z.array(variableSchema), []),
})

const DEFAULT_RELEASE_IMAGE = 'gcr.io/go-containerregistry/crane:debug'

/** On tag pipelines, copies an image already pushed under `fromTag` to more tags, without rebuilding. */
const releaseSchema = section(
  z.strictObject({
    enabled: boolean(false),
    jobName: field(jobName, 'release'),
    stage: field(stageName, 'release'),
    image: field(imageReference.check(z.minLength(1, 'must not be empty')), DEFAULT_RELEASE_IMAGE),
    repository: field(nonEmptyShellText, '${CI_REGISTRY_IMAGE}'),
    fromTag: field(nonEmptyShellText, '${CI_COMMIT_SHORT_SHA}'),
    toTags: field(z.array(nonEmptyShellText).check(z.minLength(1, 'needs at least one tag')), [
      '${CI_COMMIT_TAG}',
      'latest',
    ]),
    runnerTags: field(uniqueStrings(runnerTag), []),
  }),
)

const configObject = z.strictObject({
  version: field(z.literal(CONFIG_VERSION), CONFIG_VERSION),
  executor: executorSchema,
  pipeline: pipelineSchema,
  // A fresh default image for each config (a shared one would be changed through any of them).
  images: z._default(z.array(imageSchema).check(z.minLength(1, 'needs at least one image')), () => [
    imageSchema.parse({}),
  ]),
  release: releaseSchema,
  registries: registriesSchema,
  proxy: proxySchema,
  certificates: certificatesSchema,
  cache: cacheSchema,
  snapshot: snapshotSchema,
  advanced: advancedSchema,
  output: outputSchema,
})

export const configSchema = configObject.check(z.superRefine(crossFieldIssues))

/** The schema of each top-level section, as configSchema checks it (parse-edit.ts validates one). */
export const configSections = configObject.shape

type Issue = { message: string; path: (string | number)[] }

/** Rules across fields: every job name of the pipeline is unique, and an image pushes somewhere. */
function crossFieldIssues(
  config: z.output<typeof configObject>,
  ctx: { addIssue(issue: Issue & { code: 'custom'; input: unknown }): void },
) {
  for (const issue of pipelineIssues(config)) ctx.addIssue({ code: 'custom', input: config, ...issue })
}

/** The issues of the rules across fields (configSchema's last check) of an otherwise valid config. */
export function pipelineIssues(config: z.output<typeof configObject>): Issue[] {
  const issues: Issue[] = []
  const owners = new Map<string, string>()
  const claim = (name: string, owner: string, path: Issue['path'], message: string) => {
    const previous = owners.get(name)
    if (previous !== undefined && previous !== owner) issues.push({ message, path })
    else owners.set(name, owner)
  }
  config.images.forEach((image, i) => {
    const buildNames = image.multiArch.enabled
      ? image.multiArch.platforms.map((p) => `${image.name}-${platformSlug(p.platform)}`)
      : [image.name]
    for (const name of buildNames)
      claim(name, `image ${i}`, ['images', i, 'name'], "must differ from the other images' job names")
    if (image.multiArch.enabled) {
      const manifest = image.multiArch.manifestJobName
      if (buildNames.includes(manifest))
        issues.push({
          message: 'must differ from the names of the build jobs (job name + architecture)',
          path: ['images', i, 'multiArch', 'manifestJobName'],
        })
      else
        claim(
          manifest,
          `manifest ${i}`,
          ['images', i, 'multiArch', 'manifestJobName'],
          "must differ from the other jobs' names",
        )
    }
    const pushes = !config.advanced.noPush
    if (pushes && image.destinations.length === 0 && config.advanced.tarPath === '')
      issues.push({
        message: 'needs at least one destination (or --no-push, or a tar path)',
        path: ['images', i, 'destinations'],
      })
  })
  const { triggers } = config.pipeline
  if (triggers.on.includes('named-branches') && triggers.branches.length === 0)
    issues.push({
      message: 'needs at least one branch name or /regex/ when "named branches" is a trigger',
      path: ['pipeline', 'triggers', 'branches'],
    })
  if (config.release.enabled)
    claim(config.release.jobName, 'release', ['release', 'jobName'], "must differ from the build jobs' names")
  return issues
}

/** A complete, validated configuration: every field present. */
export type Config = z.output<typeof configSchema>
/** What a config file, a link or a preset may contain: every field optional. */
export type ConfigInput = z.input<typeof configSchema>
export type Image = Config['images'][number]
export type BuildArg = Image['buildArgs'][number]
export type Label = Image['labels'][number]
export type Destination = Image['destinations'][number]
export type ExtraRegistry = Config['registries']['extra'][number]
export type PlatformConfig = Image['multiArch']['platforms'][number]
export type JobSettings = Config['pipeline']['job']
export type Triggers = Config['pipeline']['triggers']
export type Release = Config['release']
export type MoreCertificate = Config['certificates']['more'][number]
