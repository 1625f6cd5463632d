import { imageViews } from '../config/image-view.ts'
import type { Config } from '../config/schema.ts'
import type { JobSpec } from './job-spec.ts'
import { imageJobs } from './jobs.ts'

/** Every job of the pipeline, in output order: each image's jobs, in the order of the images. */
export function pipelineJobs(config: Config): JobSpec[] {
  return imageViews(config).flatMap(imageJobs)
}
