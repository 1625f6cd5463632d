import { describe, expect, it } from 'vitest'
import { imageView } from '../../config/image-view.ts'
import type { ConfigInputV1 } from '../../config/migrate-v1.ts'
import { parseConfigOrThrow } from '../../config/parse.ts'
import { parseExtraFlags } from './args.ts'
import { appliesTo, relaxed } from './transport.ts'

const read = (advanced: NonNullable<ConfigInputV1['advanced']>, kind: 'tls' | 'http') => {
  const config = imageView(parseConfigOrThrow({ advanced }), 0)
  return relaxed(config, parseExtraFlags(config.advanced.extraFlags), kind)
}

describe('relaxed', () => {
  it('reads the switches and lists of the form', () => {
    const http = read({ insecure: true, insecureRegistries: ['Registry.Example.com:5000'] }, 'http')
    expect([http.push, http.pull]).toEqual([true, false])
    expect([...http.hosts]).toEqual(['registry.example.com:5000'])
    expect(http.listed).toEqual([
      { host: 'Registry.Example.com:5000', field: 'advanced.insecureRegistries[0]' },
    ])
  })

  it('reads extra flags: alone, =true, =false, and a list value in the next entry', () => {
    const tls = read(
      {
        extraFlags: [
          '--skip-tls-verify=false',
          '--skip-tls-verify-pull',
          '--skip-tls-verify-registry',
          'a.io',
        ],
      },
      'tls',
    )
    expect([tls.push, tls.pull]).toEqual([false, true])
    expect(tls.listed).toEqual([{ host: 'a.io', field: 'advanced.extraFlags[2]' }])
    expect(read({ extraFlags: ['--skip-tls-verify'] }, 'http').push).toBe(false)
  })

  it('applies a switch to its direction only, a listed host both ways', () => {
    const http = read({ insecurePull: true, insecureRegistries: ['b.io'] }, 'http')
    expect(appliesTo(http, 'a.io', 'pull')).toBe(true)
    expect(appliesTo(http, 'a.io', 'push')).toBe(false)
    expect(appliesTo(http, 'b.io', 'push')).toBe(true)
  })
})
