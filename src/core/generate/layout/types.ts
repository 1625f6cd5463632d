import type { JobSpec } from '../job-spec.ts'

/** A layout the generator writes; `auto` in the config resolves to `jobs` or `extends` (layout-choice.ts). */
export type EmittedLayout = 'jobs' | 'extends' | 'matrix'

/**
 * A job of the `jobs` layout, as the layouts take it. Build jobs (kaniko) take part in `extends` and
 * `matrix`; every other job (manifest, release) is written as it is.
 */
export interface LayoutJob {
  readonly spec: JobSpec
  readonly role: 'build' | 'other'
  /** Build jobs: the same job with its per-image values read from matrix variables (matrix-cells.ts). */
  readonly cell?: MatrixCell
}

/**
 * One cell of a `parallel: matrix`: the variables (as written under `variables:`, GitLab expands
 * them) and the job rebuilt with references to them in place of the values. A cell holds every
 * variable the matrix may vary; the ones equal in every cell are written into the job instead.
 */
export interface MatrixCell {
  /** Names the cell (`KC_IMAGE`) and may vary, in matrix order. */
  readonly variables: Readonly<Record<string, string>>
  /** Variables that stay in the matrix even when every cell has the same value (platform-suffixed tags). */
  readonly fixed: readonly string[]
  /** The variables each value refers to (`$NAME`), by matrix variable. */
  readonly references?: Readonly<Record<string, readonly string[]>>
  /** The job with `"${KC_…}"` in place of the values of the given variables. */
  readonly withReferences: (names: ReadonlySet<string>) => JobSpec
}
