import { describe, expect, it } from 'vitest'
import { defaultConfig } from './defaults.ts'
import { salvageConfig } from './salvage.ts'
import { configSchema } from './schema.ts'

describe('salvageConfig', () => {
  it('returns a valid config unchanged, dropping nothing', () => {
    const raw = { proxy: { http: 'http://proxy:3128' } }
    const out = salvageConfig(configSchema, raw)
    expect(out.dropped).toEqual([])
    expect(out.value?.proxy.http).toBe('http://proxy:3128')
  })

  it('drops only the invalid fields and keeps their siblings', () => {
    const raw = {
      version: 2,
      pipeline: { stage: 'test' },
      images: [{ name: '.hidden' }],
      advanced: { pushRetry: -1, verbosity: 'info', bogus: 1 },
      cache: { ttl: 'soon', enabled: true },
    }
    const out = salvageConfig(configSchema, raw)
    expect(out.value).toMatchObject({
      pipeline: { stage: 'test' },
      images: [{ name: 'build' }],
      advanced: { pushRetry: 0, verbosity: 'info' },
      cache: { ttl: '', enabled: true },
    })
    expect([...out.dropped].sort()).toEqual([
      'advanced.bogus',
      'advanced.pushRetry',
      'cache.ttl',
      'images[0].name',
    ])
    expect(raw.images[0]?.name).toBe('.hidden') // the input is not modified
  })

  it('drops an array item whose required field is invalid, and keeps the other items', () => {
    const out = salvageConfig(configSchema, {
      version: 2,
      images: [
        {
          buildArgs: [
            { name: 'GOOD', value: '1' },
            { name: 'BAD=NAME', value: '2' },
          ],
        },
      ],
    })
    expect(out.value?.images[0]?.buildArgs).toEqual([{ name: 'GOOD', value: '1', fromEnvironment: false }])
    expect(out.dropped).toEqual(['images[0].buildArgs[1]'])
  })

  it('falls back to the default when an array would break its minimum', () => {
    const out = salvageConfig(configSchema, { version: 2, images: [] })
    expect(out.value?.images).toEqual(defaultConfig().images)
  })

  it('treats a non-object as nothing readable', () => {
    expect(salvageConfig(configSchema, [1, 2]).value).toEqual(defaultConfig())
    expect(salvageConfig(configSchema, [1, 2]).dropped).toEqual([''])
  })
})
