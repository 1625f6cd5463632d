import { memo } from 'react'
import { useUi } from '../context.ts'
import type { FieldErrors } from '../state/errors.ts'

/** Issues that belong to no field of the form (e.g. an unknown key in a loaded config). */
export const GeneralErrors = memo(function GeneralErrors({ errors }: { readonly errors: FieldErrors }) {
  const { t } = useUi()
  const entries = Object.entries(errors)
  if (entries.length === 0) return null
  return (
    <ul className="general-errors">
      {entries.map(([path, message]) => (
        <li key={path} className="error">
          {t('preview.generalIssue', { message: `${path ? `${path}: ` : ''}${t.issue(message)}` })}
        </li>
      ))}
    </ul>
  )
})
