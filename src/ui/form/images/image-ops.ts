import { platformSlug } from '../../../core/catalog/platforms.ts'
import type { Config, Image } from '../../../core/config/schema.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { moveItem, removeItem } from '../list-ops.ts'

/** Every job name the pipeline already uses: build jobs (per platform too), manifest and release jobs. */
export function takenJobNames(config: Pick<Config, 'images' | 'release'>): Set<string> {
  const names = new Set<string>()
  for (const image of config.images) {
    names.add(image.name)
    if (image.multiArch.enabled) {
      for (const p of image.multiArch.platforms) names.add(`${image.name}-${platformSlug(p.platform)}`)
      names.add(image.multiArch.manifestJobName)
    }
  }
  if (config.release.enabled) names.add(config.release.jobName)
  return names
}

/** `base`, else `base-2`, `base-3`…: the first not in `taken`. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  const stem = base.replace(/-\d+$/, '')
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`
}

/**
 * A new image for the end of the list: the defaults under a job name of its own, pushing to a
 * repository of its own (two images pushing the same destination overwrite each other).
 */
export function newImage(config: Pick<Config, 'images' | 'release'>): Image {
  const base = DEFAULTS.images[0] as Image
  const name = uniqueName(base.name, takenJobNames(config))
  return {
    ...structuredClone(base),
    name,
    destinations: base.destinations.map((d) => ({ ...d, repository: `${d.repository}/${name}` })),
  }
}

/** A copy of image `index` right after it, with a job name (and manifest job name) of its own. */
export function duplicateImage(config: Pick<Config, 'images' | 'release'>, index: number): Image[] {
  const source = config.images[index]
  if (!source) return [...config.images]
  const taken = takenJobNames(config)
  const copy: Image = structuredClone(source)
  copy.name = uniqueName(source.name, taken)
  taken.add(copy.name)
  if (copy.multiArch.enabled)
    copy.multiArch.manifestJobName = uniqueName(source.multiArch.manifestJobName, taken)
  return [...config.images.slice(0, index + 1), copy, ...config.images.slice(index + 1)]
}

/** The list without image `index`; the last image is never removed (a config has at least one). */
export function removeImage(images: readonly Image[], index: number): Image[] {
  return images.length <= 1 ? [...images] : removeItem(images, index)
}

export const moveImage = (images: readonly Image[], from: number, to: number): Image[] =>
  moveItem(images, from, to)
