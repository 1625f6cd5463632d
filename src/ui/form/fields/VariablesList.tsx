import { memo } from 'react'
import type { Path } from '../../state/paths.ts'
import { ListEditor } from '../ListEditor.tsx'
import { errorAt } from '../sections/common.ts'
import { sameFieldProps } from './same-props.ts'
import { TextField } from './TextField.tsx'

interface Variable {
  readonly name: string
  readonly value: string
}

/** GitLab job `variables:` as a list of name and value. */
export const VariablesList = memo(function VariablesList({
  path,
  items,
  errors,
}: {
  readonly path: Path
  readonly items: readonly Variable[]
  readonly errors: Readonly<Record<string, string>>
}) {
  return (
    <ListEditor<Variable>
      path={path}
      items={items}
      errors={errors}
      newItem={() => ({ name: '', value: '' })}
      renderItem={(variable, p) => (
        <div className="row">
          <TextField path={[...p, 'name']} value={variable.name} error={errorAt(errors, [...p, 'name'])} />
          <TextField path={[...p, 'value']} value={variable.value} error={errorAt(errors, [...p, 'value'])} />
        </div>
      )}
    />
  )
}, sameFieldProps)
