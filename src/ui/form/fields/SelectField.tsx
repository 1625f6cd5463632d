import { memo } from 'react'
import { useUi } from '../../context.ts'
import type { Path } from '../../state/paths.ts'
import { ErrorText, FieldShell, Help, useFieldInfo } from './Field.tsx'
import { sameFieldProps } from './same-props.ts'

export interface Option {
  readonly value: string
  readonly label: string
}

interface Props {
  readonly path: Path
  readonly value: string
  readonly options: readonly Option[]
  readonly error?: string | undefined
  readonly label?: string
  /** Replaces the default "set this path" change, e.g. to adjust related fields together. */
  readonly onChange?: (value: string) => void
}

export const SelectField = memo(function SelectField(props: Props) {
  const { dispatch } = useUi()
  const info = useFieldInfo(props.path, props.error, props.label)
  return (
    <FieldShell path={props.path}>
      <label htmlFor={info.id}>{info.label}</label>
      <Help info={info} />
      <select
        id={info.id}
        value={props.value}
        aria-invalid={info.error ? true : undefined}
        aria-describedby={info.describedBy}
        onChange={(e) => {
          const value = e.currentTarget.value
          if (props.onChange) props.onChange(value)
          else dispatch({ type: 'set', path: props.path, value })
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText info={info} />
    </FieldShell>
  )
}, sameFieldProps)
