/**
 * Keeps the outlines of only some characters of a TrueType font: every other glyph becomes empty
 * (zero-length in `glyf`/`loca`), and the glyph names (`post` format 2) are dropped (format 3). The
 * character map, metrics and glyph ids stay as they are, so nothing that refers to them changes; a
 * character whose glyph was emptied simply draws nothing. Used at build time on Monaco's codicon
 * font (no font tool is a dependency of this project; this is all the subsetting it needs).
 */

interface Table {
  readonly tag: string
  readonly offset: number
  readonly length: number
}

function tables(font: Buffer): Map<string, Table> {
  const count = font.readUInt16BE(4)
  const result = new Map<string, Table>()
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16
    const tag = font.toString('latin1', record, record + 4)
    result.set(tag, { tag, offset: font.readUInt32BE(record + 8), length: font.readUInt32BE(record + 12) })
  }
  return result
}

function table(all: Map<string, Table>, tag: string): Table {
  const found = all.get(tag)
  if (!found) throw new Error(`font has no ${tag} table`)
  return found
}

/** Glyph id of each character, from the Windows Unicode BMP cmap (format 4). */
export function characterGlyphs(font: Buffer): Map<number, number> {
  const cmap = table(tables(font), 'cmap').offset
  const count = font.readUInt16BE(cmap + 2)
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8
    const sub = cmap + font.readUInt32BE(record + 4)
    if (
      font.readUInt16BE(record) !== 3 ||
      font.readUInt16BE(record + 2) !== 1 ||
      font.readUInt16BE(sub) !== 4
    )
      continue
    const segments = font.readUInt16BE(sub + 6) / 2
    const ends = sub + 14
    const starts = ends + segments * 2 + 2
    const deltas = starts + segments * 2
    const rangeOffsets = deltas + segments * 2
    const map = new Map<number, number>()
    for (let s = 0; s < segments; s++) {
      const end = font.readUInt16BE(ends + s * 2)
      const start = font.readUInt16BE(starts + s * 2)
      const delta = font.readInt16BE(deltas + s * 2)
      const rangeAt = rangeOffsets + s * 2
      const range = font.readUInt16BE(rangeAt)
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number
        if (range === 0) glyph = (c + delta) & 0xffff
        else {
          const raw = font.readUInt16BE(rangeAt + range + (c - start) * 2)
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
        }
        if (glyph !== 0) map.set(c, glyph)
      }
    }
    return map
  }
  throw new Error('font has no format 4 Unicode cmap')
}

function checksum(data: Buffer): number {
  let sum = 0
  for (let i = 0; i < data.length; i += 4) {
    const word =
      ((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0)
    sum = (sum + (word >>> 0)) >>> 0
  }
  return sum
}

const pad4 = (n: number) => (n + 3) & ~3

/** The font with only the outlines of `characters` (and glyph 0, .notdef) kept. */
export function keepCharacters(input: Uint8Array, characters: ReadonlySet<number>): Buffer {
  const font = Buffer.from(input)
  const all = tables(font)
  const head = table(all, 'head')
  const glyf = table(all, 'glyf')
  const loca = table(all, 'loca')
  const glyphCount = font.readUInt16BE(table(all, 'maxp').offset + 4)
  const longLoca = font.readInt16BE(head.offset + 50) === 1
  const location = (glyph: number) =>
    longLoca ? font.readUInt32BE(loca.offset + glyph * 4) : font.readUInt16BE(loca.offset + glyph * 2) * 2

  const keep = new Set<number>([0])
  const glyphs = characterGlyphs(font)
  for (const character of characters) {
    const glyph = glyphs.get(character)
    if (glyph !== undefined) keep.add(glyph)
  }
  // A composite glyph draws other glyphs: keep those too.
  for (const glyph of [...keep]) {
    const start = glyf.offset + location(glyph)
    if (location(glyph + 1) === location(glyph) || font.readInt16BE(start) >= 0) continue
    let at = start + 10
    for (;;) {
      const flags = font.readUInt16BE(at)
      keep.add(font.readUInt16BE(at + 2))
      at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0)
      if (!(flags & 0x0020)) break
    }
  }

  const outlines: Buffer[] = []
  const offsets: number[] = []
  let size = 0
  for (let glyph = 0; glyph < glyphCount; glyph++) {
    offsets.push(size)
    if (!keep.has(glyph)) continue
    const data = font.subarray(glyf.offset + location(glyph), glyf.offset + location(glyph + 1))
    const padded = Buffer.alloc(pad4(data.length))
    data.copy(padded)
    outlines.push(padded)
    size += padded.length
  }
  offsets.push(size)
  const newLoca = Buffer.alloc(offsets.length * 4)
  offsets.forEach((offset, i) => {
    newLoca.writeUInt32BE(offset, i * 4)
  })

  const newHead = Buffer.from(font.subarray(head.offset, head.offset + head.length))
  newHead.writeUInt32BE(0, 8) // checkSumAdjustment, set below
  newHead.writeInt16BE(1, 50) // long loca offsets
  const post = table(all, 'post')
  const newPost = Buffer.from(font.subarray(post.offset, post.offset + 32))
  newPost.writeUInt32BE(0x00030000, 0) // format 3: no glyph names

  const replaced = new Map<string, Buffer>([
    ['glyf', Buffer.concat(outlines)],
    ['loca', newLoca],
    ['head', newHead],
    ['post', newPost],
  ])
  const ordered = [...all.values()].sort((a, b) => (a.tag < b.tag ? -1 : 1))
  const bodies = ordered.map((t) => replaced.get(t.tag) ?? font.subarray(t.offset, t.offset + t.length))
  const directory = Buffer.alloc(12 + ordered.length * 16)
  font.copy(directory, 0, 0, 12)
  let offset = directory.length
  ordered.forEach((t, i) => {
    const body = bodies[i] as Buffer
    const record = 12 + i * 16
    directory.write(t.tag, record, 'latin1')
    directory.writeUInt32BE(checksum(body), record + 4)
    directory.writeUInt32BE(offset, record + 8)
    directory.writeUInt32BE(body.length, record + 12)
    offset += pad4(body.length)
  })
  const out = Buffer.concat([
    directory,
    ...bodies.map((body) => Buffer.concat([body, Buffer.alloc(pad4(body.length) - body.length)])),
  ])
  const headAt = directory.readUInt32BE(12 + ordered.findIndex((t) => t.tag === 'head') * 16 + 8)
  out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headAt + 8)
  return out
}
