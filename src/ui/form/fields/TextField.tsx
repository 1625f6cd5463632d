import { memo } from 'react'
import { useUi } from '../../context.ts'
import type { Path } from '../../state/paths.ts'
import { ErrorText, FieldShell, Help, useFieldInfo } from './Field.tsx'
import { sameFieldProps } from './same-props.ts'

interface Props {
  readonly path: Path
  readonly value: string
  readonly error?: string | undefined
  readonly multiline?: boolean
  readonly placeholder?: string
  /** id of a <datalist> with suggestions. */
  readonly suggestions?: string
  /** Overrides the label from the messages (list items). */
  readonly label?: string
  readonly hideLabel?: boolean
}

export const TextField = memo(function TextField(props: Props) {
  const { dispatch } = useUi()
  const info = useFieldInfo(props.path, props.error, props.label)
  const common = {
    id: info.id,
    value: props.value,
    'aria-invalid': info.error ? true : undefined,
    'aria-describedby': info.describedBy,
    placeholder: props.placeholder,
    spellCheck: false,
    autoComplete: 'off',
  } as const
  // Typing reaches the preview at once, and the link and the saved work once the field loses focus.
  const onChange = (e: { currentTarget: { value: string } }) =>
    dispatch({ type: 'type', path: props.path, value: e.currentTarget.value })
  const onBlur = () => dispatch({ type: 'commit' })
  return (
    <FieldShell path={props.path} className={props.hideLabel ? 'compact' : undefined}>
      <label htmlFor={info.id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {info.label}
      </label>
      <Help info={info} />
      {props.multiline ? (
        <textarea {...common} rows={6} onChange={onChange} onBlur={onBlur} />
      ) : (
        <input {...common} type="text" list={props.suggestions} onChange={onChange} onBlur={onBlur} />
      )}
      <ErrorText info={info} />
    </FieldShell>
  )
}, sameFieldProps)
