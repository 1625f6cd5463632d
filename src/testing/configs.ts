import type { Config, Image } from '../core/config/schema.ts'

/** The first image of a config (every config has one). */
export function firstImage(config: Config): Image {
  const image = config.images[0]
  if (!image) throw new Error('a config always has an image')
  return image
}

/** The config with its first image changed by `patch`. */
export function withFirstImage(config: Config, patch: Partial<Image>): Config {
  return { ...config, images: [{ ...firstImage(config), ...patch }, ...config.images.slice(1)] }
}
