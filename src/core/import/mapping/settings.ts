import { type Config, type JobSettings, RETRY_WHEN } from '../../config/schema.ts'
import { projectRelativePath } from '../../generate/artifacts.ts'
import type { ImportedJob } from '../job.ts'
import { because } from '../reasons.ts'
import { bracedReferences, gitlabValueText, type Notes } from './values.ts'

/** Job keywords the mapping reads; any other key of a build job is listed as not reproduced. */
const READ_KEYS = new Set([
  'image',
  'script',
  'before_script',
  'stage',
  'variables',
  'rules',
  'only',
  'except',
  'needs',
  'tags',
  'retry',
  'timeout',
  'interruptible',
  'resource_group',
  'services',
  'when',
  'allow_failure',
  'parallel',
  'inherit',
])

/**
 * `artifacts` that only keep the digest files the executor writes (what the generator emits):
 * their `expire_in`, or null when they hold anything else.
 */
/** The flags whose files the generated job keeps as artifacts (the digests, the image tarball). */
const ARTIFACT_FLAGS = new Set(['digest-file', 'image-name-with-digest-file', 'tar-path'])

export function digestArtifacts(job: ImportedJob): { expireIn: string } | null {
  const artifacts = job.artifacts
  if (typeof artifacts !== 'object' || artifacts === null || Array.isArray(artifacts)) return null
  const { paths, expire_in: expireIn, ...rest } = artifacts as Record<string, unknown>
  if (Object.keys(rest).length > 0 || !Array.isArray(paths)) return null
  const files = job.runs.flatMap((run) =>
    run.flags.filter((f) => ARTIFACT_FLAGS.has(f.name)).map((f) => f.resolved ?? ''),
  )
  // Both with references braced: the script writes `${X}` where the path shows `$X`.
  const written = files.map(bracedReferences)
  const kept = paths.every((path) => {
    if (typeof path !== 'string') return false
    const text = bracedReferences(gitlabValueText(path))
    return written.some((file) => file === text || file.endsWith(`/${text}`))
  })
  return kept ? { expireIn: typeof expireIn === 'string' ? expireIn : '' } : null
}

/**
 * An output file (`--tar-path`, `--digest-file`…) as the job's `artifacts: paths` spells it: the
 * script braces every reference, the path shows `$X` as the config has it.
 */
export function artifactsSpelling(job: ImportedJob, file: string): string {
  const inside = projectRelativePath(file)
  const paths = (job.artifacts as { paths?: unknown } | null)?.paths
  if (inside === null || !file.endsWith(inside) || !Array.isArray(paths)) return file
  const written = paths
    .filter((path): path is string => typeof path === 'string')
    .map(gitlabValueText)
    .find((path) => bracedReferences(path) === bracedReferences(inside))
  return written === undefined ? file : file.slice(0, file.length - inside.length) + written
}

/** Job keywords that are not job settings of the config, each listed with its YAML path. */
export function unreadKeys(job: ImportedJob, notes: Notes): void {
  for (const [key, origin] of Object.entries(job.origins)) {
    if (READ_KEYS.has(key)) continue
    if (key === 'artifacts' && digestArtifacts(job)) continue
    notes.notMapped(origin, because('job-keyword', { key, job: job.name }))
  }
}

/** The job settings of one build job (`needs` and `variables` are the caller's). */
export function jobSettings(job: ImportedJob, notes: Notes): Omit<JobSettings, 'needs' | 'variables'> {
  const retry = job.retry ?? { max: 0, when: [] }
  const max = Number.isInteger(retry.max) ? Math.min(Math.max(retry.max, 0), 2) : 0
  if (max !== retry.max)
    notes.change(job.origins.retry ?? job, because('retry-clamped', { max: retry.max, clamped: max }))
  const when = retry.when.filter((w): w is JobSettings['retryWhen'][number] =>
    (RETRY_WHEN as readonly string[]).includes(w),
  )
  for (const w of retry.when)
    if (!when.includes(w as never))
      notes.notMapped(job.origins.retry ?? job, because('retry-when-unknown', { when: w }))
  const services: JobSettings['services'] = []
  for (const service of job.services) {
    if (!service.name || /\s/.test(service.name)) {
      notes.notMapped(job.origins.services ?? job, because('service-no-name'))
      continue
    }
    services.push({ name: service.name, alias: service.alias ?? '' })
    if (service.entrypoint !== null || service.command !== null)
      notes.notMapped(job.origins.services ?? job, because('service-entrypoint', { service: service.name }))
  }
  return {
    retryMax: max,
    retryWhen: [...new Set(when)],
    timeout: job.timeout ?? '',
    interruptible: job.interruptible,
    resourceGroup: job.resourceGroup ?? '',
    services,
  }
}

