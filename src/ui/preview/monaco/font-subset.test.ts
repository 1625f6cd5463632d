import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { codiconsUsed } from './codicon-plugin.ts'
import { characterGlyphs, keepCharacters } from './font-subset.ts'

const FONT = readFileSync(
  new URL(
    '../../../../node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.ttf',
    import.meta.url,
  ),
)

/** Independent reading of the parts the subset rewrites: table directory, loca offsets, glyph data. */
function read(font: Buffer) {
  const tables = new Map<string, { checksum: number; offset: number; length: number }>()
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const r = 12 + i * 16
    tables.set(font.toString('latin1', r, r + 4), {
      checksum: font.readUInt32BE(r + 4),
      offset: font.readUInt32BE(r + 8),
      length: font.readUInt32BE(r + 12),
    })
  }
  const get = (tag: string) => tables.get(tag) ?? { checksum: 0, offset: 0, length: 0 }
  const long = font.readInt16BE(get('head').offset + 50) === 1
  const loca = (g: number) =>
    long ? font.readUInt32BE(get('loca').offset + g * 4) : font.readUInt16BE(get('loca').offset + g * 2) * 2
  const glyph = (g: number) => font.subarray(get('glyf').offset + loca(g), get('glyf').offset + loca(g + 1))
  return { tables, get, glyph, glyphCount: font.readUInt16BE(get('maxp').offset + 4) }
}

const sum = (data: Buffer) => {
  let total = 0
  for (let i = 0; i < data.length; i += 4) {
    const word = Buffer.alloc(4)
    data.copy(word, 0, i, Math.min(i + 4, data.length))
    total = (total + word.readUInt32BE(0)) >>> 0
  }
  return total
}

const CHEVRON_DOWN = 0xeab4
const ADD = 0xea60

describe('keepCharacters', () => {
  const subset = keepCharacters(FONT, new Set([CHEVRON_DOWN]))
  const before = read(FONT)
  const after = read(subset)
  const glyphs = characterGlyphs(FONT)

  it('keeps the outlines of the kept characters byte for byte, and empties the others', () => {
    const kept = glyphs.get(CHEVRON_DOWN) as number
    const dropped = glyphs.get(ADD) as number
    expect(before.glyph(kept).length).toBeGreaterThan(0)
    expect(after.glyph(kept).subarray(0, before.glyph(kept).length)).toEqual(before.glyph(kept))
    expect(before.glyph(dropped).length).toBeGreaterThan(0)
    expect(after.glyph(dropped).length).toBe(0)
    expect(after.glyphCount).toBe(before.glyphCount)
    const nonEmpty = Array.from({ length: after.glyphCount }, (_, g) => after.glyph(g).length).filter(
      (n) => n > 0,
    )
    // The chevron, and .notdef (glyph 0) if the font draws one.
    expect(nonEmpty).toHaveLength(before.glyph(0).length > 0 ? 2 : 1)
    expect(subset.length).toBeLessThan(FONT.length / 5)
  })

  it('leaves the character map as it was', () => {
    expect(characterGlyphs(subset)).toEqual(glyphs)
  })

  it('writes a valid directory: table checksums and the whole-font checksum adjustment', () => {
    for (const [tag, t] of after.tables) {
      if (tag === 'head') continue
      expect(sum(subset.subarray(t.offset, t.offset + t.length)), tag).toBe(t.checksum)
      expect(t.offset % 4, tag).toBe(0)
    }
    expect(sum(subset)).toBe(0xb1b0afba)
    expect(subset.readUInt32BE(after.get('post').offset)).toBe(0x00030000)
  })
})

describe('codiconsUsed', () => {
  const library = [
    "export const codiconsLibrary = { add: register('add', 0xea60), chevronDown: register('chevron-down', 0xeab4), github: register('github', 0xea84), close: register('close', 0xea76) }",
    "export const Codicon = { dialogClose: register('dialog-close', 'close') }",
  ]

  it('finds Codicon.<name> references, codicon-<id> classes, $(<id>) labels and CSS content', () => {
    const used = codiconsUsed(
      [
        'registerIcon("x", Codicon.chevronDown)',
        'el.className = "codicon codicon-add"',
        'label: "$(dialog-close) Close"',
      ],
      ['.a::before { content: "\\ea84" }'],
      library,
    )
    expect([...used].sort()).toEqual([0xea60, 0xea76, 0xea84, 0xeab4])
  })

  it('finds nothing in code that shows no codicon', () => {
    expect(codiconsUsed(['const a = 1'], [], library).size).toBe(0)
  })
})
