import { imageViews } from '../config/image-view.ts'
import type { Config } from '../config/schema.ts'
import type { JobSpec } from './job-spec.ts'
import { imageJobs } from './jobs.ts'
import { applyLayout, type LayoutResult, matrixObstacle } from './layout/index.ts'
import { configLayoutJobs } from './layout/layout-jobs.ts'

import { releaseJob } from './release-job.ts'

/**
 * Every job of the pipeline, in output order: each image's jobs, in the order of the images, then
 * the release job.
 */
export function pipelineJobs(config: Config): JobSpec[] {
  const release = releaseJob(config)
  return [...imageViews(config).flatMap(imageJobs), ...(release ? [release] : [])]
}

/** `stages:`: the build stage, then the release job's when it has a stage of its own. */
export function pipelineStages(config: Config): string[] {
  const { stage } = config.pipeline
  const release = config.release.enabled && config.release.stage !== stage ? [config.release.stage] : []
  return [stage, ...release]
}

/**
 * The jobs to write in the config's layout (`pipeline.layout`, `auto` resolved), with the layout
 * written and, when a matrix was asked for and cannot be, why (the jobs are then written with `extends`).
 */
export function pipelineLayout(config: Config): LayoutResult {
  const { layout, templateName } = config.pipeline
  const matrix = layout === 'matrix'
  // The release job takes no part in the build jobs' template or matrix, but its needs follow the
  // build jobs into a matrix (a job name becomes the matrix job and its cell).
  const release = releaseJob(config)
  const jobs = [
    ...configLayoutJobs(config, { cells: matrix }),
    ...(release ? [{ spec: release, role: 'other' as const }] : []),
  ]
  return applyLayout(layout, jobs, {
    templateName,
    images: config.images.length,
    obstacle: matrix ? matrixObstacle(imageViews(config)) : null,
  })
}
