import { type DragEvent, useEffect, useId, useRef, useState } from 'react'
import { importPipeline } from '../../core/import/index.ts'
import type { Language } from '../../i18n/index.ts'
import { importText as messages } from './messages.ts'
import { type ImportOutcome, importOutcome } from './outcome.ts'
import { browserShellParser } from './shell-parser.ts'

export type Imported = Extract<ImportOutcome, { kind: 'imported' }>

interface Props {
  readonly open: boolean
  readonly language: Language
  readonly onClose: () => void
  /** `original` is the pasted or dropped text: it stays in memory, for the comparison only. */
  readonly onImported: (imported: Imported, original: string) => void
}

type Status = { kind: 'idle' } | { kind: 'reading' } | { kind: 'problem'; text: string }

/**
 * Paste a pipeline, choose its file or drop it: a modal <dialog> (the page behind is inert, Escape
 * closes it). The text is read by the importer in this tab and never leaves it.
 */
export function ImportDialog({ open, language, onClose, onImported }: Props) {
  const t = messages(language)
  const ref = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [dragging, setDragging] = useState(false)
  const id = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const problem = (message: string) => setStatus({ kind: 'problem', text: message })
  const run = async () => {
    if (text.trim() === '') return problem(t('import.empty'))
    setStatus({ kind: 'reading' })
    const outcome = importOutcome(await importPipeline(text, { shellParser: browserShellParser }))
    if (outcome.kind === 'error')
      return problem(
        t('import.error', { line: outcome.line, column: outcome.column, message: outcome.message }),
      )
    if (outcome.kind === 'no-job') return problem(t('import.noJob'))
    setStatus({ kind: 'idle' })
    setText('')
    onImported(outcome, text)
  }
  const readChosen = (file: File | undefined) => {
    if (!file) return
    file.text().then(
      (content) => {
        setText(content)
        setStatus({ kind: 'idle' })
      },
      () => problem(t('import.fileError')),
    )
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    readChosen(event.dataTransfer.files[0])
  }

  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={() => open && onClose()}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          void run()
        }}
      >
        <h2 id={`${id}-title`}>{t('import.title')}</h2>
        <p id={`${id}-intro`}>{t('import.intro')}</p>
        {/* A drop target for a file; the text field and the file input inside are the keyboard's way. */}
        <fieldset
          className="import-drop"
          data-dragging={dragging}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={`${id}-text`}>{t('import.text')}</label>
          <textarea
            id={`${id}-text`}
            name="pipeline"
            value={text}
            rows={12}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={status.kind === 'problem'}
            aria-describedby={status.kind === 'problem' ? `${id}-problem` : undefined}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <p className="import-file">
            <label htmlFor={`${id}-file`}>{t('import.file')}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".yml,.yaml,text/yaml,application/yaml,text/plain"
              onChange={(event) => readChosen(event.currentTarget.files?.[0])}
            />
            <span aria-hidden="true">{t('import.drop')}</span>
          </p>
        </fieldset>
        {status.kind === 'problem' ? (
          <p className="error" id={`${id}-problem`} role="alert" data-testid="import-problem">
            {status.text}
          </p>
        ) : null}
        {status.kind === 'reading' ? <p role="status">{t('import.reading')}</p> : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('import.cancel')}
          </button>
          <button type="submit" className="primary" disabled={status.kind === 'reading'}>
            {t('import.submit')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
