import type { ImageView } from '../../config/image-view.ts'
import { kanikoJob } from '../build-job.ts'
import { imageJobs } from '../jobs.ts'
import { matrixCell } from './matrix-cells.ts'
import type { LayoutJob } from './types.ts'

/**
 * Every image's jobs in the `jobs` layout, marked build or other; with `cells`, each single-platform
 * build job carries its matrix cell (a multi-arch image's build jobs never share a matrix).
 */
export function layoutJobs(views: readonly ImageView[], { cells }: { cells: boolean }): LayoutJob[] {
  return views.flatMap((view) =>
    imageJobs(view).map((spec): LayoutJob => {
      if (view.multiArch.enabled && spec.name === view.multiArch.manifestJobName)
        return { spec, role: 'other' }
      if (!cells || view.multiArch.enabled) return { spec, role: 'build' }
      const cell = matrixCell(view, (v) => kanikoJob(v, v.job.name, '', v.job.runnerTags))
      return { spec, role: 'build', cell }
    }),
  )
}
