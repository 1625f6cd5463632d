import { memo, useState } from 'react'
import { useUi } from '../../context.ts'
import type { Path } from '../../state/paths.ts'
import { ErrorText, FieldShell, Help, useFieldInfo } from './Field.tsx'
import { sameFieldProps } from './same-props.ts'

/** Text typed into a number field: a whole number, or NaN so that validation reports it. */
export function parseWholeNumber(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN
}

interface Props {
  readonly path: Path
  readonly value: number
  readonly error?: string | undefined
}

/** A text input, so that what the user typed stays visible even when it is not a number. */
export const NumberField = memo(function NumberField({ path, value, error }: Props) {
  const { dispatch } = useUi()
  const info = useFieldInfo(path, error)
  const [text, setText] = useState(() => String(value))
  // The store changed the value (preset, reset): show it, unless the text already means it.
  const shown =
    Object.is(parseWholeNumber(text), value) || (Number.isNaN(value) && text !== '') ? text : String(value)
  return (
    <FieldShell path={path}>
      <label htmlFor={info.id}>{info.label}</label>
      <Help info={info} />
      <input
        id={info.id}
        type="text"
        inputMode="numeric"
        className="number"
        value={shown}
        aria-invalid={info.error ? true : undefined}
        aria-describedby={info.describedBy}
        onChange={(e) => {
          const next = e.currentTarget.value
          setText(next)
          dispatch({ type: 'type', path, value: parseWholeNumber(next) })
        }}
        onBlur={() => dispatch({ type: 'commit' })}
      />
      <ErrorText info={info} />
    </FieldShell>
  )
}, sameFieldProps)
