import { useEffect, useRef } from 'react'
import type { Translate } from '../../../i18n/index.ts'
import { attachEditorProbes } from '../../test-hooks.ts'
import { ciSchema, PREVIEW_MODEL_URI } from '../ci-schema.ts'
import { previewDiff } from '../diff.ts'
import { type EditorMarker, type EditorMarkers, MARKER_OWNER } from '../markers.ts'
import { type EditedLines, markerChange, withEditedLines } from './marker-change.ts'
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

/**
 * How long the typing must pause before markers whose texts alone changed are set (sooner when the
 * pointer moves over the editor or it takes the focus: a hover never shows an old text). Setting
 * markers makes Monaco draw a frame that changes nothing on screen, and every frame keeps Chromium's
 * frame clock running for two more: a key arriving then waits for the next vsync (docs/benchmark.md,
 * "One vsync late").
 */
export const MARKER_TEXTS_DELAY_MS = 400

/** Markers to set when the typing pauses, and the timer that will. */
interface WaitingMarkers {
  timer?: ReturnType<typeof setTimeout>
  set?: (() => unknown) | undefined
}

/** Sets the waiting markers now, if any. */
function setWaiting(waiting: WaitingMarkers): void {
  clearTimeout(waiting.timer)
  const set = waiting.set
  waiting.set = undefined
  set?.()
}

/** The tokenizer of a model (internal to Monaco, present in every model): see the text effect. */
interface ModelTokenization {
  readonly tokenization?: { forceTokenization?(lineNumber: number): void }
}

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
  // Markers whose texts alone changed, set once the typing pauses (MARKER_TEXTS_DELAY_MS).
  const waitingMarkers = useRef<WaitingMarkers>({})

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
    const waiting = waitingMarkers.current
    const pointerWatch = editor.onMouseMove(() => setWaiting(waiting))
    const focusWatch = editor.onDidFocusEditorWidget(() => setWaiting(waiting))
    readyCallback.current()
    // The browser picks the generic monospace font per document language: after a language switch
    // the text may be drawn in another font than Monaco measured, and markers, indent guides and the
    // cursor would drift from it. Measure again whenever <html lang> changes.
    const languageWatch = new MutationObserver(() => monaco.editor.remeasureFonts())
    languageWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] })
    return () => {
      languageWatch.disconnect()
      pointerWatch.dispose()
      focusWatch.dispose()
      clearTimeout(waiting.timer)
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
    for (const { start, end, text } of edits)
      edited = withEditedLines(edited, start.lineNumber, end.lineNumber, text)
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
    // Tokenize the changed lines now, for this key's frame. Lines off screen (a `needs:` naming the
    // job) were otherwise tokenized ~30 ms later by Monaco's idle tokenizer, whose event makes Monaco
    // draw a frame that changes nothing on screen and keeps Chromium's frame clock running: the next
    // key waited for the next vsync (docs/benchmark.md, "One vsync late").
    // A new text as a whole (a preset, an import) is left to Monaco's idle tokenizer, as before.
    const lastChanged = lines.length <= 64 ? Math.min(Math.max(0, ...lines), model.getLineCount()) : 0
    if (lastChanged > 0) (model as ModelTokenization).tokenization?.forceTokenization?.(lastChanged)
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
    const applied = monaco.editor.getModelMarkers({ resource: model.uri, owner: MARKER_OWNER })
    const change = markerChange(applied, next, editedLines.current)
    editedLines.current = new Set()
    const waiting = waitingMarkers.current
    clearTimeout(waiting.timer)
    // Set for the text the model holds only: by then newer markers may be on their way.
    waiting.set = () => yaml === shown.current && monaco.editor.setModelMarkers(model, MARKER_OWNER, next)
    if (change === 'drawing') setWaiting(waiting)
    // Only hovers read them: set once the typing pauses, not in a frame of their own after each key.
    else if (change === 'texts') waiting.timer = setTimeout(() => setWaiting(waiting), MARKER_TEXTS_DELAY_MS)
    else waiting.set = undefined
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
