import type { ImageView } from '../../config/image-view.ts'
import { perImage } from '../../config/per-image.ts'
import type { Config } from '../../config/schema.ts'
import { kanikoJob } from '../build-job.ts'
import { imageJobs } from '../jobs.ts'
import { matrixCells } from './matrix-cells.ts'
import type { LayoutJob } from './types.ts'

/** The `jobs` layout's build job for a (rebuilt) view: no platform suffix, the tags carry it. */
const buildJob = (view: ImageView, name: string, runnerTags: readonly string[]) =>
  kanikoJob(view, name, '', runnerTags)

/** One image's jobs in the `jobs` layout (see layoutJobs). */
function viewLayoutJobs(view: ImageView, cells: boolean): LayoutJob[] {
  const viewCells = cells ? matrixCells(view, buildJob) : []
  return imageJobs(view).map((spec, i): LayoutJob => {
    if (view.multiArch.enabled && spec.name === view.multiArch.manifestJobName) return { spec, role: 'other' }
    const cell = viewCells[i]
    return cell === undefined ? { spec, role: 'build' } : { spec, role: 'build', cell }
  })
}

/**
 * Every image's jobs in the `jobs` layout, marked build or other (a multi-arch image's manifest job);
 * with `cells`, each build job carries its matrix cell.
 */
export function layoutJobs(views: readonly ImageView[], { cells }: { cells: boolean }): LayoutJob[] {
  return views.flatMap((view) => viewLayoutJobs(view, cells))
}

// An image's jobs depend on its view alone: typing into one image builds that image's jobs only.
const jobsOfImage = perImage((view) => viewLayoutJobs(view, false))
const jobsOfImageWithCells = perImage((view) => viewLayoutJobs(view, true))

/** layoutJobs of every image of the config, each image's reused while its view is unchanged. */
export function configLayoutJobs(config: Config, { cells }: { cells: boolean }): LayoutJob[] {
  const jobsOf = cells ? jobsOfImageWithCells : jobsOfImage
  return config.images.flatMap((_, index) => jobsOf(config, index))
}
