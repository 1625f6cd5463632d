import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CONFIG_VERSION } from '../config/schema.ts'
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts'
import { CURRENT_LINK_VERSION, LINK_FORMATS } from './formats.ts'

describe('link formats', () => {
  it('writes new links in a format whose config version is the current one', () => {
    // Links leave `version` out; the link version must say which config version they hold.
    expect(LINK_FORMATS[CURRENT_LINK_VERSION]?.configVersion).toBe(CONFIG_VERSION)
  })

  it('has every format from 1 to the current one, numbered by its key', () => {
    for (let v = 1; v <= CURRENT_LINK_VERSION; v++) expect(LINK_FORMATS[v]?.version).toBe(v)
    expect(Object.keys(LINK_FORMATS).map(Number)).toHaveLength(CURRENT_LINK_VERSION)
  })

  it('keeps the format-1 dictionary byte for byte (every format-1 link depends on it)', () => {
    expect(/^[\x20-\x7e]*$/.test(DICTIONARY_V1_TEXT)).toBe(true)
    expect(DICTIONARY_V1_TEXT.length).toBe(3516)
    expect(createHash('sha256').update(DICTIONARY_V1_TEXT).digest('hex')).toBe(
      'e19c9b404ae59468fb6379f331560e74c7dd62fec37f74c838485c2e5aaf8997',
    )
  })
})
