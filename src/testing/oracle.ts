import { EXECUTOR_FAMILIES } from '../core/catalog/executors.ts'
import { type Platform, platformParts } from '../core/catalog/platforms.ts'
import { compareVersions, parseExecutorTag, splitImageReference } from '../core/catalog/version.ts'
import type { ImageView } from '../core/config/image-view.ts'
import type { Trigger } from '../core/config/schema.ts'
import { expandShellText, referencedVariables } from '../core/shell/text.ts'
import { expectedRegistryCertificateArgs } from './ca-oracle.ts'
import { readDockerConfig } from './docker-config-json.ts'
import { destinationPushed } from './trigger-oracle.ts'

/**
 * The test oracle: what a generated pipeline must do, computed straight from docs/generated-pipeline.md
 * and the config, without any code of src/core/generate. Given the environment a job runs with, it
 * says which jobs exist, the exact argv `/kaniko/executor` and `manifest-tool` must receive, what
 * config.json must contain and what the CA bundle must end up as.
 *
 * `env` is the environment of the job's shell: CI/CD variables (a File-type variable's value is its
 * path) plus the job's own `variables:` (see `jobEnv`). User text is shell text: `$NAME`/`${NAME}`
 * expand, everything else is literal (`expandShellText`).
 */

export type Env = Readonly<Record<string, string | undefined>>

/** Where the generated scripts put things (the contract names these paths). */
export const PATHS = {
  kanikoExecutor: '/kaniko/executor',
  kanikoConfig: '/kaniko/.docker/config.json',
  kanikoBundle: '/kaniko/ssl/certs/ca-certificates.crt',
  pastedCa: '/kaniko/ssl/certs/custom-ca.crt',
  manifestToolDockerDir: '/tmp/manifest-tool-docker',
  manifestToolConfig: '/tmp/manifest-tool-docker/config.json',
  alpineBundle: '/etc/ssl/certs/ca-certificates.crt',
} as const

/**
 * Labels from predefined variables (`build.ociLabels`). The contract says "OCI labels" without the
 * list; these are the org.opencontainers.image.* annotations GitLab's variables can fill.
 */
export const OCI_LABELS: readonly (readonly [string, string])[] = [
  ['org.opencontainers.image.title', '${CI_PROJECT_TITLE}'],
  ['org.opencontainers.image.source', '${CI_PROJECT_URL}'],
  ['org.opencontainers.image.url', '${CI_PROJECT_URL}'],
  ['org.opencontainers.image.revision', '${CI_COMMIT_SHA}'],
  ['org.opencontainers.image.created', '${CI_JOB_STARTED_AT}'],
  ['org.opencontainers.image.version', '${CI_COMMIT_REF_NAME}'],
]

/** The four triggers of the one-image proofs (rules.proof and the pipeline proofs cover the rest). */
const RULE_IF: Readonly<Partial<Record<Trigger, string>>> = {
  tag: '$CI_COMMIT_TAG',
  'default-branch': '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
  branch: '$CI_COMMIT_BRANCH',
  'merge-request': '$CI_PIPELINE_SOURCE == "merge_request_event"',
}

/** The key order of a job (keys that are absent are skipped). */
export const JOB_KEY_ORDER = [
  'stage',
  'image',
  'variables',
  'before_script',
  'script',
  'artifacts',
  'needs',
  'rules',
  'tags',
]

export interface ExpectedRule {
  readonly if?: string
  /** The image's paths, or `{paths, compare_to}` when it compares with a ref of its own. */
  readonly changes?: readonly string[] | { readonly paths: readonly string[]; readonly compare_to: string }
  readonly exists?: readonly string[]
  readonly when?: 'manual'
}

export interface ExpectedJob {
  readonly name: string
  readonly kind: 'build' | 'manifest'
  /** The platform of a multi-arch build job. */
  readonly platform?: Platform
  readonly stage: string
  readonly image: string
  readonly entrypoint: readonly string[] | undefined
  /** Job variables as the job sees them (after GitLab's expansion): name → value. */
  readonly variables: Readonly<Record<string, string>>
  readonly needs: readonly string[] | undefined
  readonly rules: readonly ExpectedRule[] | undefined
  readonly tags: readonly string[]
  /** `artifacts:` of a build job: the output files inside the project directory. */
  readonly artifacts: { readonly paths: readonly string[]; readonly expireIn: string | undefined } | undefined
}

