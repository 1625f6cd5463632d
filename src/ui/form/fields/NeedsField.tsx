import { memo } from 'react'
import { useUi } from '../../context.ts'
import { FieldMarks } from '../../marks/FieldMarks.tsx'
import { useFieldMarks } from '../../marks/useFieldMarks.ts'
import { type Path, pathKey } from '../../state/paths.ts'
import { StringList } from '../StringList.tsx'
import { fieldId, fieldLabel, fieldMessage } from './labels.ts'
import { sameFieldProps } from './same-props.ts'

type Mode = 'unset' | 'none' | 'jobs'

/** null: not set; []: start at once; names: wait for those jobs only. */
export function needsMode(needs: readonly string[] | null): Mode {
  if (needs === null) return 'unset'
  return needs.length === 0 ? 'none' : 'jobs'
}

/** The value a choice of the select starts with ("these jobs" starts with one name to type). */
export function needsFor(mode: string): string[] | null {
  if (mode === 'none') return []
  if (mode === 'jobs') return ['']
  return null
}

interface Props {
  readonly path: Path
  readonly value: readonly string[] | null
  readonly errors: Readonly<Record<string, string>>
  /** What "not set" means here: GitLab's stage order (pipeline) or the pipeline's needs (an image). */
  readonly unsetMeans: 'stages' | 'inherit'
}

/**
 * GitLab's `needs` as a choice of three: not set, start at once (`needs: []`), or a list of jobs.
 * The list (when shown) owns the field's path on the page; else the select does. Emptying the list
 * leaves `[]` (start at once), which the select then shows.
 */
export const NeedsField = memo(function NeedsField({ path, value, errors, unsetMeans }: Props) {
  const { t, dispatch } = useUi()
  const mode = needsMode(value)
  const key = pathKey(path)
  const id = `${fieldId(path)}-mode`
  const help = fieldMessage(t, path, 'help')
  const showList = value !== null && value.length > 0
  const marks = useFieldMarks(key, false)
  const error = errors[key]
  const describedBy = [help ? `${id}-help` : '', !showList && marks.length ? `${id}-marks` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field needs" data-field={showList ? undefined : key}>
      <label htmlFor={id}>{fieldLabel(t, path)}</label>
      {help ? (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      <select
        id={id}
        value={mode}
        aria-describedby={describedBy || undefined}
        onChange={(e) => dispatch({ type: 'set', path, value: needsFor(e.currentTarget.value) })}
      >
        <option value="unset">{t(`option.needs.${unsetMeans}`)}</option>
        <option value="none">{t('option.needs.none')}</option>
        <option value="jobs">{t('option.needs.jobs')}</option>
      </select>
      {showList ? (
        <div className="nested needs-jobs">
          <StringList path={path} items={value} errors={errors} />
        </div>
      ) : (
        <>
          {error ? <p className="error">{t.issue(error)}</p> : null}
          <FieldMarks id={`${id}-marks`} marks={marks} />
        </>
      )}
    </div>
  )
}, sameFieldProps)
