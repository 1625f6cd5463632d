import type { Severity } from '../../core/diagnostics/types.ts'

/** A diagnostics marker for the YAML preview: plain data, so the editor needs no diagnostics code. */
export interface EditorMarker {
  /** 1-based line of the generated YAML. */
  readonly line: number
  readonly severity: Severity
  readonly code: string
  readonly message: string
}

/**
 * Markers and the YAML whose lines they number. Diagnostics follow the preview after the paint, so
 * while typing the editor may already show newer text: it applies markers to their own text only.
 */
export interface EditorMarkers {
  readonly yaml: string
  readonly list: readonly EditorMarker[]
}

export const NO_EDITOR_MARKERS: EditorMarkers = Object.freeze({ yaml: '', list: Object.freeze([]) })

/** The owner of our markers in Monaco: separate from monaco-yaml's (`yaml`), so neither clears the other. */
export const MARKER_OWNER = 'kanikoconfig'

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
 * Whether `next` must be set over the markers `shown` (as they were set). Monaco moves a marker with
 * the edits around it, so the ones set stay where they are only on lines no edit touched, and only
 * while no edit added or removed lines.
 */
export function markersChanged(
  shown: readonly MarkerPlace[],
  next: readonly MarkerPlace[],
  edited: EditedLines,
): boolean {
  if (edited === 'all' && shown.length > 0) return true
  if (edited !== 'all' && shown.some((m) => edited.has(m.startLineNumber))) return true
  return !sameMarkers(shown, next)
}

/** Whether two lists of markers say the same things at the same places, in the same order. */
export function sameMarkers(a: readonly MarkerPlace[], b: readonly MarkerPlace[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i]
      return (
        n !== undefined &&
        m.severity === n.severity &&
        m.code === n.code &&
        m.message === n.message &&
        m.startLineNumber === n.startLineNumber &&
        m.startColumn === n.startColumn &&
        m.endLineNumber === n.endLineNumber &&
        m.endColumn === n.endColumn
      )
    })
  )
}