export interface ExpectedPipeline {
  /** `stages:`, or undefined when the block is not emitted. */
  readonly stages: readonly string[] | undefined
  readonly header: boolean
  readonly jobs: readonly ExpectedJob[]
}

/** Job names, images, rules…: the structure of the pipeline. `ciEnv` is used for job variables only. */
export function expectedPipeline(
  config: ImageView,
  ciEnv: Env,
  options: { jobOnly?: boolean } = {},
): ExpectedPipeline {
  const jobOnly = options.jobOnly === true
  const variables = expectedJobVariables(config, ciEnv)
  const buildRules = rules(config, true)
  const kaniko = (name: string, tags: readonly string[], platform?: Platform): ExpectedJob => ({
    name,
    kind: 'build',
    ...(platform ? { platform } : {}),
    stage: config.job.stage,
    image: executorImage(config),
    entrypoint: config.executor.overrideEntrypoint ? [''] : undefined,
    variables,
    needs: undefined,
    rules: buildRules,
    tags,
    artifacts: expectedArtifacts(config),
  })
  const jobs: ExpectedJob[] = []
  if (!config.multiArch.enabled) jobs.push(kaniko(config.job.name, config.job.runnerTags))
  else {
    for (const p of config.multiArch.platforms)
      jobs.push(kaniko(buildJobName(config, p.platform), p.runnerTags, p.platform))
    jobs.push({
      name: config.multiArch.manifestJobName,
      kind: 'manifest',
      stage: config.job.stage,
      image: config.multiArch.manifestToolImage,
      // manifest-tool's alpine image has ENTRYPOINT ["/manifest-tool"]: always overridden.
      entrypoint: [''],
      variables,
      needs: config.multiArch.platforms.map((p) => buildJobName(config, p.platform)),
      rules: rules(config, false),
      tags: config.multiArch.manifestRunnerTags,
      artifacts: undefined,
    })
  }
  return {
    stages: config.output.stagesBlock && !jobOnly ? [config.job.stage] : undefined,
    header: config.output.header && !jobOnly,
    jobs,
  }
}

/**
 * What the build job keeps: each of --tar-path, --digest-file, --image-name-with-digest-file that is
 * in the project directory (relative, or under $CI_PROJECT_DIR/), made relative to it, once each.
 * The YAML spells a literal `$` as `$$` (GitLab expands paths); compared here as GitLab reads them.
 */
export function expectedArtifacts(config: ImageView): ExpectedJob['artifacts'] {
  const paths: string[] = []
  const { advanced } = config
  for (const file of [advanced.tarPath, advanced.digestFile, advanced.imageNameWithDigestFile]) {
    if (file === '') continue
    let relative: string
    if (file.startsWith('${CI_PROJECT_DIR}/')) relative = file.slice('${CI_PROJECT_DIR}/'.length)
    else if (file.startsWith('$CI_PROJECT_DIR/')) relative = file.slice('$CI_PROJECT_DIR/'.length)
    else if (file.startsWith('/') || file.startsWith('$') || file.startsWith('~')) continue
    else relative = file
    relative = relative.replace(/^\/+/, '')
    while (relative.startsWith('./')) relative = relative.slice(2).replace(/^\/+/, '')
    if (relative === '' || relative.endsWith('/') || relative.split('/').includes('..')) continue
    if (!paths.includes(relative)) paths.push(relative)
  }
  if (paths.length === 0) return undefined
  return { paths, expireIn: advanced.artifactsExpireIn === '' ? undefined : advanced.artifactsExpireIn }
}

export function buildJobName(config: ImageView, platform: Platform): string {
  const { architecture, variant } = platformParts(platform)
  return `${config.job.name}-${architecture}${variant}`
}

export function executorImage(config: ImageView): string {
  const { executor } = config
  if (executor.source === 'custom') return executor.customImage
  return `${EXECUTOR_FAMILIES[executor.source].repository}:${executor.tag}`
}

function rules(config: ImageView, build: boolean): ExpectedRule[] | undefined {
  const manual = build && config.job.manual
  const limits = ruleLimits(config.image)
  const list: ExpectedRule[] = config.job.triggers.map((t) =>
    manual ? { if: RULE_IF[t], ...limits, when: 'manual' } : { if: RULE_IF[t], ...limits },
  )
  if (list.length > 0) return list
  if (manual) return [{ ...limits, when: 'manual' }]
  return Object.keys(limits).length > 0 ? [limits] : undefined
}

