import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { configSchema } from '../config/schema.ts'
import { findCredentialLikeValues, redactCredentials } from '../config/secrets.ts'
import { decodeShareFragment, encodeShareFragment } from './codec.ts'
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
      { numRuns: 1000 },
    )
  })

  it('generates credential-bearing configs often enough to exercise redaction', () => {
    const sample = fc.sample(arbitraryConfig, { numRuns: 500, seed: 1 })
    const withSecrets = sample.filter((c) => findCredentialLikeValues(c).length > 0)
    expect(withSecrets.length).toBeGreaterThan(25)
  })
})
