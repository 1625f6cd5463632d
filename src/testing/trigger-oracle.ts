import { type Platform, platformParts } from '../core/catalog/platforms.ts'
import type { Config, Destination, DestinationWhen, Image } from '../core/config/schema.ts'
import { expandShellText } from '../core/shell/text.ts'

/**
 * The oracle for what depends on the kind of pipeline: which jobs run (and how) in which pipeline,
 * which destinations a job pushes there, and where the release job runs. Written from
 * docs/generated-pipeline.md ("Triggers", "Destinations by pipeline", "Release by retag") and the
 * config alone; it shares no code with src/core/generate.
 */

/** The variables GitLab sets for a pipeline; a name that is absent is not set at all. */
export interface PipelineKind {
  readonly name: string
  readonly variables: Readonly<Record<string, string>>
}

/** Predefined variables a kind may leave unset (gitlab-ci-local must unset them too). */
export const PIPELINE_VARIABLES = [
  'CI_COMMIT_TAG',
  'CI_COMMIT_BRANCH',
  'CI_DEFAULT_BRANCH',
  'CI_PIPELINE_SOURCE',
] as const

const kind = (name: string, variables: Record<string, string>): PipelineKind => ({
  name,
  variables: { CI_DEFAULT_BRANCH: 'main', ...variables },
})

/**
 * Pipelines as GitLab starts them: a tag pipeline has CI_COMMIT_TAG and no CI_COMMIT_BRANCH, a merge
 * request pipeline neither; schedules, web and API runs are started for a branch (or a tag) and have
 * its variables, with their own CI_PIPELINE_SOURCE.
 */
export const PIPELINE_KINDS: readonly PipelineKind[] = [
  kind('tag v1.2.3', { CI_COMMIT_TAG: 'v1.2.3', CI_PIPELINE_SOURCE: 'push' }),
  kind('tag nightly-2026', { CI_COMMIT_TAG: 'nightly-2026', CI_PIPELINE_SOURCE: 'push' }),
  kind('default branch', { CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'push' }),
  kind('branch feature/login', { CI_COMMIT_BRANCH: 'feature/login', CI_PIPELINE_SOURCE: 'push' }),
  kind('branch release/1.2', { CI_COMMIT_BRANCH: 'release/1.2', CI_PIPELINE_SOURCE: 'push' }),
  kind('merge request', { CI_PIPELINE_SOURCE: 'merge_request_event' }),
  kind('schedule on main', { CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'schedule' }),
  kind('web run on develop', { CI_COMMIT_BRANCH: 'develop', CI_PIPELINE_SOURCE: 'web' }),
  kind('API run on tag v2.0.0', { CI_COMMIT_TAG: 'v2.0.0', CI_PIPELINE_SOURCE: 'api' }),
]

/** Files of the project and those that differ from the default branch (for `changes` and `exists`). */
export interface ProjectState {
  readonly files: readonly string[]
  readonly changed: readonly string[]
}

export interface JobState {
  /** gitlab-ci-local's `when`: `never` (not in this pipeline), `on_success` or `manual`. */
  readonly when: 'never' | 'on_success' | 'manual'
  readonly allowFailure: boolean
}

/**
 * A /regex/ or a bare pattern as the user typed it, matched like GitLab's `=~` (a partial match).
 * `\/` in the text is a slash.
 */
export function patternMatches(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false
  const literal = /^\/(.+)\/([a-z]*)$/.exec(pattern)
  const body = (literal ? (literal[1] ?? '') : pattern).replaceAll('\\/', '/')
  const flags = literal ? (literal[2] ?? '').replace(/[^ims]/g, '') : ''
  return new RegExp(body, flags).test(value)
}

/**
 * A path glob as `rules:changes` and `rules:exists` read it: `*` and `?` within one directory,
 * `**` for any number of directories (zero included).
 */
export function globMatches(pattern: string, file: string): boolean {
  const match = (p: readonly string[], f: readonly string[]): boolean => {
    if (p.length === 0) return f.length === 0
    const [head, ...rest] = p
    if (head === '**') return match(rest, f) || (f.length > 0 && match(p, f.slice(1)))
    if (f.length === 0) return false
    const source = [...(head ?? '')]
      .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('')
    return new RegExp(`^${source}$`).test(f[0] ?? '') && match(rest, f.slice(1))
  }
  return match(pattern.split('/'), file.split('/'))
}

