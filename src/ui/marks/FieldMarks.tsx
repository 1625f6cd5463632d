import type { FieldMark } from './marks.ts'

// Glyphs that common system fonts have (an emoji font may be missing).
const ICONS = { error: '✖', warning: '⚠', info: 'ℹ' } as const

/** The marks under a field; `id` is what the control's aria-describedby points at. */
export function FieldMarks({ id, marks }: { readonly id: string; readonly marks: readonly FieldMark[] }) {
  if (marks.length === 0) return null
  return (
    <ul className="marks" id={id}>
      {marks.map((m) => (
        <li key={`${m.severity}:${m.text}`} className={`mark mark-${m.severity}`}>
          <span className="mark-icon" aria-hidden="true">
            {ICONS[m.severity]}
          </span>
          <span className="visually-hidden">{m.label}: </span>
          {m.text}
        </li>
      ))}
    </ul>
  )
}
