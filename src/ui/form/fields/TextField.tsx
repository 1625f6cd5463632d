import { memo, type ReactNode, useState } from 'react'
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
  /** Shown after the input: a one-click value ("same as HTTP"). */
  readonly after?: ReactNode
}

export const TextField = memo(function TextField(props: Props) {
  const { dispatch } = useUi()
  // A field that appears empty and already wrong (a list item just added) waits for the user: its
  // error shows once something has been typed or the field has been left. A list item without its
  // own label shows no help either: its list shows both, once.
  const [waiting, setWaiting] = useState(() => props.value === '' && props.error !== undefined)
  const info = useFieldInfo(props.path, waiting ? undefined : props.error, props.label, !props.hideLabel)
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
  const onChange = (e: { currentTarget: { value: string } }) => {
    setWaiting(false)
    dispatch({ type: 'type', path: props.path, value: e.currentTarget.value })
  }
  const onBlur = () => {
    setWaiting(false)
    dispatch({ type: 'commit' })
  }
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
      {props.after}
      <ErrorText info={info} />
    </FieldShell>
  )
}, sameFieldProps)
