import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { presetConfig } from '../../core/config/presets.ts'
import type { Config } from '../../core/config/schema.ts'
import { en, type MessageKey } from '../../i18n/en.ts'
import { setIn } from './paths.ts'
import { changedCount, IMAGE_FIELDS, SECTION_FIELDS, SECTION_IDS, sectionOfIssue } from './sections.ts'

/** Every leaf of the config: objects are walked, lists count as one field. */
function leaves(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

const image = defaultConfig().images[0] as Config['images'][number]
const withImages = (config: Config, ...images: Partial<Config['images'][number]>[]): Config => ({
  ...config,
  images: images.map((i) => ({ ...image, ...i })),
})

describe('form sections', () => {
  it('cover every config field exactly once (except version), and every field of an image', () => {
    const all = SECTION_IDS.flatMap((id) => SECTION_FIELDS[id])
    expect(new Set(all).size).toBe(all.length)
    expect([...all].sort()).toEqual(
      leaves(defaultConfig())
        .filter((p) => p !== 'version')
        .sort(),
    )
    expect(new Set(IMAGE_FIELDS).size).toBe(IMAGE_FIELDS.length)
    expect([...IMAGE_FIELDS].sort()).toEqual(leaves(image).sort())
  })

  it('have a label for every field and a title for every section', () => {
    for (const id of SECTION_IDS) {
      expect(en).toHaveProperty(`section.${id}`)
      for (const field of SECTION_FIELDS[id])
        expect(en[`field.${field}.label` as MessageKey], field).toBeTruthy()
    }
    for (const field of IMAGE_FIELDS)
      expect(en[`field.images.${field}.label` as MessageKey], field).toBeTruthy()
  })

  it('count the fields changed from the defaults, image by image', () => {
    const defaults = defaultConfig()
    for (const id of SECTION_IDS) expect(changedCount(defaults, defaults, id)).toBe(0)
    const proxy = presetConfig('behind-proxy')
    expect(changedCount(proxy, defaults, 'proxy')).toBe(3)
    expect(changedCount(proxy, defaults, 'images')).toBe(0)
    const edited = {
      ...withImages(defaults, { name: 'image' }),
      pipeline: { ...defaults.pipeline, triggers: { ...defaults.pipeline.triggers, on: [] } },
    }
    expect(changedCount(edited, defaults, 'images')).toBe(1)
    expect(changedCount(edited, defaults, 'pipeline')).toBe(1)
    // Two fields of the first image, one of the second, and a third image that only exists.
    const three = withImages(defaults, { name: 'api', context: 'api' }, { name: 'web' }, {})
    expect(changedCount(three, defaults, 'images')).toBe(2 + 1 + 1)
  })

  it('find the section of an issue path', () => {
    expect(sectionOfIssue('images[0].destinations[0].tags[1]')).toBe('images')
    expect(sectionOfIssue('images[2].buildArgs[2].name')).toBe('images')
    expect(sectionOfIssue('images')).toBe('images')
    expect(sectionOfIssue('pipeline.stage')).toBe('pipeline')
    expect(sectionOfIssue('pipeline.triggers.on')).toBe('pipeline')
    expect(sectionOfIssue('release.toTags[0]')).toBe('pipeline')
    expect(sectionOfIssue('registries.dockerAuthConfig.variable')).toBe('registries')
    expect(sectionOfIssue('certificates.more[1].value')).toBe('certificates')
    expect(sectionOfIssue('snapshot.mode')).toBe('cache')
    expect(sectionOfIssue('')).toBeUndefined()
    expect(sectionOfIssue('imagesX')).toBeUndefined()
    expect(sectionOfIssue('job.name')).toBeUndefined()
  })
})

describe('changedCount while typing', () => {
  it('counts a keystroke’s draft as it counts the same draft built from scratch', () => {
    const defaults = defaultConfig()
    let draft = defaultConfig()
    const edits: [(string | number)[], unknown][] = [
      [['images', 0, 'context'], '/src'],
      [['images'], [...draft.images, { ...draft.images[0], name: 'second' }]],
      [['images', 1, 'dockerfile'], 'Dockerfile.two'],
      [['images', 1, 'dockerfile'], draft.images[0]?.dockerfile],
      [['cache', 'enabled'], true],
      [['release', 'enabled'], true],
      [['images', 0, 'context'], draft.images[0]?.context],
    ]
    for (const [path, value] of edits) {
      draft = setIn(draft, path, value)
      for (const id of SECTION_IDS)
        expect(changedCount(draft, defaults, id), `${id} after ${path.join('.')}`).toBe(
          changedCount(structuredClone(draft), defaults, id),
        )
    }
    expect(changedCount(draft, defaults, 'images')).toBe(1)
    expect(changedCount(draft, defaults, 'pipeline')).toBe(1)
  })
})
