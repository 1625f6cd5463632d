import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { presetConfig } from '../../core/config/presets.ts'
import { readSavedWithout, saveWork, WITHOUT_KEY } from './save-work.ts'
import { CONFIG_KEY, readStoredConfig } from './storage.ts'

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  }
}

describe('stored work', () => {
  it('reads back what was stored', () => {
    const storage = memory()
    saveWork(presetConfig('multi-arch'), storage)
    expect(readStoredConfig(storage)).toEqual(presetConfig('multi-arch'))
  })

  it('reads a partial config over the defaults (older pages stored less)', () => {
    const storage = memory({ [CONFIG_KEY]: JSON.stringify({ job: { name: 'x' } }) })
    expect(readStoredConfig(storage)).toEqual({
      ...defaultConfig(),
      job: { ...defaultConfig().job, name: 'x' },
    })
  })

  it('ignores what cannot be read, and storage that fails', () => {
    expect(readStoredConfig(memory())).toBeUndefined()
    expect(readStoredConfig(memory({ [CONFIG_KEY]: '{not json' }))).toBeUndefined()
    expect(readStoredConfig(memory({ [CONFIG_KEY]: JSON.stringify({ job: { name: '' } }) }))).toBeUndefined()
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(readStoredConfig(broken)).toBeUndefined()
    expect(() => saveWork(defaultConfig(), broken)).not.toThrow()
    expect(readSavedWithout(broken)).toEqual([])
  })
})

describe('saved work', () => {
  const withProxy = (http: string) => {
    const config = defaultConfig()
    return { ...config, proxy: { ...config.proxy, http } }
  }

  it('keeps no credential-like value, and notes the fields that lost one', () => {
    const storage = memory()
    saveWork(withProxy('http://alice:hunter2@proxy.example.com:3128'), storage)
    expect(storage.getItem(CONFIG_KEY)).not.toContain('hunter2')
    expect(readStoredConfig(storage)?.proxy.http).toBe('http://proxy.example.com:3128')
    expect(readSavedWithout(storage)).toEqual(['proxy.http'])
  })

  it('forgets the note when the work is saved again without credentials', () => {
    const storage = memory()
    saveWork(withProxy('http://alice:hunter2@proxy.example.com:3128'), storage)
    saveWork(withProxy('http://proxy.example.com:3128'), storage)
    expect(storage.getItem(WITHOUT_KEY)).toBeNull()
    expect(readStoredConfig(storage)).toEqual(withProxy('http://proxy.example.com:3128'))
  })

  it('reads only names from the note', () => {
    expect(readSavedWithout(memory({ [WITHOUT_KEY]: '["proxy.http",3,null]' }))).toEqual(['proxy.http'])
    expect(readSavedWithout(memory({ [WITHOUT_KEY]: '{"a":1}' }))).toEqual([])
    expect(readSavedWithout(memory({ [WITHOUT_KEY]: 'not json' }))).toEqual([])
  })
})
