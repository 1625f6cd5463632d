/** The fields of a Monaco marker that say where and what it is. */
export interface MarkerPlace {
  readonly severity: number
  readonly code?: string | { readonly value: string } | undefined
  readonly message: string
  readonly startLineNumber: number
  readonly startColumn: number
  readonly endLineNumber: number
  readonly endColumn: number
}

/** Lines edited since the markers were last set, or 'all' once an edit added or removed lines. */
export type EditedLines = ReadonlySet<number> | 'all'

/**
 * What setting `next` over the markers `shown` (as they were set) would change: nothing; their
 * texts alone (message, code: read in a marker's hover, not drawn); or where or how they are drawn.
 * Monaco moves a marker with the edits around it, so the ones set stay where they are only on lines
 * no edit touched, and only while no edit added or removed lines.
 */
export function markerChange(
  shown: readonly MarkerPlace[],
  next: readonly MarkerPlace[],
  edited: EditedLines,
): 'none' | 'texts' | 'drawing' {
  if (edited === 'all' ? shown.length > 0 : shown.some((m) => edited.has(m.startLineNumber))) return 'drawing'
  if (shown.length !== next.length) return 'drawing'
  let change: 'none' | 'texts' = 'none'
  for (const [i, m] of shown.entries()) {
    const n = next[i] as MarkerPlace
    if (
      m.severity !== n.severity ||
      m.startLineNumber !== n.startLineNumber ||
      m.startColumn !== n.startColumn ||
      m.endLineNumber !== n.endLineNumber ||
      m.endColumn !== n.endColumn
    )
      return 'drawing'
    if (m.code !== n.code || m.message !== n.message) change = 'texts'
  }
  return change
}

/**
 * `edited` and the lines an edit replacing lines `startLine`…`endLine` with `text` touches: those
 * lines while it keeps their number (two neighbouring changed lines are one edit across the break
 * between them), 'all' once it adds or removes lines (every marker below moves).
 */
export function withEditedLines(
  edited: EditedLines,
  startLine: number,
  endLine: number,
  text: string,
): EditedLines {
  if (edited === 'all' || text.split('\n').length - 1 !== endLine - startLine) return 'all'
  const lines = new Set(edited)
  for (let line = startLine; line <= endLine; line++) lines.add(line)
  return lines
}
