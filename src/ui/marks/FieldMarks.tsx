import { useUi } from '../context.ts'
import { FixConfirmation } from '../feedback/FixConfirmation.tsx'
import { useConfirmation } from '../feedback/useConfirmation.ts'
import type { FieldMark } from './marks.ts'

// Glyphs that common system fonts have (an emoji font may be missing).
const ICONS = { error: '✖', warning: '⚠', info: 'ℹ' } as const

/** The marks under a field; `id` is what the control's aria-describedby points at. */
export function FieldMarks({ id, marks }: { readonly id: string; readonly marks: readonly FieldMark[] }) {
  // A fixed finding's mark (and its Fix button) goes away: the confirmation stays for a moment.
  const { t } = useUi()
  const [fixed, confirmFixed, controls] = useConfirmation<string>()
  const confirmation = fixed ? (
    <FixConfirmation className="mark-confirmed" text={fixed} controls={controls} />
  ) : null
  if (marks.length === 0) return confirmation
  return (
    <>
      {confirmation}
      <ul className="marks" id={id}>
        {marks.map((m) => (
          <li key={`${m.severity}:${m.text}`} className={`mark mark-${m.severity}`}>
            <span className="mark-icon" aria-hidden="true">
              {ICONS[m.severity]}
            </span>
            <span className="visually-hidden">{m.label}: </span>
            {m.text}
            {m.fix ? (
              <>
                {' '}
                <button
                  type="button"
                  className="mark-fix"
                  disabled={m.fix.blocked}
                  aria-describedby={m.fix.blocked ? 'checks-fix-blocked' : undefined}
                  onClick={() => {
                    const said = m.fix?.run()
                    if (said) confirmFixed(said)
                  }}
                >
                  {m.fix.label}
                </button>
              </>
            ) : null}
            {m.detail ? (
              <details className="mark-why">
                <summary>{t('marks.why')}</summary>
                <p>{m.detail}</p>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}
