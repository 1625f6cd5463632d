import { memo, useEffect, useRef } from 'react'
import type { Translate } from '../../i18n/index.ts'
import { useUi } from '../context.ts'
import type { Done } from '../state/store.ts'
import { useHeldWhileUsed } from './held.ts'
import { useConfirmation } from './useConfirmation.ts'

/** What the page says after an action that replaced the work. */
export function doneText(t: Translate, done: Done): string {
  switch (done.kind) {
    case 'preset':
      return done.name === ''
        ? t('done.defaults')
        : t('done.preset', { preset: t(`preset.${done.name}.label`) })
    case 'reset':
      return t('done.reset')
    case 'import':
      return t('done.import')
    case 'undo':
      return t('done.undo')
    case 'redo':
      return t('done.redo')
  }
}

/**
 * The on-screen confirmation of a preset, Reset, Undo and Redo, with the way back (Undo, or Redo after
 * an Undo): shown for CONFIRMATION_MS (longer while pointed at or focused), and said in the live region.
 * One button that changes its words, so the focus stays on it from Undo to Redo and back.
 */
export const UndoToast = memo(function UndoToast({ done }: { readonly done: Done | null }) {
  const { t, dispatch } = useUi()
  const [shown, show, controls] = useConfirmation<Done>()
  const handlers = useHeldWhileUsed(controls.hold)
  const seen = useRef(done?.seq ?? 0)
  useEffect(() => {
    // A change after it: its Undo would take back something else.
    if (!done) controls.clear()
    if (!done || done.seq === seen.current) return
    seen.current = done.seq
    show(done)
    dispatch({ type: 'announce', text: doneText(t, done) })
  }, [done, show, dispatch, t, controls])
  if (!shown) return null
  const back = shown.kind === 'undo' ? 'redo' : 'undo'
  return (
    <div className="toast" data-testid="toast" {...handlers}>
      {/* Already said by the live region: drawn only. */}
      <p aria-hidden="true">✓ {doneText(t, shown)}</p>
      {shown.undoable ? (
        <button type="button" onClick={() => dispatch({ type: back })}>
          {back === 'undo' ? t('undo.button') : t('redo.button')}
        </button>
      ) : null}
    </div>
  )
})
