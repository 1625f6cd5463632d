import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Size {
  readonly raw: number
  readonly gzip: number
}

const cache = new Map<string, Size>()

/** Raw bytes and gzip -9 bytes of a built file (`file` relative to `dir`). */
export function sizeOf(dir: string, file: string): Size {
  const path = join(dir, file)
  const key = `${path}@${statSync(path).mtimeMs}`
  let size = cache.get(key)
  if (!size) {
    const bytes = readFileSync(path)
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
    cache.set(key, size)
  }
  return size
}

export function totalSize(dir: string, files: readonly string[]): Size {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const size = sizeOf(dir, file)
    raw += size.raw
    gzip += size.gzip
  }
  return { raw, gzip }
}
