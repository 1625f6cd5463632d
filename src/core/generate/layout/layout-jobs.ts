import { type ImageView, imageViews } from '../../config/image-view.ts'
import type { Config } from '../../config/schema.ts'
import { kanikoJob } from '../build-job.ts'
import { pipelineJobs } from '../jobs.ts'
import { matrixCell, matrixObstacle } from './matrix-cells.ts'
import type { MatrixReason } from './reasons.ts'
import type { LayoutJob } from './types.ts'

// Until the generators take an ImageView (the v2 switch), they read a view as the v1 config it mirrors.
type V1Config = Parameters<typeof pipelineJobs>[0]
const asV1 = (view: ImageView) => view as unknown as V1Config

/** Every image's jobs in the `jobs` layout, build jobs with their matrix cell, and what stands against a matrix. */
export function layoutJobs(config: Config): { jobs: LayoutJob[]; obstacle: MatrixReason | null } {
  const views = imageViews(config)
  const jobs = views.flatMap((view) =>
    pipelineJobs(asV1(view)).map((spec): LayoutJob => {
      if (view.multiArch.enabled && spec.name === view.multiArch.manifestJobName)
        return { spec, role: 'other' }
      const cell = view.multiArch.enabled
        ? undefined
        : matrixCell(view, (v) => kanikoJob(asV1(v), v.job.name, '', v.job.runnerTags))
      return cell === undefined ? { spec, role: 'build' } : { spec, role: 'build', cell }
    }),
  )
  return { jobs, obstacle: matrixObstacle(views) }
}
