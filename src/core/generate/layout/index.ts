import type { Layout } from '../../config/schema.ts'
import type { JobSpec } from '../job-spec.ts'
import { extendsLayout } from './extends.ts'
import { matrixLayout } from './matrix.ts'
import type { MatrixReason } from './reasons.ts'
import type { EmittedLayout, LayoutJob } from './types.ts'

export { IMAGE_VARIABLE, JOB_NAME_LIMIT } from './matrix.ts'
export { matrixCells, matrixObstacle } from './matrix-cells.ts'
export { MATRIX_REASONS, type MatrixReason, type MatrixReasonCode, matrixReasonMessage } from './reasons.ts'
export type { EmittedLayout, LayoutJob, MatrixCell } from './types.ts'

export interface LayoutResult {
  readonly jobs: JobSpec[]
  /** What was written: `auto` resolved, `matrix` fallen back to `extends` when it cannot be. */
  readonly layout: EmittedLayout
  /** Why a requested matrix is written as `extends`. */
  readonly reason?: MatrixReason
}

/**
 * `auto`: separate jobs for one image, a template with `extends` for two or more. Counted in images,
 * not build jobs, so a one-image config (multi-arch included) reads as it always did.
 */
export function resolveLayout(layout: Layout, images: number): Exclude<Layout, 'auto'> {
  if (layout !== 'auto') return layout
  return images >= 2 ? 'extends' : 'jobs'
}

export interface LayoutOptions {
  readonly templateName: string
  /** How many images the jobs are of (`auto` decides by it). */
  readonly images: number
  /** What the config already says against a matrix (matrixObstacle); the jobs are checked as well. */
  readonly obstacle?: MatrixReason | null
}

/** The jobs to write for the `jobs` layout's jobs in the requested layout. */
export function applyLayout(
  layout: Layout,
  jobs: readonly LayoutJob[],
  { templateName, images, obstacle = null }: LayoutOptions,
): LayoutResult {
  const resolved = resolveLayout(layout, images)
  if (resolved === 'jobs') return { jobs: jobs.map((job) => job.spec), layout: 'jobs' }
  if (resolved === 'matrix') {
    const matrix =
      obstacle === null ? matrixLayout(jobs, templateName) : { ok: false as const, reason: obstacle }
    if (matrix.ok) return { jobs: matrix.jobs, layout: 'matrix' }
    return { jobs: extendsLayout(jobs, templateName), layout: 'extends', reason: matrix.reason }
  }
  return { jobs: extendsLayout(jobs, templateName), layout: 'extends' }
}
