import type { Translate } from '../../../i18n/index.ts'
import { type Path, parsePathKey } from '../../state/paths.ts'
import { fieldLabel, fieldMessage } from './labels.ts'

/**
 * A field named for a person, from its dotted config path: `proxy.http` -> "HTTP proxy",
 * `build.buildArgs[1].value` -> "Build argument 2 › Value", `multiArch.platforms[0]` -> "Platform 1".
 */
export function describeField(t: Translate, key: string): string {
  const path = parsePathKey(key)
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < path.length; i++) {
    const part = path[i]
    if (typeof part !== 'number') continue
    const list: Path = path.slice(0, i)
    const item = fieldMessage(t, list, 'item', { n: part + 1 })
    parts.push(item ?? `${fieldLabel(t, list.slice(start))} ${part + 1}`)
    start = i + 1
  }
  if (start < path.length) parts.push(fieldLabel(t, path))
  return parts.join(' › ')
}
