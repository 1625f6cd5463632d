import { type ComponentType, memo, type ReactNode, useEffect, useRef, useState } from 'react'
import type { Config } from '../../core/config/schema.ts'
import { useUi } from '../context.ts'
import { ConfirmingLabel } from '../feedback/ConfirmingLabel.tsx'
import { useConfirmation } from '../feedback/useConfirmation.ts'
import { refusedWhenFramed } from '../framing.ts'
import { CopyLinkButton } from '../share/CopyLinkButton.tsx'
import { copyText, downloadText } from './clipboard.ts'
import { EditorBoundary } from './EditorBoundary.tsx'
import { type DiffRequest, ImportDiff } from './ImportDiff.tsx'
import { whenIdle } from './idle.ts'
import type { EditorMarkers } from './markers.ts'
import type { EditorProps } from './monaco/MonacoPreview.tsx'
import { DOWNLOAD_NAME, type Output } from './output.ts'
import { saveWithPicker } from './save-file.ts'
import { whenSeen } from './when-seen.ts'

type EditorComponent = ComponentType<EditorProps>

/**
 * Monaco and monaco-yaml live in a separate chunk, requested when the browser is idle once the
 * preview's body has been on screen: at once on two-pane screens, once the YAML tab is shown on a
 * phone or tablet (its bytes are most of a visit). Until it has loaded (or if it never does) the plain
 * <pre> is the preview. Imported by hand rather than with React.lazy so that a chunk that fails to
 * load is just a state, not a thrown error.
 */
const loadEditor = () => import('./monaco/MonacoPreview.tsx').then((m) => m.default)

interface Props {
  readonly output: Output
  /** The config the preview shows, for Copy link. */
  readonly config: Config
  readonly jobOnly: boolean
  /** Fields that currently fail validation: the preview then shows the last valid config. */
  readonly issueCount: number
  readonly dark: boolean
  /** Diagnostics markers for the YAML lines (of the text they were made for). */
  readonly markers: EditorMarkers
  /** The diagnostics panel, once its chunk has loaded. */
  readonly checks: ReactNode
  /** The report of the last import, beside the checks (from the import chunk). */
  readonly importReport?: ReactNode
  /** An import's comparison: shown instead of the editor until closed. */
  readonly diff?: DiffRequest | null
}

