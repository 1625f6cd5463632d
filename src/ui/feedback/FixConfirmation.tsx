import { useUi } from '../context.ts'
import { useHeldWhileUsed } from './held.ts'
import type { ConfirmationControls } from './useConfirmation.ts'

/**
 * "✓ Fixed: …" where the fixed finding was (at its field, atop the checks panel), with Undo. The text
 * is already said by the live region (drawn only); the button names what it takes back.
 */
export function FixConfirmation({
  className,
  testId,
  text,
  controls,
}: {
  readonly className: string
  readonly testId?: string
  readonly text: string
  readonly controls: ConfirmationControls
}) {
  const { t, dispatch } = useUi()
  const handlers = useHeldWhileUsed(controls.hold)
  return (
    <div className="fix-confirmation" {...handlers}>
      <p className={className} aria-hidden="true" data-testid={testId}>
        ✓ {text}
      </p>
      <button
        type="button"
        className="undo-inline"
        aria-label={t('undo.fix', { what: text })}
        onClick={() => {
          controls.clear()
          dispatch({ type: 'undo' })
        }}
      >
        {t('undo.button')}
      </button>
    </div>
  )
}
