import { memo } from 'react'
import type { Path } from '../state/paths.ts'
import { pathKey } from '../state/paths.ts'
import { sameFieldProps } from './fields/same-props.ts'
import { TextField } from './fields/TextField.tsx'
import { ListEditor } from './ListEditor.tsx'

interface Props {
  readonly path: Path
  readonly items: readonly string[]
  readonly errors: Readonly<Record<string, string>>
  /** id of a <datalist> with suggestions for each entry. */
  readonly suggestions?: string
  readonly newItem?: () => string
}

/** A list of single-line strings: tags, runner tags, paths, mirrors, flags. */
export const StringList = memo(function StringList({ path, items, errors, suggestions, newItem }: Props) {
  return (
    <ListEditor
      path={path}
      items={items}
      errors={errors}
      inline
      newItem={newItem ?? (() => '')}
      renderItem={(item, itemPath, label) => (
        <TextField
          path={itemPath}
          value={item}
          label={label}
          hideLabel
          error={errors[pathKey(itemPath)]}
          {...(suggestions ? { suggestions } : {})}
        />
      )}
    />
  )
}, sameFieldProps)
