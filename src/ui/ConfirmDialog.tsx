import { memo, useEffect, useRef } from 'react'
import { useUi } from './context.ts'
import type { PendingAction } from './state/store.ts'

/** A modal <dialog> for Reset and for loading a preset over edits; Escape cancels. */
// memo: the page re-renders on every key and again after its paint; the dialog only with `pending`.
export const ConfirmDialog = memo(function ConfirmDialog({
  pending,
}: {
  readonly pending: PendingAction | null
}) {
  const { t, dispatch } = useUi()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (pending && !dialog.open) dialog.showModal()
    if (!pending && dialog.open) dialog.close()
  }, [pending])
  const title =
    pending?.kind === 'preset'
      ? t('confirm.preset.title', {
          preset: pending.name ? t(`preset.${pending.name}.label`) : t('preset.none'),
        })
      : t('confirm.reset.title')
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onClose={() => pending && dispatch({ type: 'cancel' })}
    >
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-body">
        {pending?.kind === 'preset' ? t('confirm.preset.body') : t('confirm.reset.body')}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => dispatch({ type: 'cancel' })}>
          {t('confirm.cancel')}
        </button>
        <button type="button" className="danger" onClick={() => dispatch({ type: 'confirm' })}>
          {pending?.kind === 'preset' ? t('confirm.preset.confirm') : t('confirm.reset.confirm')}
        </button>
      </div>
    </dialog>
  )
})
