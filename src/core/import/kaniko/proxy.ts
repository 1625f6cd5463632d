import { wordText } from '../shell/words.ts'
import type { JobVariable, Origin } from '../types.ts'
import type { FlagUse } from './argv.ts'

export interface ProxySetting extends Origin {
  /** `http_proxy`, `HTTPS_PROXY`, `no_proxy`… as written. */
  readonly name: string
  readonly kind: 'http' | 'https' | 'no' | 'all'
  readonly value: string
  /** `variable`: a job variable kaniko itself reads; `build-arg`: passed to RUN steps. */
  readonly via: 'variable' | 'build-arg'
  /** `--build-arg NAME` without a value: kaniko passes the value of its own environment. */
  readonly bare?: boolean
}

const PROXY_NAMES: Record<string, ProxySetting['kind']> = {
  http_proxy: 'http',
  https_proxy: 'https',
  no_proxy: 'no',
  all_proxy: 'all',
}

export function proxyKind(name: string): ProxySetting['kind'] | null {
  return PROXY_NAMES[name.toLowerCase()] ?? null
}

export function readProxy(variables: readonly JobVariable[], flags: readonly FlagUse[]): ProxySetting[] {
  const settings: ProxySetting[] = []
  for (const variable of variables) {
    const kind = proxyKind(variable.name)
    if (kind)
      settings.push({
        path: variable.path,
        line: variable.line,
        name: variable.name,
        kind,
        value: variable.value,
        via: 'variable',
      })
  }
  for (const flag of flags) {
    if (flag.name !== 'build-arg' || !flag.value) continue
    const text = wordText(flag.value)
    const equals = text.indexOf('=')
    const name = equals < 0 ? text : text.slice(0, equals)
    const kind = proxyKind(name)
    if (kind)
      settings.push({
        path: flag.path,
        line: flag.line,
        name,
        kind,
        value: equals < 0 ? `$${name}` : text.slice(equals + 1),
        via: 'build-arg',
        ...(equals < 0 ? { bare: true } : {}),
      })
  }
  return settings
}
