import { memo } from 'react'
import { useUi } from '../../context.ts'
import { FieldMarks } from '../../marks/FieldMarks.tsx'
import { useFieldMarks } from '../../marks/useFieldMarks.ts'
import { type Path, pathKey } from '../../state/paths.ts'
import { toggleMember } from '../list-ops.ts'
import { fieldId, fieldLabel, fieldMessage } from './labels.ts'
import { sameFieldProps } from './same-props.ts'

interface Props {
  readonly path: Path
  /** The chosen values, in the order they were chosen (the order can matter, e.g. rules). */
  readonly value: readonly string[]
  readonly options: readonly { readonly value: string; readonly label: string }[]
  readonly error?: string | undefined
  /** Many short options: laid out in columns. */
  readonly columns?: boolean
}

/** A list of enum values as checkboxes, with the field's legend, help, error and marks. */
export const CheckboxGroup = memo(function CheckboxGroup({ path, value, options, error, columns }: Props) {
  const { t, dispatch } = useUi()
  const id = fieldId(path)
  const key = pathKey(path)
  const help = fieldMessage(t, path, 'help')
  const marks = useFieldMarks(key)
  const describedBy = [
    help ? `${id}-help` : '',
    error ? `${id}-error` : '',
    marks.length ? `${id}-marks` : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <fieldset
      id={id}
      className="field checkbox-group"
      data-field={key}
      aria-describedby={describedBy || undefined}
    >
      <legend>{fieldLabel(t, path)}</legend>
      {help ? (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      <div className={columns ? 'checkbox-columns' : undefined}>
        {options.map((option) => (
          <label key={option.value} className="checkbox-option">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(e) =>
                dispatch({
                  type: 'set',
                  path,
                  value: toggleMember(value, option.value, e.currentTarget.checked),
                })
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p className="error" id={`${id}-error`}>
          {t.issue(error)}
        </p>
      ) : null}
      <FieldMarks id={`${id}-marks`} marks={marks} />
    </fieldset>
  )
}, sameFieldProps)
