import type { Measured } from './measure.ts'

export interface DefectOutcome {
  readonly gone: number
  readonly reported: number
  readonly open: number
}

/** The per-file table of docs/import.md: counts only, so the same corpus always gives the same table. */
export function corpusTable(
  rows: readonly { file: string; measured: Measured; defects: DefectOutcome }[],
): string {
  const header = [
    'file',
    'build jobs',
    'runs',
    'images',
    'facts',
    'kept',
    'changed',
    'reported',
    'lost',
    'import findings',
    'config findings',
    'defects gone / reported / open',
  ]
  const lines = rows.map(({ file, measured: m, defects }) => [
    file.slice(0, 2),
    String(m.buildJobs),
    String(m.runs),
    String(m.images),
    String(m.facts.length),
    String(m.count.kept),
    String(m.count.changed),
    String(m.count.reported),
    String(m.count.lost),
    m.importFindings.join(' ') || '-',
    m.configFindings.join(' ') || '-',
    `${defects.gone} / ${defects.reported} / ${defects.open}`,
  ])
  const total = (pick: (m: Measured) => number) =>
    String(rows.reduce((sum, row) => sum + pick(row.measured), 0))
  const sum = (pick: (d: DefectOutcome) => number) => rows.reduce((n, row) => n + pick(row.defects), 0)
  lines.push([
    'all',
    total((m) => m.buildJobs),
    total((m) => m.runs),
    total((m) => m.images),
    total((m) => m.facts.length),
    total((m) => m.count.kept),
    total((m) => m.count.changed),
    total((m) => m.count.reported),
    total((m) => m.count.lost),
    '',
    '',
    `${sum((d) => d.gone)} / ${sum((d) => d.reported)} / ${sum((d) => d.open)}`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? '').length)))
  const row = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n')
}

export const TABLE_START = '<!-- corpus-table:start (scripts/import-corpus-table.ts writes this table) -->'
export const TABLE_END = '<!-- corpus-table:end -->'