const RUNNER_PROXY_NAMES = ['http_proxy', 'https_proxy', 'no_proxy']

/** Proxy variables and `--build-arg` proxies → `proxy`; the names it took over are left out elsewhere. */
export function mapProxy(
  jobs: readonly ImportedJob[],
  notes: Notes,
): { proxy: Config['proxy']; variables: Set<string>; buildArgs: Set<string> } {
  const proxy: Config['proxy'] = {
    http: '',
    https: '',
    noProxy: '',
    jobVariables: true,
    buildArgs: true,
    fromRunner: false,
  }
  const variables = new Set<string>()
  const buildArgs = new Set<string>()
  let viaVariable = false
  let viaBuildArg = false
  const field = { http: 'http', https: 'https', no: 'noProxy' } as const
  // The three lower-case names passed by name only, and no proxy variable: the runner's proxy
  // (`proxy.fromRunner`, the form the generator writes), read as it is.
  const settings = jobs.flatMap((job) => job.proxy)
  const byName = new Set(settings.filter((s) => s.via === 'build-arg' && s.bare).map((s) => s.name))
  if (
    settings.every((s) => s.via === 'build-arg' && s.bare && RUNNER_PROXY_NAMES.includes(s.name)) &&
    RUNNER_PROXY_NAMES.every((name) => byName.has(name))
  ) {
    for (const setting of settings) buildArgs.add(setting.name)
    return { proxy: { ...proxy, fromRunner: true }, variables, buildArgs }
  }
  for (const job of jobs) {
    for (const setting of job.proxy) {
      if (setting.kind === 'all') {
        notes.notMapped(setting, because('proxy-other', { name: setting.name }))
        continue
      }
      if (setting.via === 'build-arg') {
        viaBuildArg = true
        buildArgs.add(setting.name)
        const lower = setting.name.toLowerCase()
        const referred = setting.value.replace(/^\$\{?|\}$/g, '')
        // `--build-arg http_proxy=${http_proxy}` beside the job's no_proxy arg (if it has one) is
        // the form the generator writes: nothing changes.
        const noProxyKept =
          job.proxy.some((s) => s.via === 'build-arg' && s.kind === 'no') ||
          !job.proxy.some((s) => s.kind === 'no')
        if (setting.name !== lower || referred !== lower || !noProxyKept)
          notes.change(
            setting,
            because('proxy-build-arg', { name: setting.name, value: setting.value, lower }),
          )
        if (referred.toLowerCase() !== setting.name.toLowerCase() && proxy[field[setting.kind]] === '')
          proxy[field[setting.kind]] = setting.value
        continue
      }
      viaVariable = true
      variables.add(setting.name)
      const runner = setting.value.replace(/^\$\{?|\}$/g, '').toLowerCase() === setting.name.toLowerCase()
      if (runner) proxy.fromRunner = true
      else proxy[field[setting.kind]] = gitlabValueText(setting.value)
      if (setting.name !== setting.name.toLowerCase())
        notes.change(
          setting,
          because('proxy-lower-case', { name: setting.name, lower: setting.name.toLowerCase() }),
        )
    }
  }
  proxy.jobVariables = viaVariable || !viaBuildArg
  proxy.buildArgs = viaBuildArg || !viaVariable
  if (viaVariable && !viaBuildArg && (proxy.http || proxy.https)) proxy.buildArgs = false
  return { proxy, variables, buildArgs }
}
