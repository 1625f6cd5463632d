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
      job: { name: '.hidden', stage: 'test' },
      advanced: { pushRetry: -1, verbosity: 'info', bogus: 1 },
      cache: { ttl: 'soon', enabled: true },
    }
    const out = salvageConfig(configSchema, raw)
    expect(out.value).toMatchObject({
      job: { name: 'build', stage: 'test' },
      advanced: { pushRetry: 0, verbosity: 'info' },
      cache: { ttl: '', enabled: true },
    })
    expect([...out.dropped].sort()).toEqual(['advanced.bogus', 'advanced.pushRetry', 'cache.ttl', 'job.name'])
    expect(raw.job.name).toBe('.hidden') // the input is not modified
  })

  it('drops an array item whose required field is invalid, and keeps the other items', () => {
    const out = salvageConfig(configSchema, {
      build: {
        buildArgs: [
          { name: 'GOOD', value: '1' },
          { name: 'BAD=NAME', value: '2' },
        ],
      },
    })
    expect(out.value?.build.buildArgs).toEqual([{ name: 'GOOD', value: '1', fromEnvironment: false }])
    expect(out.dropped).toEqual(['build.buildArgs[1]'])
  })

  it('falls back to the default when an array would break its minimum', () => {
    const out = salvageConfig(configSchema, { destinations: [{ repository: 'x', tags: [] }] })
    expect(out.value?.destinations).toEqual(defaultConfig().destinations)
  })

  it('treats a non-object as nothing readable', () => {
    expect(salvageConfig(configSchema, [1, 2]).value).toEqual(defaultConfig())
    expect(salvageConfig(configSchema, [1, 2]).dropped).toEqual([''])
  })
})
