import { imageViews } from '../config/image-view.ts'
import type { Config } from '../config/schema.ts'
import type { JobSpec } from './job-spec.ts'
import { imageJobs } from './jobs.ts'
import { applyLayout, type LayoutResult, matrixObstacle } from './layout/index.ts'
import { layoutJobs } from './layout/layout-jobs.ts'

/** Every job of the pipeline in the `jobs` layout, in output order: each image's jobs, in the order of the images. */
export function pipelineJobs(config: Config): JobSpec[] {
  return imageViews(config).flatMap(imageJobs)
}

/**
 * The jobs to write in the config's layout (`pipeline.layout`, `auto` resolved), with the layout
 * written and, when a matrix was asked for and cannot be, why (the jobs are then written with `extends`).
 */
export function pipelineLayout(config: Config): LayoutResult {
  const { layout, templateName } = config.pipeline
  const views = imageViews(config)
  const matrix = layout === 'matrix'
  const jobs = layoutJobs(views, { cells: matrix })
  return applyLayout(layout, jobs, {
    templateName,
    images: views.length,
    obstacle: matrix ? matrixObstacle(views) : null,
  })
}
