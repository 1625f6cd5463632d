import type { Translate } from '../../../i18n/index.ts'
import { messagePath, type Path, pathKey } from '../../state/paths.ts'

/** A DOM id for a config path: `f-build-buildArgs-0-name`. */
export function fieldId(path: Path): string {
  return `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`
}

/** `field.<path>.<suffix>` in the current language, or undefined when there is no such message. */
export function fieldMessage(
  t: Translate,
  path: Path,
  suffix: 'label' | 'help' | 'item' | 'add',
  params?: Record<string, string | number>,
): string | undefined {
  const key = `field.${messagePath(path)}.${suffix}`
  return t.has(key) ? t(key, params) : undefined
}

/** The label of a field; a missing message shows its path so that it is noticed. */
export function fieldLabel(t: Translate, path: Path): string {
  return fieldMessage(t, path, 'label') ?? pathKey(path)
}
