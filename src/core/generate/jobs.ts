import type { ImageView } from '../config/image-view.ts'
import { buildJobName, kanikoJob } from './build-job.ts'
import type { JobSpec } from './job-spec.ts'
import { manifestJob } from './manifest-job.ts'
import { expandPlatformTemplate } from './platform-tags.ts'

export { buildJobName } from './build-job.ts'
export type { JobSpec } from './job-spec.ts'

/** The jobs of one image, in output order: its build job, or one per platform and the manifest job. */
export function imageJobs(config: ImageView): JobSpec[] {
  if (!config.multiArch.enabled) return [kanikoJob(config, config.job.name, '', config.job.runnerTags)]
  const builds = config.multiArch.platforms.map((p) =>
    kanikoJob(
      config,
      buildJobName(config, p.platform),
      expandPlatformTemplate(config.multiArch.tagSuffix, p.platform),
      p.runnerTags,
      p.platform,
    ),
  )
  return [...builds, manifestJob(config)]
}
