import { type ImageView, imageView } from './image-view.ts'
import type { Config, Image } from './schema.ts'

/** Everything imageView reads besides the image itself: the same objects make the same view. */
const sharedParts = (config: Config, index: number): readonly unknown[] => [
  index,
  config.executor,
  config.pipeline,
  config.registries,
  config.proxy,
  config.certificates,
  config.cache,
  config.snapshot,
  config.advanced,
  config.output,
]

/**
 * `work` on an image's view, worked out again only when the view would differ: when the image or
 * one of the shared settings the view holds is another object than last time. A keystroke's config
 * keeps every part it did not change (the page's store keeps their identity), so typing into one
 * image redoes that image's work only. `work` must be a function of the view alone; what it returns
 * is shared between calls and must not be changed.
 */
export function perImage<R>(work: (view: ImageView) => R): (config: Config, index: number) => R {
  const done = new WeakMap<Image, { readonly parts: readonly unknown[]; readonly result: R }>()
  return (config, index) => {
    const image = config.images[index]
    if (!image) throw new RangeError(`no image ${index}`)
    const parts = sharedParts(config, index)
    const last = done.get(image)
    if (last?.parts.every((part, i) => part === parts[i])) return last.result
    const result = work(imageView(config, index))
    done.set(image, { parts, result })
    return result
  }
}