/** What an image adds to every rule: its `changes` (with `compare_to` when set) and its `exists`. */
function ruleLimits(image: ImageView['image']): Pick<ExpectedRule, 'changes' | 'exists'> {
  const limits: { changes?: ExpectedRule['changes']; exists?: readonly string[] } = {}
  if (image.changes.length > 0) {
    limits.changes =
      image.changesCompareTo === ''
        ? image.changes
        : { paths: image.changes, compare_to: image.changesCompareTo }
  }
  if (image.exists.length > 0) limits.exists = image.exists
  return limits
}

/** `http_proxy`, `https_proxy`, `no_proxy` job variables (those set), as the job sees them. */
export function expectedJobVariables(config: ImageView, ciEnv: Env): Record<string, string> {
  // "The runner sets the proxy": the job defines none of its own.
  if (!config.proxy.jobVariables || config.proxy.fromRunner) return {}
  const out: Record<string, string> = {}
  for (const [name, value] of proxyEntries(config)) out[name] = expandShellText(value, ciEnv)
  return out
}

/** The environment of a job's shell: the CI variables plus the job's variables. */
export function jobEnv(config: ImageView, ciEnv: Env): Record<string, string | undefined> {
  return { ...ciEnv, ...expectedJobVariables(config, ciEnv) }
}

function proxyEntries(config: ImageView): [string, string][] {
  const { http, https, noProxy } = config.proxy
  const entries: [string, string][] = [
    ['http_proxy', http],
    ['https_proxy', https],
    ['no_proxy', noProxy],
  ]
  return entries.filter(([, value]) => value !== '')
}

/**
 * manifest-tool's placeholder replacement: ARCH, OS, VARIANT, each replaced once, in that order
 * (strings.Replace(…, 1) in v2/cmd/manifest-tool/push.go).
 */
export function manifestToolReplace(template: string, platform: Platform): string {
  const { os, architecture, variant } = platformParts(platform)
  const once = (s: string, from: string, to: string) => {
    const i = s.indexOf(from)
    return i < 0 ? s : s.slice(0, i) + to + s.slice(i + from.length)
  }
  return once(once(once(template, 'ARCH', architecture), 'OS', os), 'VARIANT', variant)
}

/**
 * The exact argv of `/kaniko/executor` (without `$0`) for the single-arch job or the build job of
 * `platform`. `env` is the job's environment (`jobEnv`).
 */
