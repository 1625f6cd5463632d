import { describe, expect, it } from 'vitest'
import { because, IMPORT_REASONS, localizedReason, type ReasonCode } from './reasons.ts'

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/

/** Parameters for any reason: every name a text may use, each with a value no text holds by itself. */
const ANY_PARAMS = new Proxy({} as Record<string, string>, { get: (_, key) => `«${String(key)}»` })

describe('import reasons', () => {
  const codes = Object.keys(IMPORT_REASONS) as ReasonCode[]

  it.each(codes)('%s has an English and a Japanese text that use its parameters', (code) => {
    const text = localizedReason({ code, params: ANY_PARAMS })
    expect(text.en.trim()).not.toBe('')
    expect(text.ja).toMatch(JAPANESE)
    expect(text.en).not.toMatch(JAPANESE)
    // The same parameters appear in both languages: neither drops what the other shows.
    const used = (s: string) => [...new Set(s.match(/«\w+»/g) ?? [])].sort()
    expect(used(text.ja)).toEqual(used(text.en))
    expect(text.en).not.toMatch(/undefined|\[object/)
  })

  it('carries the code, the parameters and the English text', () => {
    expect(because('writes-file', { file: 'Dockerfile.probe' })).toEqual({
      code: 'writes-file',
      params: { file: 'Dockerfile.probe' },
      reason: 'writes the file `Dockerfile.probe` (the build may read it)',
    })
    expect(localizedReason(because('writes-file', { file: 'x' })).ja).toBe(
      'ファイル `x` を書いています（ビルドが読む可能性があります）',
    )
    expect(because('no-build-job')).toMatchObject({ code: 'no-build-job', params: {} })
  })
})
