import { crc32 as zlibCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crc32 } from './checksum.ts'

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })

  it('agrees with zlib when Node has it', () => {
    if (typeof zlibCrc32 !== 'function') return
    const bytes = new TextEncoder().encode('{"proxy":{"http":"http://proxy:3128"}}')
    expect(crc32(bytes)).toBe(zlibCrc32(bytes))
  })
})
