import { parse } from 'yaml'
import { type CiVariables, type RunResult, runJob } from './chroot-runner.ts'
import { GLOBAL_KEYWORDS } from './extract.ts'
import { validatePipelines } from './gitlab-ci-local.ts'

/**
 * Proves that a pipeline written in another layout (`extends`, `matrix`) does exactly what the same
 * pipeline in the `jobs` layout does. gitlab-ci-local resolves `extends` (`--preview`), the
 * `parallel: matrix` is expanded here into one job per cell as GitLab does (cartesian product per
 * entry, the cell's variables added to the job's), and every resulting job runs in the chroot: the
 * programs it calls with their argv and environment, the files it writes (config.json, CA bundle),
 * its exit status and output must be the `jobs` layout job's. Shares no code with the layouts.
 */

export interface ResolvedJob {
  readonly name: string
  /** The job's name before the matrix (its own name when it has none). */
  readonly baseName: string
  /** The matrix cell's variables, null for a job without a matrix. */
  readonly cell: Readonly<Record<string, string>> | null
  /** Every key that decides where and how the job runs, as resolved (image, rules, tags, artifacts…). */
  readonly settings: Readonly<Record<string, unknown>>
  readonly image: string | undefined
  readonly variables: Readonly<Record<string, string>>
  readonly beforeScript: readonly string[]
  readonly script: readonly string[]
  readonly needs: readonly unknown[] | undefined
}

/** Keys compared as they are between the layouts (needs are compared by the jobs they resolve to). */
const SETTINGS = [
  'stage',
  'image',
  'rules',
  'tags',
  'artifacts',
  'retry',
  'timeout',
  'interruptible',
  'resource_group',
  'services',
  'allow_failure',
  'when',
  'dependencies',
  'environment',
]

type Record_ = Record<string, unknown>
const isRecord = (v: unknown): v is Record_ => typeof v === 'object' && v !== null && !Array.isArray(v)
const strings = (v: unknown): string[] =>
  v === undefined ? [] : typeof v === 'string' ? [v] : (v as unknown[]).flatMap(strings)

/** Every combination of one value per key of a matrix entry, in GitLab's order. */
export function expandMatrixEntry(entry: Readonly<Record_>): Record<string, string>[] {
  let cells: Record<string, string>[] = [{}]
  for (const [key, raw] of Object.entries(entry)) {
    const values = (Array.isArray(raw) ? raw : [raw]).map(String)
    cells = cells.flatMap((cell) => values.map((value) => ({ ...cell, [key]: value })))
  }
  return cells
}

const expandCell = (text: string, cell: Readonly<Record<string, string>>) =>
  text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, braced, bare) => {
    const name = (braced ?? bare) as string
    return Object.hasOwn(cell, name) ? (cell[name] as string) : match
  })

/** The jobs of a pipeline with `extends` already resolved, each matrix cell as a job of its own. */
export function resolvedJobs(resolved: Readonly<Record_>): ResolvedJob[] {
  const jobs: ResolvedJob[] = []
  for (const [name, value] of Object.entries(resolved)) {
    if (GLOBAL_KEYWORDS.has(name) || name.startsWith('.') || !isRecord(value)) continue
    const parallel = value.parallel
    const matrix = isRecord(parallel) && Array.isArray(parallel.matrix) ? parallel.matrix : null
    const cells = matrix === null ? [null] : matrix.flatMap((entry) => expandMatrixEntry(entry as Record_))
    for (const cell of cells) {
      const image = value.image
      // GitLab expands a matrix cell's variables in `tags:` (runner tags chosen per cell).
      const tags =
        Array.isArray(value.tags) && cell !== null
          ? value.tags.map((t) => expandCell(String(t), cell))
          : value.tags
      const settings: Record_ = { ...value, ...(tags === undefined ? {} : { tags }) }
      jobs.push({
        name: cell === null ? name : `${name}: [${Object.values(cell).join(', ')}]`,
        baseName: name,
        cell,
        settings: Object.fromEntries(
          SETTINGS.filter((k) => settings[k] !== undefined).map((k) => [k, settings[k]]),
        ),
        image: typeof image === 'string' ? image : isRecord(image) ? (image.name as string) : undefined,
        variables: {
          ...Object.fromEntries(
            Object.entries(isRecord(value.variables) ? value.variables : {}).map(([k, v]) => [
              k,
              String(isRecord(v) ? v.value : v),
            ]),
          ),
          ...cell,
        },
        beforeScript: strings(value.before_script),
        script: strings(value.script),
        needs: Array.isArray(value.needs) ? value.needs : undefined,
      })
    }
  }
  return jobs
}

/** Each pipeline as gitlab-ci-local resolves it (`--preview`), or its error. */
export async function resolveWithGitlabCiLocal(
  yamls: readonly string[],
): Promise<(ResolvedJob[] | string)[]> {
  // gitlab-ci-local waits on git look-ups outside a repository: one process more than the two cores.
  const results = await validatePipelines(yamls, { mode: 'preview', concurrency: 3 })
  return results.map((result) =>
    result.ok ? resolvedJobs(parse(result.preview ?? '') as Record_) : result.error,
  )
}

