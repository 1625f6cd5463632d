import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../../core/config/defaults.ts'
import { parseConfig } from '../../../core/config/parse.ts'
import type { Config, Image } from '../../../core/config/schema.ts'
import { duplicateImage, moveImage, newImage, removeImage, takenJobNames, uniqueName } from './image-ops.ts'

const base = defaultConfig()
const first = base.images[0] as Image
const withImages = (...images: Partial<Image>[]): Config => ({
  ...base,
  images: images.map((i) => ({ ...first, ...i })),
})

describe('image list edits', () => {
  it('names a new image after the first free suffix, and gives it a repository of its own', () => {
    expect(uniqueName('build', new Set(['build']))).toBe('build-2')
    expect(uniqueName('build-2', new Set(['build', 'build-2', 'build-3']))).toBe('build-4')
    expect(uniqueName('api', new Set(['build']))).toBe('api')
    const added = newImage(withImages({}, { name: 'build-2' }))
    expect(added.name).toBe('build-3')
    expect(added.destinations).toEqual([
      { repository: '${CI_REGISTRY_IMAGE}/build-3', tags: ['${CI_COMMIT_TAG}'], when: 'always' },
    ])
    // The result is a valid config, which the page can generate at once.
    expect(parseConfig({ ...base, images: [...base.images, added] }).ok).toBe(true)
  })

  it('counts the per-platform, manifest and release job names as taken', () => {
    const config = withImages({
      name: 'app',
      multiArch: { ...first.multiArch, enabled: true, manifestJobName: 'manifest' },
    })
    const taken = takenJobNames({ ...config, release: { ...config.release, enabled: true } })
    expect([...taken].sort()).toEqual(['app', 'app-amd64', 'app-arm64', 'manifest', 'release'])
  })

  it('duplicates an image right after itself, with job names of its own', () => {
    const config = withImages(
      { name: 'api', multiArch: { ...first.multiArch, enabled: true } },
      { name: 'web' },
    )
    const images = duplicateImage(config, 0)
    expect(images.map((i) => i.name)).toEqual(['api', 'api-2', 'web'])
    expect(images[1]?.multiArch.manifestJobName).toBe('manifest-2')
    expect(images[1]?.destinations).toEqual(images[0]?.destinations)
    // A copy, not the same object: editing one image leaves the other alone.
    expect(images[1]?.buildArgs).not.toBe(images[0]?.buildArgs)
    expect(parseConfig({ ...config, images }).ok).toBe(true)
  })

  it('moves and removes images, never the last one', () => {
    const config = withImages({ name: 'a' }, { name: 'b' }, { name: 'c' })
    expect(moveImage(config.images, 2, 0).map((i) => i.name)).toEqual(['c', 'a', 'b'])
    expect(removeImage(config.images, 1).map((i) => i.name)).toEqual(['a', 'c'])
    expect(removeImage([first], 0)).toEqual([first])
  })
})
