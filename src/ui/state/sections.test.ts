import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { presetConfig } from '../../core/config/presets.ts'
import { en, type MessageKey } from '../../i18n/en.ts'
import { changedCount, SECTION_FIELDS, SECTION_IDS, sectionOfIssue } from './sections.ts'

/** Every leaf of the config: objects are walked, lists count as one field. */
function leaves(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

describe('form sections', () => {
  it('cover every config field exactly once (except version)', () => {
    const all = SECTION_IDS.flatMap((id) => SECTION_FIELDS[id])
    expect(new Set(all).size).toBe(all.length)
    expect([...all].sort()).toEqual(
      leaves(defaultConfig())
        .filter((p) => p !== 'version')
        .sort(),
    )
  })

  it('have a label for every field and a title for every section', () => {
    for (const id of SECTION_IDS) {
      expect(en).toHaveProperty(`section.${id}`)
      for (const field of SECTION_FIELDS[id])
        expect(en[`field.${field}.label` as MessageKey], field).toBeTruthy()
    }
  })

  it('count the fields changed from the defaults', () => {
    const defaults = defaultConfig()
    for (const id of SECTION_IDS) expect(changedCount(defaults, defaults, id)).toBe(0)
    const proxy = presetConfig('behind-proxy')
    expect(changedCount(proxy, defaults, 'proxy')).toBe(3)
    expect(changedCount(proxy, defaults, 'build')).toBe(0)
    const edited = { ...defaults, job: { ...defaults.job, name: 'image', triggers: [] } }
    expect(changedCount(edited, defaults, 'build')).toBe(1)
    expect(changedCount(edited, defaults, 'destinations')).toBe(1)
  })

  it('find the section of an issue path', () => {
    expect(sectionOfIssue('destinations[0].tags[1]')).toBe('destinations')
    expect(sectionOfIssue('build.buildArgs[2].name')).toBe('build')
    expect(sectionOfIssue('job.name')).toBe('build')
    expect(sectionOfIssue('snapshot.mode')).toBe('cache')
    expect(sectionOfIssue('')).toBeUndefined()
    expect(sectionOfIssue('build.contextual')).toBeUndefined()
  })
})