/** The names of the jobs a job waits for: a parallel job stands for its cells, a selector for those it matches. */
function neededJobs(job: ResolvedJob, all: readonly ResolvedJob[]): string[] | undefined {
  if (job.needs === undefined) return undefined
  return job.needs.flatMap((need) => {
    const name = isRecord(need) ? String(need.job) : String(need)
    const candidates = all.filter((j) => j.baseName === name)
    const parallel = isRecord(need) ? need.parallel : undefined
    if (!isRecord(parallel) || !Array.isArray(parallel.matrix)) return candidates.map((j) => j.name)
    const selectors = parallel.matrix.flatMap((entry) => expandMatrixEntry(entry as Record_))
    const matched = candidates.filter((j) =>
      selectors.some((s) => Object.entries(s).every(([k, v]) => j.cell?.[k] === v)),
    )
    // A selector matching nothing: GitLab refuses the pipeline.
    return matched.length === 0 ? [`<no job matches ${JSON.stringify(need)}>`] : matched.map((j) => j.name)
  })
}

export interface Equivalence {
  readonly problems: string[]
  /** Jobs of the other layout that ran and matched their `jobs` layout job. */
  readonly jobsChecked: number
}

const show = (v: unknown) => JSON.stringify(v)

/**
 * Compares the other layout's jobs with the `jobs` layout's: a job of the same name with it, the
 * matrix cells in order with the `jobs` layout's jobs the other layout has no job of that name for.
 * `runs` caches the `jobs` layout's runs between calls (one config, several layouts).
 */
export function layoutProblems(
  jobsLayout: readonly ResolvedJob[],
  other: readonly ResolvedJob[],
  variables: CiVariables,
  runs: Map<string, RunResult> = new Map(),
): Equivalence {
  const problems: string[] = []
  const names = new Set(other.map((j) => j.name))
  const jobsNames = new Set(jobsLayout.map((j) => j.name))
  const replaced = jobsLayout.filter((j) => !names.has(j.name))
  const added = other.filter((j) => !jobsNames.has(j.name))
  if (replaced.length !== added.length) {
    return {
      problems: [`jobs ${show(replaced.map((j) => j.name))} became ${show(added.map((j) => j.name))}`],
      jobsChecked: 0,
    }
  }
  const counterpart = new Map<string, ResolvedJob>()
  for (const job of other) {
    const match = jobsNames.has(job.name)
      ? jobsLayout.find((j) => j.name === job.name)
      : replaced[added.indexOf(job)]
    if (match) counterpart.set(job.name, match)
  }
  let jobsChecked = 0
  for (const job of other) {
    const want = counterpart.get(job.name) as ResolvedJob
    const where = `job ${show(job.name)} (${show(want.name)})`
    const before = problems.length
    if (show(job.settings) !== show(want.settings))
      problems.push(`${where} settings: expected ${show(want.settings)}, got ${show(job.settings)}`)
    const needs = neededJobs(job, other)?.map((n) => counterpart.get(n)?.name ?? n)
    const wantNeeds = neededJobs(want, jobsLayout)
    if (show(needs) !== show(wantNeeds))
      problems.push(`${where} needs: expected ${show(wantNeeds)}, got ${show(needs)}`)

    const run = (j: ResolvedJob) =>
      runJob(
        { image: j.image, variables: j.variables, beforeScript: j.beforeScript, script: j.script },
        { variables },
      )
    let expected = runs.get(want.name)
    if (expected === undefined) {
      expected = run(want)
      runs.set(want.name, expected)
    }
    const got = run(job)
    // Variables only the other layout has (the matrix's KC_*) may show in the environment, nothing else.
    const own = Object.keys(job.variables).filter((k) => !Object.hasOwn(want.variables, k))
    const observed = (r: RunResult) => ({
      exitCode: r.exitCode,
      stdout: r.stdout,
      stderr: r.stderr,
      invocations: r.invocations.map((i) => ({
        ...i,
        argv: i.argv.flatMap(splitFlagValue),
        env: Object.fromEntries(Object.entries(i.env).filter(([k]) => !own.includes(k))),
      })),
      files: r.files,
    })
    const a = observed(expected)
    const b = observed(got)
    for (const key of Object.keys(a) as (keyof typeof a)[]) {
      if (show(a[key]) !== show(b[key]))
        problems.push(`${where} ${key}: expected ${show(a[key])}, got ${show(b[key])}`)
    }
    if (problems.length === before) jobsChecked++
  }
  return { problems, jobsChecked }
}

/**
 * `--flag=-x` as `--flag`, `-x`: what kaniko (pflag) reads alike. The jobs layout writes a value
 * that starts with `-` in one word; in a matrix job that value is `"${KC_…}"`, written apart.
 */
function splitFlagValue(word: string): string[] {
  const equals = word.indexOf('=')
  return word.startsWith('--') && equals > 2 && word[equals + 1] === '-'
    ? [word.slice(0, equals), word.slice(equals + 1)]
    : [word]
}
