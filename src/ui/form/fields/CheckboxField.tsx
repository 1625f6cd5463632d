import { memo } from 'react'
import { useUi } from '../../context.ts'
import type { Path } from '../../state/paths.ts'
import { ErrorText, FieldShell, Help, useFieldInfo } from './Field.tsx'
import { sameFieldProps } from './same-props.ts'

interface Props {
  readonly path: Path
  readonly value: boolean
  readonly error?: string | undefined
}

export const CheckboxField = memo(function CheckboxField({ path, value, error }: Props) {
  const { dispatch } = useUi()
  const info = useFieldInfo(path, error)
  return (
    <FieldShell path={path} className="checkbox">
      <input
        id={info.id}
        type="checkbox"
        checked={value}
        aria-describedby={info.describedBy}
        onChange={(e) => dispatch({ type: 'set', path, value: e.currentTarget.checked })}
      />
      <div>
        <label htmlFor={info.id}>{info.label}</label>
        <Help info={info} />
        <ErrorText info={info} />
      </div>
    </FieldShell>
  )
}, sameFieldProps)