/** Whether the pipeline is one of those the config's triggers name (all when none are named). */
export function triggered(config: Config, pipeline: PipelineKind): boolean {
  const v = pipeline.variables
  const { on, tagPattern, branches, schedules } = config.pipeline.triggers
  if (schedules === 'never' && v.CI_PIPELINE_SOURCE === 'schedule') return false
  if (on.length === 0) return true
  const branch = v.CI_COMMIT_BRANCH
  return on.some((trigger) => {
    switch (trigger) {
      case 'tag':
        return (
          v.CI_COMMIT_TAG !== undefined && (tagPattern === '' || patternMatches(tagPattern, v.CI_COMMIT_TAG))
        )
      case 'default-branch':
        return branch !== undefined && branch === v.CI_DEFAULT_BRANCH
      case 'branch':
        return branch !== undefined
      case 'merge-request':
        return v.CI_PIPELINE_SOURCE === 'merge_request_event'
      case 'named-branches':
        return (
          branch !== undefined &&
          branches.some((b) => (/^\/.+\/[a-z]*$/.test(b) ? patternMatches(b, branch) : b === branch))
        )
      case 'schedule':
        return v.CI_PIPELINE_SOURCE === 'schedule'
      case 'web':
        return v.CI_PIPELINE_SOURCE === 'web' || v.CI_PIPELINE_SOURCE === 'api'
    }
    return false
  })
}

/**
 * What gitlab-ci-local reports for a job of `image`: it runs where a trigger matches, a path of
 * `changes` differs from the default branch and a path of `exists` is there; build jobs wait for a
 * person when manual (allowed to fail with manual-allow-failure), the manifest job never does.
 * gitlab-ci-local compares `changes` with the default branch in every pipeline and ignores
 * `compare_to`; GitLab itself takes `changes` as true where there is no push (tags, schedules, web).
 */
export function expectedJobState(
  config: Config,
  image: Image,
  pipeline: PipelineKind,
  project: ProjectState,
  role: 'build' | 'manifest',
): JobState {
  const changed =
    image.changes.length === 0 || project.changed.some((f) => image.changes.some((p) => globMatches(p, f)))
  const exists =
    image.exists.length === 0 || project.files.some((f) => image.exists.some((p) => globMatches(p, f)))
  if (!triggered(config, pipeline) || !changed || !exists) return { when: 'never', allowFailure: false }
  const { manual } = config.pipeline.triggers
  if (role === 'manifest' || manual === 'off') return { when: 'on_success', allowFailure: false }
  return { when: 'manual', allowFailure: manual === 'manual-allow-failure' }
}

/** The build jobs of an image: its name, or `<name>-<arch><variant>` per platform. */
export function buildJobNames(image: Image): string[] {
  if (!image.multiArch.enabled) return [image.name]
  return image.multiArch.platforms.map((p) => platformJobName(image, p.platform))
}

export function platformJobName(image: Image, platform: Platform): string {
  const { architecture, variant } = platformParts(platform)
  return `${image.name}-${architecture}${variant}`
}

/** Every job of the image with its role, in output order (no manifest job without a destination). */
export function imageJobRoles(image: Image): { name: string; role: 'build' | 'manifest' }[] {
  const builds = buildJobNames(image).map((name) => ({ name, role: 'build' as const }))
  return image.multiArch.enabled && image.destinations.length > 0
    ? [...builds, { name: image.multiArch.manifestJobName, role: 'manifest' as const }]
    : builds
}

/**
 * Whether a destination with this `when` is pushed in the pipeline: `tag` where there is a tag,
 * `not-tag` where there is none, `default-branch`/`other-branches` in branch pipelines (schedules and
 * web runs of a branch included) on or off the default branch, `merge-request` in merge request
 * pipelines.
 */
export function destinationPushed(when: DestinationWhen, pipeline: PipelineKind): boolean {
  const v = pipeline.variables
  const tag = v.CI_COMMIT_TAG !== undefined && v.CI_COMMIT_TAG !== ''
  const branch = v.CI_COMMIT_BRANCH !== undefined && v.CI_COMMIT_BRANCH !== ''
  switch (when) {
    case 'always':
      return true
    case 'tag':
      return tag
    case 'not-tag':
      return !tag
    case 'default-branch':
      return branch && v.CI_COMMIT_BRANCH === v.CI_DEFAULT_BRANCH
    case 'other-branches':
      return branch && v.CI_COMMIT_BRANCH !== v.CI_DEFAULT_BRANCH
    case 'merge-request':
      return v.CI_PIPELINE_SOURCE === 'merge_request_event'
  }
  return false
}