export const Preview = memo(function Preview({
  output,
  config,
  jobOnly,
  issueCount,
  dark,
  markers,
  checks,
  importReport = null,
  diff = null,
}: Props) {
  const { t, dispatch } = useUi()
  const [Editor, setEditor] = useState<EditorComponent | null>(null)
  const [editorReady, setEditorReady] = useState(false)
  const [editorFailed, setEditorFailed] = useState(false)
  const body = useRef<HTMLDivElement>(null)
  const [copied, confirmCopied] = useConfirmation()
  const [downloaded, confirmDownloaded] = useConfirmation<'saved' | 'downloaded'>()
  // Set once a plain download happened: the browser may have dropped the leading dot.
  const [renameNote, setRenameNote] = useState(false)
  const lastGood = useRef('')
  if (output.ok) lastGood.current = output.yaml
  const yaml = lastGood.current

  useEffect(() => {
    const element = body.current
    if (!element) return
    let live = true
    let cancelIdle = () => {}
    const cancelSeen = whenSeen(element, () => {
      cancelIdle = whenIdle(() => {
        loadEditor().then(
          (component) => live && setEditor(() => component),
          () => live && setEditorFailed(true),
        )
      })
    })
    return () => {
      live = false
      cancelSeen()
      cancelIdle()
    }
  }, [])

  const copy = async () => {
    if (refusedWhenFramed(dispatch, t.language)) return
    const ok = await copyText(yaml)
    if (ok) confirmCopied(true)
    dispatch({ type: 'announce', text: ok ? t('preview.copied') : t('preview.copyFailed') })
  }
  const download = async () => {
    const saved = await saveWithPicker(yaml, DOWNLOAD_NAME)
    if (saved.kind === 'cancelled') return
    if (saved.kind === 'saved') {
      confirmDownloaded('saved')
      dispatch({ type: 'announce', text: t('preview.saved', { name: saved.name }) })
      return
    }
    downloadText(yaml, DOWNLOAD_NAME)
    setRenameNote(true)
    confirmDownloaded('downloaded')
    dispatch({ type: 'announce', text: t('preview.downloaded') })
  }

  return (
    <section className="preview" id="preview" aria-labelledby="preview-heading" tabIndex={-1}>
      <div className="preview-bar">
        <div className="preview-title">
          <h2 id="preview-heading">{t('preview.heading')}</h2>
          {/* A way of showing the YAML, by its heading; the actions below have a row of their own. */}
          <JobOnlyToggle jobOnly={jobOnly} />
        </div>
        <div className="preview-actions">
          <button type="button" className="primary" onClick={copy} disabled={yaml === ''}>
            <ConfirmingLabel
              label={t('preview.copy')}
              done={t('preview.copiedShort')}
              confirmed={copied !== null}
            />
          </button>
          <button
            type="button"
            onClick={download}
            disabled={yaml === ''}
            aria-describedby={renameNote ? 'download-note' : undefined}
          >
            <ConfirmingLabel
              label={t('preview.download')}
              done={downloaded === 'saved' ? t('preview.savedShort') : t('preview.downloadedShort')}
              confirmed={downloaded !== null}
            />
          </button>
          <CopyLinkButton config={config} />
          {/* After the buttons, on a row of its own: the toolbar's buttons stay where they were. */}
          {renameNote ? (
            <p className="action-note" id="download-note" data-testid="download-note">
              {t('preview.downloadHelp')}
            </p>
          ) : null}
        </div>
      </div>
      {issueCount > 0 ? (
        <p className="stale" role="status">
          {issueCount === 1 ? t('preview.invalid.one') : t('preview.invalid.other', { count: issueCount })}
        </p>
      ) : null}
      {output.ok ? null : (
        <p className="error" role="alert">
          {t('preview.generateError', { message: output.message })}
        </p>
      )}
      {importReport}
      {checks}
      {diff ? <ImportDiff request={diff} regenerated={yaml} dark={dark} /> : null}
      <div
        ref={body}
        className="preview-body"
        data-editor={editorReady ? 'monaco' : 'plain'}
        hidden={diff !== null}
      >
        {editorReady ? null : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <pre className="plain-preview" tabIndex={0}>
            {yaml}
          </pre>
        )}
        {Editor ? (
          <EditorBoundary onError={() => setEditorFailed(true)}>
            <Editor yaml={yaml} t={t} dark={dark} markers={markers} onReady={() => setEditorReady(true)} />
          </EditorBoundary>
        ) : null}
        {!editorReady && !editorFailed ? <p className="loading">{t('preview.loadingEditor')}</p> : null}
      </div>
    </section>
  )
})

/**
 * The "jobs only" checkbox, apart from the preview that re-renders on every keystroke: React
 * rewrites a re-rendered input's `name` and `type` attributes, and the browser then recomputes its
 * style (e2e/keystroke-work.spec.ts).
 */
const JobOnlyToggle = memo(function JobOnlyToggle({ jobOnly }: { readonly jobOnly: boolean }) {
  const { t, dispatch } = useUi()
  return (
    <span className="job-only">
      <input
        id="job-only"
        type="checkbox"
        checked={jobOnly}
        aria-describedby="job-only-help"
        onChange={(e) => dispatch({ type: 'setJobOnly', value: e.currentTarget.checked })}
      />
      <label htmlFor="job-only">{t('preview.jobOnly')}</label>
      <span id="job-only-help" className="visually-hidden">
        {t('preview.jobOnlyHelp')}
      </span>
    </span>
  )
})
