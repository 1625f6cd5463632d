import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryConfigV2 } from '../../testing/arbitraries-v2.ts'
import { parseConfig } from '../config/parse.ts'
import { configSchema } from '../config/schema.ts'
import { findCredentialLikeValues, redactCredentials } from '../config/secrets.ts'
import { decodeShareFragment, encodeShareFragment } from './codec.ts'
import { linkJson } from './link-json.ts'
import { arbitraryConfig } from './test-support/arbitrary-config.ts'

describe('share link round trip (property)', () => {
  it('decode(encode(c)) is c with its credentials removed', () => {
    fc.assert(
      fc.property(arbitraryConfig, (config) => {
        expect(configSchema.safeParse(config).success).toBe(true)
        const { fragment, removed } = encodeShareFragment(config)
        const redacted = redactCredentials(config)
        expect(removed).toEqual(redacted.removed)
        const decoded = decodeShareFragment(fragment)
        if (!decoded.ok) throw new Error(`${decoded.error.code}: ${decoded.error.message}`)
        expect(decoded.config).toEqual(redacted.config)
        expect(findCredentialLikeValues(decoded.config)).toEqual([])
      }),
      { numRuns: 600 },
    )
  })

  it('decode(encode(c)) deep-equals c for version-2 configs with several images and hostile text', () => {
    fc.assert(
      fc.property(arbitraryConfigV2, (config) => {
        const { fragment, removed, tooLarge } = encodeShareFragment(config)
        expect(tooLarge).toBe(false)
        expect(fragment.startsWith('2.')).toBe(true)
        const decoded = decodeShareFragment(fragment)
        if (!decoded.ok) throw new Error(`${decoded.error.code}: ${decoded.error.message}`)
        expect(decoded).toMatchObject({ linkVersion: 2, fromVersion: 2, migrated: false })
        // Equal to c itself when nothing looked like a credential; else c without those values.
        if (removed.length === 0) expect(decoded.config).toEqual(config)
        else expect(decoded.config).toEqual(redactCredentials(config).config)
      }),
      { numRuns: 400 },
    )
  })

  it('linkJson leaves nothing out that parsing would not give back', () => {
    fc.assert(
      fc.property(arbitraryConfigV2, (config) => {
        const parsed = parseConfig(JSON.parse(JSON.stringify(linkJson(config))))
        expect(parsed.ok && parsed.config).toEqual(config)
      }),
      { numRuns: 400 },
    )
  })

  it('generates credential-bearing configs often enough to exercise redaction', () => {
    const sample = fc.sample(arbitraryConfig, { numRuns: 500, seed: 1 })
    const withSecrets = sample.filter((c) => findCredentialLikeValues(c).length > 0)
    expect(withSecrets.length).toBeGreaterThan(25)
  })
})
