import { type KeyboardEvent, memo } from 'react'
import { useUi } from './context.ts'
import type { View } from './state/store.ts'

const VIEWS: readonly { readonly view: View; readonly pane: string }[] = [
  { view: 'form', pane: 'form-pane' },
  { view: 'yaml', pane: 'preview' },
]

/**
 * Below the two-pane width (see layout.css) the form and the YAML take turns; these tabs, sticky at
 * the top, keep the other one tap away. Hidden on wide screens, where both panes show.
 */
export const ViewSwitch = memo(function ViewSwitch({ view }: { readonly view: View }) {
  const { t, dispatch } = useUi()
  const show = (next: View) => dispatch({ type: 'setView', view: next })
  // The tabs pattern: arrows move between the tabs (and show them), Tab leaves.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    event.preventDefault()
    const next: View = view === 'form' ? 'yaml' : 'form'
    show(next)
    event.currentTarget.querySelector<HTMLElement>(`#view-${next}`)?.focus()
  }
  return (
    <div className="view-switch" role="tablist" aria-label={t('view.label')} onKeyDown={onKeyDown}>
      {VIEWS.map(({ view: id, pane }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`view-${id}`}
          aria-selected={view === id}
          aria-controls={pane}
          tabIndex={view === id ? 0 : -1}
          onClick={() => show(id)}
        >
          {t(`view.${id}`)}
        </button>
      ))}
    </div>
  )
})
