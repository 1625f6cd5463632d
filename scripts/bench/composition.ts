import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/** What one group of sources (a package, or a folder of src/) adds to a built JS file. */
export interface Contribution {
  readonly group: string
  /** Minified bytes of the file that the source map attributes to the group. */
  readonly raw: number
  /** gzip -9 size of the file minus its gzip -9 size without the group's bytes. */
  readonly gzipMarginal: number
}

const UNMAPPED = '(unmapped)'
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]))

/** Decodes a source map's `mappings` into per-line [generatedColumn, sourceIndex?] segments. */
export function decodeMappings(mappings: string): [number, number | undefined][][] {
  const lines: [number, number | undefined][][] = []
  let source = 0
  for (const line of mappings.split(';')) {
    const segments: [number, number | undefined][] = []
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

/** `node_modules/react-dom/…` → `react-dom`; `src/ui/form/x.tsx` → `src/ui/form` (paths from the repo). */
export function groupOf(path: string): string {
  const nm = path.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/')
    return (parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
  }
  if (path.startsWith('\0') || path.includes('vite/') || path.includes('rolldown')) return '(bundler runtime)'
  const parts = path.split('/')
  return parts.length > 3 ? parts.slice(0, 3).join('/') : path
}

/**
 * Attributes the bytes of `file` (built with `--sourcemap hidden`) to packages and src/ folders,
 * largest first. Unmapped bytes (glue the bundler wrote) form their own group.
 */
export function composition(dir: string, file: string, repoRoot: string): Contribution[] {
  const code = readFileSync(join(dir, file), 'utf8')
  const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as {
    sources: string[]
    mappings: string
  }
  const mapDir = dirname(join(dir, file))
  const groups = map.sources.map((source) =>
    source.startsWith('\0') ? '(bundler runtime)' : groupOf(relative(repoRoot, resolve(mapDir, source))),
  )
  const decoded = decodeMappings(map.mappings)
  // Contiguous runs of the file owned by one group; a line's newline belongs to no source.
  const runs: { text: string; group: string }[] = []
  code.split('\n').forEach((line, index) => {
    const segments = decoded[index] ?? []
    let position = 0
    const push = (end: number, group: string) => {
      if (end > position) runs.push({ text: line.slice(position, end), group })
      position = Math.max(position, end)
    }
    for (let s = 0; s < segments.length; s++) {
      const [start, source] = segments[s] as [number, number | undefined]
      push(start, runs.at(-1)?.group ?? UNMAPPED)
      const end = segments[s + 1]?.[0] ?? line.length
      push(end, source === undefined ? UNMAPPED : (groups[source] ?? UNMAPPED))
    }
    push(line.length, UNMAPPED)
    runs.push({ text: '\n', group: UNMAPPED })
  })
  const fullGzip = gzipSync(code, { level: 9 }).length
  const result: Contribution[] = []
  for (const group of new Set(runs.map((r) => r.group))) {
    const mine = runs.filter((r) => r.group === group)
    const without = runs
      .filter((r) => r.group !== group)
      .map((r) => r.text)
      .join('')
    const raw = mine.reduce((sum, r) => sum + Buffer.byteLength(r.text), 0)
    result.push({ group, raw, gzipMarginal: fullGzip - gzipSync(without, { level: 9 }).length })
  }
  return result.sort((a, b) => b.raw - a.raw)
}
