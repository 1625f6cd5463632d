import { useEffect, useRef } from 'react'
import type { Translate } from '../../../i18n/index.ts'
import { attachEditorProbes } from '../../test-hooks.ts'
import { ciSchema, PREVIEW_MODEL_URI } from '../ci-schema.ts'
import { previewDiff } from '../diff.ts'
import {
  type EditedLines,
  type EditorMarker,
  type EditorMarkers,
  MARKER_OWNER,
  markersChanged,
} from '../markers.ts'
import { monaco, setPreviewSchema, themeFor } from './setup.ts'

// The import's comparison: in this chunk, so Monaco is one chunk whichever of the two loads first.
export { default as DiffPreview } from './DiffPreview.tsx'

export interface EditorProps {
  readonly yaml: string
  /** The page's translations: the schema's hover text and the editor's label follow the language. */
  readonly t: Translate
  readonly dark: boolean
  /** Diagnostics findings on their YAML lines (owner MARKER_OWNER, apart from monaco-yaml's). */
  readonly markers: EditorMarkers
  readonly onReady: () => void
}

/** How long the lines changed by the last edit stay highlighted. */
const HIGHLIGHT_MS = 1500

/** The read-only Monaco preview. Loaded lazily: this module pulls in Monaco and monaco-yaml. */
const SEVERITY: Readonly<Record<EditorMarker['severity'], monaco.MarkerSeverity>> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
}

export default function MonacoPreview({ yaml, t, dark, markers, onReady }: EditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const highlights = useRef<monaco.editor.IEditorDecorationsCollection | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const initialYaml = useRef(yaml)
  const initialDark = useRef(dark)
  const readyCallback = useRef(onReady)
  const editedLines = useRef<EditedLines>(new Set())
  // The text the model holds: only this component edits it (read-only), so there is no need to ask
  // the model for its whole text on every keystroke.
  const shown = useRef(yaml)

  useEffect(() => {
    if (!host.current) return
    const uri = monaco.Uri.parse(PREVIEW_MODEL_URI)
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(initialYaml.current, 'yaml', uri)
    model.setValue(initialYaml.current)
    // Bracket pair colouring is the model's option: the editor's `bracketPairColorization` below does
    // not reach a model made before the editor, which then parsed its bracket pair tree again after
    // every edit to colour the brackets of `entrypoint: [""]` (docs/benchmark.md).
    model.updateOptions({
      bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
    })
    shown.current = initialYaml.current
    const editor = monaco.editor.create(host.current, {
      model,
      readOnly: true,
      domReadOnly: true,
      // Schema squiggles are not drawn in read-only editors by default (stack-notes P3).
      renderValidationDecorations: 'on',
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      wordWrap: 'off',
      tabSize: 2,
      fontSize: 13,
      // Work Monaco would redo on every edit for nothing a read-only YAML preview shows: colouring
      // bracket pairs (the only brackets are `entrypoint: [""]`) and drawing whitespace in a selection.
      bracketPairColorization: { enabled: false },
      renderWhitespace: 'none',
      // Sticky scroll, unicode highlighting, occurrences, bracket matching, links, colour decorators
      // and code lens are contributions setup.ts does not load: their options would change nothing.
      // The indentation guides cost ~0.6 ms of Monaco's render per key (five images, docs/benchmark.md)
      // and are kept: they show a YAML document's nesting.
      theme: themeFor(initialDark.current),
    })
    editorRef.current = editor
    highlights.current = editor.createDecorationsCollection()
    attachEditorProbes({
      value: () => model.getValue(),
      markers: (owner) => monaco.editor.getModelMarkers({ resource: uri, owner }),
    })
    readyCallback.current()
    // The browser picks the generic monospace font per document language: after a language switch
    // the text may be drawn in another font than Monaco measured, and markers, indent guides and the
    // cursor would drift from it. Measure again whenever <html lang> changes.
    const languageWatch = new MutationObserver(() => monaco.editor.remeasureFonts())
    languageWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] })
    return () => {
      languageWatch.disconnect()
      clearTimeout(timer.current)
      attachEditorProbes(undefined)
      editor.dispose()
      model.dispose()
      editorRef.current = null
    }
  }, [])

  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model) return
    // The edits and the lines to highlight, from one comparison of the two texts.
    const diff = previewDiff(shown.current, yaml)
    shown.current = yaml
    const edits = diff.edits.map((edit) => ({
      start: model.getPositionAt(edit.start),
      end: model.getPositionAt(edit.end),
      text: edit.text,
    }))
    if (edits.length === 0) return
    let edited = editedLines.current
    for (const { start, end, text } of edits) {
      edited =
        edited === 'all' || start.lineNumber !== end.lineNumber || text.includes('\n')
          ? 'all'
          : new Set(edited).add(start.lineNumber)
    }
    editedLines.current = edited
    // Small edits instead of setValue: keeps the scroll position, and Monaco re-tokenizes and redraws
    // only the lines they touch (one edit from the first change to the last would redraw every line
    // between a job's name and the `needs:` naming it).
    model.applyEdits(
      edits.map(({ start, end, text }) => ({
        range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        text,
      })),
    )
    const lines = diff.lines
    highlights.current?.set(
      lines.map((line) => ({
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'changed-line', marginClassName: 'changed-line-margin' },
      })),
    )
    const first = lines[0]
    if (first !== undefined) editor.revealLineInCenterIfOutsideViewport(first)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => highlights.current?.clear(), HIGHLIGHT_MS)
  }, [yaml])

  // Declared after the text effect: markers must land on the lines of the text they were made for.
  // Until diagnostics have caught up with the text shown, Monaco keeps moving the previous ones
  // along with the edits; unchanged markers are not set again (that would redraw every line).
  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!model || (markers.yaml !== yaml && markers.list.length > 0)) return
    const last = model.getLineCount()
    const next = markers.list
      .filter((m) => m.line <= last)
      .map((m) => ({
        severity: SEVERITY[m.severity],
        code: m.code,
        message: m.message,
        startLineNumber: m.line,
        startColumn: model.getLineFirstNonWhitespaceColumn(m.line) || 1,
        endLineNumber: m.line,
        endColumn: model.getLineMaxColumn(m.line),
      }))
    const shown = monaco.editor.getModelMarkers({ resource: model.uri, owner: MARKER_OWNER })
    if (markersChanged(shown, next, editedLines.current))
      monaco.editor.setModelMarkers(model, MARKER_OWNER, next)
    editedLines.current = new Set()
  }, [markers, yaml])

  useEffect(() => {
    monaco.editor.setTheme(themeFor(dark))
  }, [dark])

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: t('preview.editorLabel') })
    setPreviewSchema(ciSchema(t.language))
  }, [t])

  return <div ref={host} className="monaco-host" />
}
