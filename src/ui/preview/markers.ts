import type { Severity } from '../../core/diagnostics/types.ts'

/** A diagnostics marker for the YAML preview: plain data, so the editor needs no diagnostics code. */
export interface EditorMarker {
  /** 1-based line of the generated YAML. */
  readonly line: number
  readonly severity: Severity
  readonly code: string
  readonly message: string
}

export const NO_EDITOR_MARKERS: readonly EditorMarker[] = Object.freeze([])

/** The owner of our markers in Monaco: separate from monaco-yaml's (`yaml`), so neither clears the other. */
export const MARKER_OWNER = 'kanikoconfig'
