import { KB } from './budgets.ts'
/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */

export type Cell = string | number
export type Status = 'PASS' | 'FAIL' | ''

export interface FigureRow {
  readonly figure: string
  readonly median: string
  readonly p95: string
  readonly budget: string
  readonly status: Status
}

export function renderTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => row.map(String))
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((row) => (row[i] ?? '').length)))
  const numeric = headers.map((_, i) =>
    text.every((row) => /^[-\d.,≤ ]*(KB|ms|chars|%)?$/.test(row[i] ?? '')),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] && i > 0 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n')
}

export function renderFigures(rows: readonly FigureRow[]): string {
  return renderTable(
    ['figure', 'median', 'p95', 'budget', 'result'],
    rows.map((r) => [r.figure, r.median, r.p95, r.budget, r.status]),
  )
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
export const ms = (value: number, digits = 0) => `${value.toFixed(digits)} ms`
export const status = (ok: boolean): Status => (ok ? 'PASS' : 'FAIL')
