import { type ComponentType, useEffect, useState } from 'react'
import { EditorBoundary } from './EditorBoundary.tsx'
import type { DiffProps } from './monaco/DiffPreview.tsx'

/** What the page compares after an import; `text` comes from the import chunk (both languages). */
export interface DiffRequest {
  readonly original: string
  readonly text: {
    readonly heading: string
    readonly close: string
    readonly original: string
    readonly regenerated: string
    readonly loading: string
    readonly failed: string
  }
  readonly onClose: () => void
}

/**
 * Monaco's diff editor comes with the preview's own lazy Monaco chunk (one chunk, loaded once, whichever
 * asks first): a chunk of its own split Monaco in two, and evaluated first it overflowed the stack.
 */
const loadDiff = () => import('./monaco/MonacoPreview.tsx').then((m) => m.DiffPreview)

/** The imported file beside the regenerated pipeline, in the preview pane until closed. */
export function ImportDiff({
  request,
  regenerated,
  dark,
}: {
  readonly request: DiffRequest
  readonly regenerated: string
  readonly dark: boolean
}) {
  const [Diff, setDiff] = useState<ComponentType<DiffProps> | null>(null)
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading')
  useEffect(() => {
    let live = true
    loadDiff().then(
      (component) => live && setDiff(() => component),
      () => live && setState('failed'),
    )
    return () => {
      live = false
    }
  }, [])
  const { text } = request
  return (
    <section className="import-diff" aria-label={text.heading} data-testid="import-diff" data-state={state}>
      <div className="import-diff-bar">
        <h3>{text.heading}</h3>
        <button type="button" onClick={request.onClose}>
          {text.close}
        </button>
      </div>
      {state === 'loading' ? <p className="loading">{text.loading}</p> : null}
      {state === 'failed' ? <p className="error">{text.failed}</p> : null}
      {Diff ? (
        <EditorBoundary onError={() => setState('failed')}>
          <Diff
            original={request.original}
            regenerated={regenerated}
            dark={dark}
            labels={{ original: text.original, regenerated: text.regenerated }}
            onReady={() => setState('ready')}
          />
        </EditorBoundary>
      ) : null}
    </section>
  )
}
