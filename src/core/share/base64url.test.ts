import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeBase64url, encodeBase64url } from './base64url.ts'

describe('base64url', () => {
  it('matches Node’s encoder for every length up to 64 and round-trips', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = randomBytes(n)
      const text = encodeBase64url(bytes)
      expect(text).toBe(bytes.toString('base64url'))
      expect(decodeBase64url(text)).toEqual({ ok: true, bytes: new Uint8Array(bytes) })
    }
  })

  it('ignores a dangling last character and trailing padding', () => {
    expect(decodeBase64url('AAEC' + 'A')).toEqual({ ok: true, bytes: new Uint8Array([0, 1, 2]) })
    expect(decodeBase64url('AAE=')).toEqual({ ok: true, bytes: new Uint8Array([0, 1]) })
  })

  it('reports the first character outside the alphabet, with the bytes before it', () => {
    expect(decodeBase64url('AAEC+AAA')).toEqual({ ok: false, at: 4, bytes: new Uint8Array([0, 1, 2]) })
    expect(decodeBase64url('AA/')).toMatchObject({ ok: false, at: 2 })
    expect(decodeBase64url('é')).toMatchObject({ ok: false, at: 0 })
  })
})