export function expectedExecutorArgv(config: ImageView, env: Env, platform?: Platform): string[] {
  const x = (text: string) => expandShellText(text, env)
  const { build, cache, snapshot, advanced, certificates, registries } = config
  const argv: string[] = []
  // A value whose text (as written, before expansion) starts with `-` is passed as `--name=value`:
  // kaniko reads both alike, a reader would take `--target --no-push` for two flags.
  const flag = (name: string, value: string, written = value) =>
    written.startsWith('-') ? argv.push(`${name}=${value}`) : argv.push(name, value)

  flag('--context', x(build.context), build.context)
  flag('--dockerfile', x(build.dockerfile), build.dockerfile)
  // The per-platform suffix is the literal tagSuffix (no shell expansion: manifest-tool sees it as
  // written) with manifest-tool's replacement applied. Each field is its own shell text: a tag ending
  // in `$NAME` must not swallow the suffix into the name.
  const suffix = platform ? manifestToolReplace(config.multiArch.tagSuffix, platform) : ''
  const push = (d: ImageView['destinations'][number]) => {
    for (const reference of references(d, env)) flag('--destination', reference + suffix, d.repository)
  }
  // Destinations of every pipeline first, then those of this one (decided in the job's shell).
  const conditional = config.destinations.filter((d) => d.when !== 'always')
  config.destinations.filter((d) => d.when === 'always').forEach(push)
  conditional.filter((d) => pushedHere(d.when, env)).forEach(push)
  // Nowhere to push in this pipeline (or no destination at all): kaniko is told not to push.
  const pushesNowhere = !argv.some((word) => word === '--destination' || word.startsWith('--destination='))
  if (
    pushesNowhere &&
    (conditional.length > 0 || config.destinations.length === 0) &&
    !config.advanced.noPush
  )
    argv.push('--no-push')
  if (build.target !== '') flag('--target', x(build.target), build.target)
  if (config.proxy.buildArgs && config.proxy.fromRunner) {
    // Names only, whatever the values: kaniko reads them from the environment the runner set.
    for (const name of ['http_proxy', 'https_proxy', 'no_proxy']) flag('--build-arg', name)
  } else if (config.proxy.buildArgs) {
    // With job variables the arg is `name=$name`, which the job environment fills with the same text.
    for (const [name, value] of proxyEntries(config)) flag('--build-arg', `${name}=${x(value)}`)
  }
  if (registries.dependencyProxy.enabled && registries.dependencyProxy.prefixBuildArg) {
    if (registries.dependencyProxy.stripPort) {
      flag('--build-arg', `CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX=${strippedProxyPrefix(env)}`)
    } else flag('--build-arg', 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX')
  }
  for (const arg of build.buildArgs) {
    flag('--build-arg', arg.fromEnvironment ? x(arg.name) : `${x(arg.name)}=${x(arg.value)}`, arg.name)
  }
  for (const label of build.labels) flag('--label', `${x(label.key)}=${x(label.value)}`, label.key)
  if (build.ociLabels) for (const [key, value] of OCI_LABELS) flag('--label', `${key}=${x(value)}`)
  if (build.skipUnusedStages) argv.push('--skip-unused-stages')

  if (cache.enabled) {
    argv.push('--cache=true')
    if (cache.repository !== '') flag('--cache-repo', x(cache.repository), cache.repository)
    if (cache.ttl !== '') flag('--cache-ttl', cache.ttl)
    if (cache.copyLayers) argv.push('--cache-copy-layers=true')
    if (!cache.runLayers) argv.push('--cache-run-layers=false')
  }
  if (!cache.compressedCaching) argv.push('--compressed-caching=false')

  if (snapshot.mode !== 'default') flag('--snapshot-mode', snapshot.mode)
  if (snapshot.singleSnapshot) argv.push('--single-snapshot')
  if (snapshot.useNewRun) argv.push('--use-new-run')
  for (const p of snapshot.ignorePaths) flag('--ignore-path', x(p), p)

  argv.push(...expectedRegistryCertificateArgs(certificates, env))
  for (const m of advanced.registryMirrors) flag('--registry-mirror', x(m), m)
  if (advanced.skipTlsVerify) argv.push('--skip-tls-verify')
  if (advanced.skipTlsVerifyPull) argv.push('--skip-tls-verify-pull')
  for (const r of advanced.skipTlsVerifyRegistries) flag('--skip-tls-verify-registry', x(r), r)
  if (advanced.insecure) argv.push('--insecure')
  if (advanced.insecurePull) argv.push('--insecure-pull')
  for (const r of advanced.insecureRegistries) flag('--insecure-registry', x(r), r)

  if (advanced.customPlatform !== '')
    flag('--custom-platform', x(advanced.customPlatform), advanced.customPlatform)
  if (advanced.noPush) argv.push('--no-push')
  if (advanced.tarPath !== '') flag('--tar-path', x(advanced.tarPath), advanced.tarPath)
  if (advanced.digestFile !== '') flag('--digest-file', x(advanced.digestFile), advanced.digestFile)
  if (advanced.imageNameWithDigestFile !== '') {
    flag(
      '--image-name-with-digest-file',
      x(advanced.imageNameWithDigestFile),
      advanced.imageNameWithDigestFile,
    )
  }
  if (advanced.pushRetry > 0) flag('--push-retry', String(advanced.pushRetry))
  if (advanced.imageDownloadRetry > 0) flag('--image-download-retry', String(advanced.imageDownloadRetry))
  if (advanced.skipPushPermissionCheck) argv.push('--skip-push-permission-check')
  if (advanced.reproducible) argv.push('--reproducible')
  if (advanced.compression !== 'default') flag('--compression', advanced.compression)
  if (advanced.cleanup) argv.push('--cleanup')

  if (advanced.verbosity !== 'default') flag('--verbosity', advanced.verbosity)
  if (advanced.logFormat !== 'default') flag('--log-format', advanced.logFormat)
  if (advanced.logTimestamp) argv.push('--log-timestamp')

  for (const extra of advanced.extraFlags) argv.push(x(extra))
  // The variable's value split at blanks (the shell's default IFS), no globbing, nothing when empty.
  if (advanced.extraArgsVariable !== '') {
    const value = Object.hasOwn(env, advanced.extraArgsVariable)
      ? (env[advanced.extraArgsVariable] ?? '')
      : ''
    argv.push(...value.split(/[ \t\n]+/).filter((word) => word !== ''))
  }
  return argv
}

/** `CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX` with the server's port removed, matching the stripped key. */
export function strippedProxyPrefix(env: Env): string {
  const server = env.CI_DEPENDENCY_PROXY_SERVER ?? ''
  const prefix = env.CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX ?? ''
  const host = server.split(':')[0] ?? ''
  const slash = prefix.indexOf('/')
  return `${host}/${slash < 0 ? '' : prefix.slice(slash + 1)}`
}

/** The manifest job's calls: one per destination and tag pushed in this pipeline, in order. */
export function expectedManifestToolCalls(config: ImageView, env: Env): string[][] {
  const { multiArch } = config
  // Credentials only ever in the config file: never a password on the command line.
  const auth = ['--docker-cfg', PATHS.manifestToolDockerDir]
  const platforms = multiArch.platforms.map((p) => p.platform).join(',')
  return config.destinations
    .filter((d) => pushedHere(d.when, env))
    .flatMap((d) =>
      references(d, env).map((target) => [
        ...auth,
        ...(config.advanced.insecure ? ['--insecure'] : []),
        'push',
        'from-args',
        '--platforms',
        platforms,
        ...(d.repository.startsWith('-')
          ? [`--template=${target}${multiArch.tagSuffix}`, `--target=${target}`]
          : ['--template', `${target}${multiArch.tagSuffix}`, '--target', target]),
      ]),
    )
}

/** `repository:tag` per tag, expanded; the repository alone when it is a whole reference (no tags). */
function references(d: ImageView['destinations'][number], env: Env): string[] {
  const repository = expandShellText(d.repository, env)
  if (d.tags.length === 0) return [repository]
  return d.tags.map((tag) => `${repository}:${expandShellText(tag, env)}`)
}

/** Whether a destination with this `when` is pushed in the pipeline the job's environment describes. */
function pushedHere(when: ImageView['destinations'][number]['when'], env: Env): boolean {
  const variables = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
  return destinationPushed(when, { name: 'this pipeline', variables })
}

export interface ExpectedAuths {
  /** Registry key → decoded `user:password` of its `auth`. */
  readonly auths: Readonly<Record<string, string>>
  /** Registry key → credential helper name (`docker-credential-<name>`). */
  readonly credHelpers: Readonly<Record<string, string>>
  /** Other top-level members (only from a config.json taken from a CI/CD variable). */
  readonly others?: Readonly<Record<string, unknown>>
}

/** Credential helper names per image: manifest-tool's alpine image ships gcr's helper as `gcloud`. */
const HELPER_NAMES: Readonly<Record<'kaniko' | 'manifest-tool', Readonly<Record<string, string>>>> = {
  kaniko: { 'ecr-login': 'ecr-login', gcr: 'gcr', 'acr-env': 'acr-env' },
  'manifest-tool': { 'ecr-login': 'ecr-login', gcr: 'gcloud', 'acr-env': 'acr-env' },
}

/** Whether kaniko has the built-in GitLab credential helper (v1.9.0+; unknown versions assumed new). */
export function hasGitlabHelper(config: Pick<ImageView, 'executor'>): boolean {
  const tag =
    config.executor.source === 'custom'
      ? splitImageReference(config.executor.customImage).tag
      : config.executor.tag
  const version = parseExecutorTag(tag).version
  return version === null || compareVersions(version, [1, 9, 0]) >= 0
}

/**
 * What config.json must hold for kaniko (`/kaniko/.docker/config.json`) or for the manifest job
 * (`--docker-cfg`), or null when no config.json must be written. `dockerAuthConfigText` is the JSON
 * the `registries.dockerAuthConfig` variable holds (its file's content for a File-type variable):
 * used as is without `merge`; with it, its entries first and ours over them, per host. Its `auths`
 * entries must be `{auth: base64}`.
 */
export function expectedAuths(
  config: Pick<ImageView, 'executor' | 'registries'>,
  env: Env,
  target: 'kaniko' | 'manifest-tool' = 'kaniko',
  dockerAuthConfigText?: string,
): ExpectedAuths | null {
  const { registries } = config
  const ours = ownAuths(config, env, target)
  const base = registries.dockerAuthConfig
  if (base.source === 'none') return ours
  const theirs = readDockerConfig(dockerAuthConfigText ?? '')
  const decoded = Object.fromEntries(
    Object.entries(theirs.auths).map(([key, entry]) => [
      key,
      Buffer.from(String((entry as { auth?: unknown }).auth), 'base64').toString('utf8'),
    ]),
  )
  const given = {
    auths: decoded,
    credHelpers: theirs.credHelpers as Record<string, string>,
    others: theirs.others,
  }
  if (!base.merge || ours === null) return given
  return {
    auths: { ...given.auths, ...ours.auths },
    credHelpers: { ...given.credHelpers, ...ours.credHelpers },
    others: given.others,
  }
}

function ownAuths(
  config: Pick<ImageView, 'executor' | 'registries'>,
  env: Env,
  target: 'kaniko' | 'manifest-tool',
): ExpectedAuths | null {
  const { registries } = config
  const pair = (user: string, password: string) => `${env[user] ?? ''}:${env[password] ?? ''}`
  const auths: Record<string, string> = {}
  const credHelpers: Record<string, string> = {}
  if (target === 'kaniko') {
    const needed =
      registries.dependencyProxy.enabled ||
      registries.extra.length > 0 ||
      registries.gitlabAuth === 'config-json' ||
      // "auto" relies on kaniko's GitLab helper, which kaniko before v1.9.0 does not have.
      (registries.gitlabAuth === 'auto' && !hasGitlabHelper(config))
    if (!needed) return null
    if (registries.gitlabAuth !== 'helper') {
      auths[env.CI_REGISTRY ?? ''] = pair('CI_REGISTRY_USER', 'CI_REGISTRY_PASSWORD')
    }
    if (registries.dependencyProxy.enabled) {
      const server = env.CI_DEPENDENCY_PROXY_SERVER ?? ''
      const key = registries.dependencyProxy.stripPort ? (server.split(':')[0] ?? '') : server
      auths[key] = pair('CI_DEPENDENCY_PROXY_USER', 'CI_DEPENDENCY_PROXY_PASSWORD')
    }
  } else {
    // manifest-tool has no GitLab helper: the GitLab registry is always in its config file.
    auths[env.CI_REGISTRY ?? ''] = pair('CI_REGISTRY_USER', 'CI_REGISTRY_PASSWORD')
  }
  for (const registry of registries.extra) {
    const key = expandShellText(registry.host, env)
    if (registry.credentialHelper !== 'none')
      credHelpers[key] = HELPER_NAMES[target][registry.credentialHelper] ?? registry.credentialHelper
    // A literal user name is written as it is, `$` included (Harbor's `robot$ci`).
    else if (registry.usernameLiteral !== '')
      auths[key] = `${registry.usernameLiteral}:${env[registry.passwordVariable] ?? ''}`
    else auths[key] = pair(registry.usernameVariable, registry.passwordVariable)
  }
  return { auths, credHelpers }
}

/** What a variable in a registry host may hold: host[:port] characters, at least one. */
const HOST_VALUE = /^[A-Za-z0-9.:-]+$/

/**
 * The line a job must stop with (exit status 1, after the custom CA and before any config.json or
 * executor call) when a variable in an extra registry's host holds anything but host[:port]
 * characters; null when all are fine. Only jobs that write a config.json check, and every job does
 * once there is an extra registry. The first bad variable is the one named, in the order
 * config.json lists the hosts: the registries with a login (`auths`), then those with a helper.
 */
export function expectedHostFailure(config: Pick<ImageView, 'registries'>, env: Env): string | null {
  // A config.json from a variable, used as is: ours, hosts included, are not written at all.
  const { dockerAuthConfig } = config.registries
  if (dockerAuthConfig.source !== 'none' && !dockerAuthConfig.merge) return null
  const { extra } = config.registries
  const listed = [
    ...extra.filter((r) => r.credentialHelper === 'none'),
    ...extra.filter((r) => r.credentialHelper !== 'none'),
  ]
  for (const registry of listed) {
    for (const name of referencedVariables(registry.host)) {
      if (!HOST_VALUE.test(env[name] ?? '')) {
        return `$${name} is not a registry host`
      }
    }
  }
  return null
}

/**
 * The CA bundle after the job's before_script, given the image's original bundle and the content of
 * the File-type variable (when that is the source; undefined when the variable is not set). Pasted
 * PEMs are compared trimmed (`normalizePem`).
 */
export function expectedCaBundle(
  config: ImageView,
  originalBundle: string,
  fileVariableContent: string | undefined,
): string {
  const { certificates } = config
  if (!certificates.enabled) return originalBundle
  if (certificates.source === 'file-variable') {
    if (fileVariableContent === undefined && certificates.onlyWhenSet) return originalBundle
    return originalBundle + (fileVariableContent ?? '')
  }
  return originalBundle + normalizePem(certificates.pem)
}

/** A pasted PEM as written to a file: surrounding whitespace dropped, one final newline. */
export function normalizePem(pem: string): string {
  return `${pem.trim()}\n`
}
