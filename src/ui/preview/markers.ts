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