/** Whether the release job runs in the pipeline: tag pipelines, only tags matching the tag pattern. */
export function releaseRuns(config: Config, pipeline: PipelineKind): boolean {
  const tag = pipeline.variables.CI_COMMIT_TAG
  if (!config.release.enabled || tag === undefined) return false
  const { tagPattern } = config.pipeline.triggers
  return tagPattern === '' || patternMatches(tagPattern, tag)
}

/** manifest-tool's placeholders in a tag suffix: ARCH, OS, VARIANT, each replaced once, in that order. */
export function platformSuffix(suffix: string, platform: Platform): string {
  const { os, architecture, variant } = platformParts(platform)
  let out = suffix
  for (const [from, to] of [
    ['ARCH', architecture],
    ['OS', os],
    ['VARIANT', variant],
  ] as const) {
    const i = out.indexOf(from)
    if (i >= 0) out = out.slice(0, i) + to + out.slice(i + from.length)
  }
  return out
}

/** `repository:tag` of each tag (the repository alone when it is a whole reference), expanded. */
function references(destination: Destination, env: Readonly<Record<string, string>>): string[] {
  const repository = expandShellText(destination.repository, env)
  if (destination.tags.length === 0) return [repository]
  return destination.tags.map((tag) => `${repository}:${expandShellText(tag, env)}`)
}

/**
 * What the build job of `image` (for `platform` in a multi-arch build) pushes in the pipeline: the
 * `--destination` values in argv order (destinations of every pipeline first, then those of this
 * pipeline, each in config order, with the platform suffix appended), and whether kaniko gets
 * --no-push: when asked to, or when the job pushes nowhere in this pipeline.
 */
export function expectedPushes(
  config: Config,
  image: Image,
  pipeline: PipelineKind,
  env: Readonly<Record<string, string>>,
  platform?: Platform,
): { destinations: string[]; noPush: boolean } {
  const suffix = platform ? platformSuffix(image.multiArch.tagSuffix, platform) : ''
  const always = image.destinations.filter((d) => d.when === 'always')
  const conditional = image.destinations.filter(
    (d) => d.when !== 'always' && destinationPushed(d.when, pipeline),
  )
  const destinations = [...always, ...conditional].flatMap((d) => references(d, env).map((r) => r + suffix))
  return { destinations, noPush: config.advanced.noPush || destinations.length === 0 }
}

/** The manifest job's pushes in the pipeline, in config order: `--template` and `--target` of each. */
export function expectedManifestPushes(
  image: Image,
  pipeline: PipelineKind,
  env: Readonly<Record<string, string>>,
): { template: string; target: string }[] {
  return image.destinations
    .filter((d) => destinationPushed(d.when, pipeline))
    .flatMap((d) =>
      references(d, env).map((target) => ({ template: target + image.multiArch.tagSuffix, target })),
    )
}

/** Where the release job keeps crane's docker config and its CA bundle (the contract names them). */
export const RELEASE_PATHS = {
  dockerConfigDir: '/tmp/release-docker',
  caBundle: '/tmp/release-ca-certificates.crt',
} as const

/** crane's calls in the release job: `crane [--insecure] tag <repository>:<fromTag> <tag>` per to-tag. */
export function expectedCraneCalls(config: Config, env: Readonly<Record<string, string>>): string[][] {
  const { release } = config
  const source = `${expandShellText(release.repository, env)}:${expandShellText(release.fromTag, env)}`
  const insecure = config.advanced.insecure ? ['--insecure'] : []
  return release.toTags.map((tag) => [...insecure, 'tag', source, expandShellText(tag, env)])
}

/**
 * The release job's config.json: `auths` for the GitLab registry and each extra registry that signs
 * in with a user name and password (crane's image has no credential helpers), key → `user:password`.
 */
export function expectedReleaseAuths(
  config: Config,
  env: Readonly<Record<string, string>>,
): Record<string, string> {
  const auths: Record<string, string> = {
    [env.CI_REGISTRY ?? '']: `${env.CI_REGISTRY_USER ?? ''}:${env.CI_REGISTRY_PASSWORD ?? ''}`,
  }
  for (const registry of config.registries.extra) {
    if (registry.credentialHelper !== 'none') continue
    auths[expandShellText(registry.host, env)] =
      `${env[registry.usernameVariable] ?? ''}:${env[registry.passwordVariable] ?? ''}`
  }
  return auths
}
