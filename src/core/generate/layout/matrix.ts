import { jobName } from '../../config/fields.ts'
import type { JobSpec } from '../job-spec.ts'
import { isRecord, sameValue } from './equal.ts'
import type { MatrixReason } from './reasons.ts'
import type { LayoutJob, MatrixCell } from './types.ts'

/** GitLab refuses longer job names, matrix cells' names included (`name: [value, …]`). */
export const JOB_NAME_LIMIT = 255

/** GitLab's limit of jobs one `parallel: matrix` may create. */
export const MATRIX_CELL_LIMIT = 200

/** The variable naming each cell (the image's job name); first, so job names start with it. */
export const IMAGE_VARIABLE = 'KC_IMAGE'

/**
 * Variables the job's shell has but GitLab does not know when it expands a variable's value: the
 * kaniko image's environment (deploy/Dockerfile) and the shell's own.
 */
const SHELL_ONLY_VARIABLES: ReadonlySet<string> = new Set([
  'HOME',
  'PATH',
  'USER',
  'PWD',
  'OLDPWD',
  'HOSTNAME',
  'SHLVL',
  'IFS',
  'PPID',
  'RANDOM',
  'LINENO',
  'SSL_CERT_DIR',
  'DOCKER_CONFIG',
  'DOCKER_CREDENTIAL_GCR_CONFIG',
])

export type MatrixOutcome =
  | { readonly ok: true; readonly jobs: JobSpec[] }
  | { readonly ok: false; readonly reason: MatrixReason }

/**
 * The `matrix` layout: the build jobs become one job, named after the template without its dot
 * (`.kaniko` → `kaniko`), with `parallel: matrix:` holding one cell per build job. A variable is in
 * the matrix only when its value differs between the cells (and `KC_IMAGE`, which names the cell);
 * the others stay written in the job. Possible only when the jobs rebuilt with references to those
 * variables are identical: the reason otherwise. Other jobs stay as they are; their `needs` on a
 * build job become `needs:parallel:matrix` on its cell.
 */
export function matrixLayout(jobs: readonly LayoutJob[], templateName: string): MatrixOutcome {
  const builds = jobs.filter((job) => job.role === 'build')
  if (builds.length < 2) return { ok: false, reason: { code: 'single-build-job' } }
  if (builds.length > MATRIX_CELL_LIMIT)
    return { ok: false, reason: { code: 'too-many-cells', subject: String(builds.length) } }
  const cells = builds.map((build) => {
    if (build.cell === undefined) throw new Error(`build job ${build.spec.name} has no matrix cell`)
    return build.cell
  })
  const varying = varyingVariables(cells)
  // GitLab expands a matrix value with CI/CD variables only; what only the job's shell has is empty there.
  for (const variable of varying) {
    const shellOnly = cells
      .flatMap((cell) => cell.references?.[variable] ?? [])
      .find((name) => SHELL_ONLY_VARIABLES.has(name))
    if (shellOnly !== undefined)
      return { ok: false, reason: { code: 'shell-only-variable', subject: `$${shellOnly}` } }
  }
  const rebuilt = cells.map((cell) => cell.withReferences(varying))
  const [first, ...rest] = rebuilt as [JobSpec, ...JobSpec[]]
  const differing = differingKey(first, rest)
  if (differing !== undefined) return { ok: false, reason: { code: 'jobs-differ', subject: differing } }

  const buildNames = new Set(builds.map((build) => build.spec.name))
  if (needsAny(first.body.needs, buildNames)) return { ok: false, reason: { code: 'needs-between-images' } }
  const name = templateName.replace(/^\./, '')
  const otherNames = jobs.filter((job) => job.role !== 'build').map((job) => job.spec.name)
  // The job-name rules of the schema: GitLab's global keywords (`variables`, `image`…) are no jobs.
  if (!jobName.safeParse(name).success || otherNames.includes(name))
    return { ok: false, reason: { code: 'name-taken', subject: name } }
  const rows = cells.map((cell) =>
    Object.fromEntries(Object.entries(cell.variables).filter(([variable]) => varying.has(variable))),
  )
  const tooLong = rows.map((row) => `${name}: [${Object.values(row).join(', ')}]`).find(isTooLong)
  if (tooLong !== undefined) return { ok: false, reason: { code: 'name-too-long', subject: tooLong } }

  const matrixJob: JobSpec = {
    name,
    comment: [
      ...first.comment,
      `parallel:matrix runs it once per build job, with ${IMAGE_VARIABLE} and the values that differ.`,
    ],
    body: { ...first.body, parallel: { matrix: rows } },
  }
  const rowOf = new Map(builds.map((build, i) => [build.spec.name, rows[i] as Record<string, string>]))
  const out: JobSpec[] = []
  for (const job of jobs) {
    if (job.role === 'build') {
      if (job === builds[0]) out.push(matrixJob)
      continue
    }
    const needs = job.spec.body.needs
    if (!Array.isArray(needs) || !needsAny(needs, buildNames)) out.push(job.spec)
    else out.push({ ...job.spec, body: { ...job.spec.body, needs: cellNeeds(needs, rowOf, name) } })
  }
  return { ok: true, jobs: out }
}

const isTooLong = (jobName: string) => [...jobName].length > JOB_NAME_LIMIT

/** `KC_IMAGE`, the fixed ones, and every variable whose value is not the same in all cells (or missing in one). */
function varyingVariables(cells: readonly MatrixCell[]): Set<string> {
  const names = new Set<string>([IMAGE_VARIABLE, ...cells.flatMap((cell) => cell.fixed)])
  for (const cell of cells) {
    for (const [name, value] of Object.entries(cell.variables)) {
      if (cells.some((other) => other.variables[name] !== value)) names.add(name)
    }
  }
  return names
}

/** The first key (in the first job's order, then the others') whose value is not the same in every job. */
function differingKey(first: JobSpec, rest: readonly JobSpec[]): string | undefined {
  const keys = [...new Set([first, ...rest].flatMap((job) => Object.keys(job.body)))]
  return keys.find((key) =>
    rest.some(
      (job) =>
        Object.hasOwn(job.body, key) !== Object.hasOwn(first.body, key) ||
        !sameValue(job.body[key], first.body[key]),
    ),
  )
}

const neededName = (need: unknown): unknown => (isRecord(need) ? need.job : need)

function needsAny(needs: unknown, names: ReadonlySet<string>): boolean {
  return Array.isArray(needs) && needs.some((need) => names.has(neededName(need) as string))
}

/**
 * `needs` with the build jobs replaced by one `{job: <matrix>, parallel: {matrix: [cells]}}` entry
 * where the first of them was (GitLab matches a cell by all of its variables).
 */
function cellNeeds(
  needs: readonly unknown[],
  rowOf: ReadonlyMap<string, Record<string, string>>,
  matrixName: string,
): unknown[] {
  const out: unknown[] = []
  const cellsNeeded: Record<string, string>[] = []
  for (const need of needs) {
    const row = rowOf.get(neededName(need) as string)
    if (row === undefined) {
      out.push(need)
      continue
    }
    if (cellsNeeded.length === 0) {
      const { job: _job, ...options } = isRecord(need) ? need : {}
      out.push({ job: matrixName, ...options, parallel: { matrix: cellsNeeded } })
    }
    cellsNeeded.push(row)
  }
  return out
}
