import { imageViews } from '../config/image-view.ts'
import type { Config } from '../config/schema.ts'
import type { JobSpec } from './job-spec.ts'
import { imageJobs } from './jobs.ts'
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
