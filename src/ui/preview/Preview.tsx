import { lazy, memo, Suspense, useEffect, useRef, useState } from 'react'
import { useUi } from '../context.ts'
import { copyText, downloadText } from './clipboard.ts'
import { whenIdle } from './idle.ts'
import { DOWNLOAD_NAME, type Output } from './output.ts'

// Monaco and monaco-yaml live in this lazy chunk; the first paint never waits for them.
const MonacoPreview = lazy(() => import('./monaco/MonacoPreview.tsx'))

interface Props {
  readonly output: Output
  readonly jobOnly: boolean
  /** Fields that currently fail validation: the preview then shows the last valid config. */
  readonly issueCount: number
  readonly dark: boolean
}

export const Preview = memo(function Preview({ output, jobOnly, issueCount, dark }: Props) {
  const { t, dispatch } = useUi()
  const [loadEditor, setLoadEditor] = useState(false)
  const [editorReady, setEditorReady] = useState(false)
  const lastGood = useRef('')
  if (output.ok) lastGood.current = output.yaml
  const yaml = lastGood.current

  useEffect(() => whenIdle(() => setLoadEditor(true)), [])

  const copy = async () => {
    const ok = await copyText(yaml)
    dispatch({ type: 'announce', text: ok ? t('preview.copied') : t('preview.copyFailed') })
  }
  const download = () => {
    downloadText(yaml, DOWNLOAD_NAME)
    dispatch({ type: 'announce', text: t('preview.downloaded') })
  }

  return (
    <section className="preview" id="preview" aria-labelledby="preview-heading" tabIndex={-1}>
      <div className="preview-bar">
        <h2 id="preview-heading">{t('preview.heading')}</h2>
        <div className="preview-actions">
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
          <button type="button" onClick={copy} disabled={yaml === ''}>
            {t('preview.copy')}
          </button>
          <button type="button" onClick={download} disabled={yaml === ''}>
            {t('preview.download')}
          </button>
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
      <div className="preview-body" data-editor={editorReady ? 'monaco' : 'plain'}>
        {editorReady ? null : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <pre className="plain-preview" tabIndex={0}>
            {yaml}
          </pre>
        )}
        {loadEditor ? (
          <Suspense fallback={null}>
            <MonacoPreview yaml={yaml} t={t} dark={dark} onReady={() => setEditorReady(true)} />
          </Suspense>
        ) : null}
        {loadEditor && !editorReady ? <p className="loading">{t('preview.loadingEditor')}</p> : null}
      </div>
    </section>
  )
})
