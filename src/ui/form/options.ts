import type { MessageKey, Translate } from '../../i18n/index.ts'
import type { Option } from './fields/SelectField.tsx'

// The same list while the language stands: a select whose options are a new array re-renders.
const made = new WeakMap<Translate, Map<readonly string[], Map<string, readonly Option[]>>>()

/** Options of an enum; `prefix` names the messages (`option.<prefix>.<value>`), 'default' is shared. */
export function enumOptions(t: Translate, values: readonly string[], prefix?: string): readonly Option[] {
  const byValues = made.get(t) ?? new Map<readonly string[], Map<string, readonly Option[]>>()
  made.set(t, byValues)
  const byPrefix = byValues.get(values) ?? new Map<string, readonly Option[]>()
  byValues.set(values, byPrefix)
  const known = byPrefix.get(prefix ?? '')
  if (known) return known
  const options = values.map((value): Option => {
    if (value === 'default') return { value, label: t('option.default') }
    if (!prefix) return { value, label: value }
    return { value, label: t(`option.${prefix}.${value}` as MessageKey) }
  })
  byPrefix.set(prefix ?? '', options)
  return options
}
