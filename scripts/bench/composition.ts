import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadSourceMap, type Segment, UNMAPPED } from './sourcemap.ts'

/** What one group of sources (a package, or a folder of src/) adds to a built JS file. */
export interface Contribution {
  readonly group: string
  /** Minified bytes of the file that the source map attributes to the group. */
  readonly raw: number
  /** gzip -9 size of the file minus its gzip -9 size without the group's bytes. */
  readonly gzipMarginal: number
}

/**
 * Attributes the bytes of `file` (built with `--sourcemap hidden`) to packages and src/ folders,
 * largest first. Unmapped bytes (glue the bundler wrote) form their own group.
 */
export function composition(dir: string, file: string, repoRoot: string): Contribution[] {
  const code = readFileSync(join(dir, file), 'utf8')
  // The bundler's own runtime chunk comes without a source map: all of it is glue.
  if (!existsSync(join(dir, `${file}.map`))) {
    return [
      { group: UNMAPPED, raw: Buffer.byteLength(code), gzipMarginal: gzipSync(code, { level: 9 }).length },
    ]
  }
  const { groups, lines: decoded } = loadSourceMap(dir, file, repoRoot)
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
      const [start, source] = segments[s] as Segment
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
    const raw = runs.filter((r) => r.group === group).reduce((sum, r) => sum + Buffer.byteLength(r.text), 0)
    const without = runs
      .filter((r) => r.group !== group)
      .map((r) => r.text)
      .join('')
    result.push({ group, raw, gzipMarginal: fullGzip - gzipSync(without, { level: 9 }).length })
  }
  return result.sort((a, b) => b.raw - a.raw)
}
