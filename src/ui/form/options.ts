import type { MessageKey, Translate } from '../../i18n/index.ts'
import type { Option } from './fields/SelectField.tsx'

/** Options of an enum; `prefix` names the messages (`option.<prefix>.<value>`), 'default' is shared. */
export function enumOptions(t: Translate, values: readonly string[], prefix?: string): Option[] {
  return values.map((value) => {
    if (value === 'default') return { value, label: t('option.default') }
    if (!prefix) return { value, label: value }
    return { value, label: t(`option.${prefix}.${value}` as MessageKey) }
  })
}
