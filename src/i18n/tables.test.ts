import { describe, expect, it } from 'vitest'
import { SHARE_ERROR_REASONS } from '../core/share/errors.ts'
import { checksEn } from './checks-en.ts'
import { checksJa } from './checks-ja.ts'
import { importEn } from './import-en.ts'
import { importJa } from './import-ja.ts'
import { schemaEn } from './schema-en.ts'
import { schemaJa } from './schema-ja.ts'
import { shareEn } from './share-en.ts'
import { shareJa } from './share-ja.ts'

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

// The messages that travel with the lazy share, diagnostics and import chunks.
for (const [name, en, ja] of [
  ['share', shareEn, shareJa],
  ['checks', checksEn, checksJa],
  ['schema', schemaEn, schemaJa],
  ['import', importEn, importJa],
] as const) {
  describe(`${name} messages`, () => {
    it('have the same keys and placeholders in both languages, none empty', () => {
      expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort())
      for (const [key, text] of Object.entries(en)) {
        const other = (ja as Record<string, string>)[key] ?? ''
        expect(placeholders(other), key).toEqual(placeholders(text))
        expect(text.trim(), key).not.toBe('')
        expect(other.trim(), key).not.toBe('')
      }
    })
  })
}

describe('share messages', () => {
  it('explain every reason a link can fail', () => {
    for (const reason of SHARE_ERROR_REASONS) expect(Object.keys(shareEn)).toContain(`link.reason.${reason}`)
  })

  it('warn about every kind of credential', () => {
    for (const kind of ['url-userinfo', 'private-key', 'token'])
      expect(Object.keys(shareEn)).toContain(`credential.${kind}`)
  })
})
