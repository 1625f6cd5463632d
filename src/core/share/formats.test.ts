import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CONFIG_VERSION } from '../config/schema.ts'
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts'
import { DICTIONARY_V2_TEXT } from './dictionary-v2.ts'
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

  it('keeps the format-2 dictionary byte for byte (every format-2 link depends on it)', () => {
    expect(/^[\x20-\x7e]*$/.test(DICTIONARY_V2_TEXT)).toBe(true)
    expect(DICTIONARY_V2_TEXT.length).toBe(5894)
    expect(createHash('sha256').update(DICTIONARY_V2_TEXT).digest('hex')).toBe(
      '94b5d9d9103c3ce95fa9d6b03c268b950b4d932eee44877e5c45d2cda32eb0c2',
    )
  })

  it('reads format 1 as config version 1 and writes format 2, config version 2', () => {
    expect(LINK_FORMATS[1]?.configVersion).toBe(1)
    expect(LINK_FORMATS[2]?.configVersion).toBe(2)
    expect(CURRENT_LINK_VERSION).toBe(2)
  })

  it('gives each format its own dictionary: a payload of one format does not open as the other', () => {
    const json = '{"version":2,"images":[{"name":"api"}]}'
    const format1 = LINK_FORMATS[1]
    const format2 = LINK_FORMATS[2]
    if (!format1 || !format2) throw new Error('missing format')
    expect(format2.decodePayload(format2.encodePayload(json))).toEqual({ ok: true, text: json })
    expect(format1.decodePayload(format1.encodePayload(json))).toEqual({ ok: true, text: json })
    expect(format1.decodePayload(format2.encodePayload(json)).ok).toBe(false)
  })
})
