import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { encodeShareFragment } from '../../core/share/codec.ts'
import { DEFAULTS } from '../state/defaults.ts'
import { changedCount, SECTION_IDS } from '../state/sections.ts'
import { pageStart, plainVisit } from './start.ts'
import { CONFIG_KEY, type Storage } from './storage.ts'

function memory(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  }
}

const saved = JSON.stringify({
  ...defaultConfig(),
  images: [{ ...defaultConfig().images[0], name: 'saved' }],
})
const link = `#${encodeShareFragment(defaultConfig()).fragment}`

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('plainVisit', () => {
  it('is a visit without a link and without saved work', () => {
    expect(plainVisit('', memory())).toBe(true)
    expect(plainVisit('#', memory())).toBe(true)
    expect(plainVisit('#preview', memory())).toBe(true)
    expect(plainVisit(link, memory())).toBe(false)
    expect(plainVisit('', memory({ [CONFIG_KEY]: saved }))).toBe(false)
    expect(plainVisit('', undefined)).toBe(true)
    const refusing: Storage = {
      ...memory(),
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(plainVisit('', refusing)).toBe(true)
  })

  it.each([
    ['', {}],
    ['#preview', {}],
    [link, {}],
    ['', { [CONFIG_KEY]: saved }],
    [link, { [CONFIG_KEY]: saved }],
  ])('holds only when the first render is the default page (hash %j, storage %j)', async (hash, stored) => {
    vi.stubGlobal('window', { localStorage: memory(stored) })
    const start = await pageStart(hash)
    const isDefault = start.share === null && start.notice === null && !start.ownWork
    expect(plainVisit(hash)).toBe(isDefault)
  })
})

describe('pageStart', () => {
  it('starts a first visit from the shared defaults, which the section counts compare by identity', async () => {
    vi.stubGlobal('window', { localStorage: memory() })
    const start = await pageStart('')
    expect(start.config).toBe(DEFAULTS)
    expect(start.ownWork).toBe(false)
    expect(SECTION_IDS.map((id) => changedCount(start.config, DEFAULTS, id))).toEqual(
      SECTION_IDS.map(() => 0),
    )
  })

  it('starts from saved work when there is some', async () => {
    vi.stubGlobal('window', { localStorage: memory({ [CONFIG_KEY]: saved }) })
    const start = await pageStart('')
    expect(start.config.images[0]?.name).toBe('saved')
    expect(start.ownWork).toBe(true)
  })
})
