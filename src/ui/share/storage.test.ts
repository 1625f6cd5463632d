import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { presetConfig } from '../../core/config/presets.ts'
import { CONFIG_KEY, readStoredConfig, storeConfig } from './storage.ts'

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  }
}

describe('stored work', () => {
  it('reads back what was stored', () => {
    const storage = memory()
    storeConfig(presetConfig('multi-arch'), storage)
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
    }
    expect(readStoredConfig(broken)).toBeUndefined()
    expect(() => storeConfig(defaultConfig(), broken)).not.toThrow()
  })
})
