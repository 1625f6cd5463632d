import { useEffect, useRef } from 'react'
import { monaco, themeFor } from './setup.ts'

export interface DiffProps {
  /** The imported file as it was pasted or dropped (kept in memory only). */
  readonly original: string
  /** The pipeline the form generates now: it follows the edits made after the import. */
  readonly regenerated: string
  readonly dark: boolean
  /** Accessible names of the two sides. */
  readonly labels: { readonly original: string; readonly regenerated: string }
  readonly onReady: () => void
}

/**
 * Monaco's diff editor, original on the left and the regenerated pipeline on the right, read-only.
 * Exported by MonacoPreview.tsx, so it is part of the one lazy Monaco chunk: the page's first chunk never
 * holds it. Its models have no URI the YAML schema matches: the schema hover is the preview's.
 */
export default function DiffPreview({ original, regenerated, dark, labels, onReady }: DiffProps) {
  const host = useRef<HTMLDivElement>(null)
  const modified = useRef<monaco.editor.ITextModel | null>(null)
  const initial = useRef({ original, regenerated, dark, labels, onReady })

  useEffect(() => {
    if (!host.current) return
    const start = initial.current
    const left = monaco.editor.createModel(start.original, 'yaml')
    const right = monaco.editor.createModel(start.regenerated, 'yaml')
    modified.current = right
    const editor = monaco.editor.createDiffEditor(host.current, {
      readOnly: true,
      domReadOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      // On a phone the two sides do not fit: Monaco shows one column with the changes inline.
      useInlineViewWhenSpaceIsLimited: true,
      // Two columns from a two-pane screen's preview width (Monaco's default asks for 900 px).
      renderSideBySideInlineBreakpoint: 560,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      fontSize: 13,
      originalAriaLabel: start.labels.original,
      modifiedAriaLabel: start.labels.regenerated,
      theme: themeFor(start.dark),
    })
    editor.setModel({ original: left, modified: right })
    start.onReady()
    return () => {
      editor.dispose()
      left.dispose()
      right.dispose()
      modified.current = null
    }
  }, [])

  useEffect(() => {
    const model = modified.current
    if (model && model.getValue() !== regenerated) model.setValue(regenerated)
  }, [regenerated])

  useEffect(() => {
    monaco.editor.setTheme(themeFor(dark))
  }, [dark])

  return <div ref={host} className="import-diff-editor" data-testid="import-diff-editor" />
}
