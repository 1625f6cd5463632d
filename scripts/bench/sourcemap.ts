import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/** One mapping: generated column → index into `sources` (undefined: no source). */
export type Segment = readonly [column: number, source: number | undefined]

export const UNMAPPED = '(unmapped)'
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]))

/** Decodes a source map's `mappings` (base64 VLQ) into per-line segments, sorted by column. */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = []
  let source = 0
  for (const line of mappings.split(';')) {
    const segments: Segment[] = []
    let column = 0
    for (const segment of line.split(',')) {
      if (segment === '') continue
      const fields: number[] = []
      let value = 0
      let shift = 0
      for (const char of segment) {
        const digit = B64_VALUE.get(char)
        if (digit === undefined) throw new Error(`bad base64 VLQ character ${char}`)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += fields[0] ?? 0
      if (fields.length >= 4) {
        source += fields[1] ?? 0
        segments.push([column, source])
      } else segments.push([column, undefined])
    }
    lines.push(segments)
  }
  return lines
}

/**
 * `node_modules/react-dom/…` → `react-dom`; `src/ui/form/x.tsx` → `src/ui/form`, or the file itself
 * when `files` (paths relative to the repository).
 */
export function groupOf(path: string, files = false): string {
  const nm = path.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/')
    return (parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
  }
  if (path.startsWith('\0') || path.includes('vite/') || path.includes('rolldown')) return '(bundler runtime)'
  const parts = path.split('/')
  return !files && parts.length > 3 ? parts.slice(0, 3).join('/') : path
}

export interface SourceMapIndex {
  /** Group (package or src/ folder) of each source in the map. */
  readonly groups: readonly string[]
  readonly lines: readonly Segment[][]
  /** The group the code at a 0-based line and column comes from. */
  groupAt(line: number, column: number): string
}

/** Reads `<file>.map` next to a built file (a `--sourcemap hidden` build). */
export function loadSourceMap(dir: string, file: string, repoRoot: string, files = false): SourceMapIndex {
  const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as {
    sources: string[]
    mappings: string
  }
  const mapDir = dirname(join(dir, file))
  const groups = map.sources.map((source) =>
    source.startsWith('\0')
      ? '(bundler runtime)'
      : groupOf(relative(repoRoot, resolve(mapDir, source)), files),
  )
  const lines = decodeMappings(map.mappings)
  const groupAt = (line: number, column: number) => {
    const segments = lines[line] ?? []
    let lo = 0
    let hi = segments.length - 1
    let found: Segment | undefined
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const segment = segments[mid] as Segment
      if (segment[0] <= column) {
        found = segment
        lo = mid + 1
      } else hi = mid - 1
    }
    return found?.[1] === undefined ? UNMAPPED : (groups[found[1]] ?? UNMAPPED)
  }
  return { groups, lines, groupAt }
}
