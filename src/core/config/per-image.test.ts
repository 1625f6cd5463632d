import { describe, expect, it } from 'vitest'
import { defaultConfig } from './defaults.ts'
import type { ImageView } from './image-view.ts'
import { perImage } from './per-image.ts'
import type { Config } from './schema.ts'

const twoImages = (): Config => {
  const config = defaultConfig()
  return {
    ...config,
    images: [config.images[0], { ...config.images[0], name: 'second' }] as Config['images'],
  }
}

describe('perImage', () => {
  it('works again only for an image whose view changed', () => {
    const seen: number[] = []
    const work = perImage((view: ImageView) => {
      seen.push(view.imageIndex)
      return `${view.job.name} ${view.executor.tag}`
    })
    const config = twoImages()
    const first = config.images[0]?.name
    expect([work(config, 0), work(config, 1)]).toEqual([
      `${first} ${config.executor.tag}`,
      `second ${config.executor.tag}`,
    ])
    expect(seen).toEqual([0, 1])
    // Image 1 edited: image 0 is the same object, its result is reused.
    const edited = {
      ...config,
      images: [config.images[0], { ...config.images[1], name: 'third' }] as Config['images'],
    }
    expect(work(edited, 0)).toBe(work(config, 0))
    expect(work(edited, 1)).toBe(`third ${config.executor.tag}`)
    expect(seen).toEqual([0, 1, 1])
    // A shared setting every view holds: both again.
    const shared = { ...edited, executor: { ...edited.executor, tag: 'v9' } }
    expect([work(shared, 0), work(shared, 1)]).toEqual([`${first} v9`, 'third v9'])
    expect(seen).toEqual([0, 1, 1, 0, 1])
  })

  it('does not take an image moved to another index for the one that was there', () => {
    const work = perImage((view: ImageView) => view.imageIndex)
    const config = twoImages()
    expect(work(config, 0)).toBe(0)
    const swapped = { ...config, images: [config.images[1], config.images[0]] as Config['images'] }
    expect(work(swapped, 1)).toBe(1)
  })
})
