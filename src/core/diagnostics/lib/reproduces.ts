import type { ImageView } from '../../config/image-view.ts'
import { executorCommand } from '../../generate/executor-args.ts'
import { quoteShellText } from '../../shell/quote.ts'
import { parseGoBool } from './args.ts'
import type { FlagSpec } from './flags.ts'

/** kaniko's value for a flag that is not given. */
function kanikoDefault(spec: FlagSpec): string {
  if (spec.default !== undefined) return spec.default
  return spec.type === 'bool' ? 'false' : spec.type === 'int' ? '0' : ''
}

function sameValue(spec: FlagSpec, a: string, b: string): boolean {
  if (spec.type === 'bool') return parseGoBool(a) === parseGoBool(b)
  if (spec.type === 'int' && /^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) === Number(b)
  return a === b
}

/**
 * Whether the executor command of `config` passes `--<name>` with `value` (as an extra flag gave it;
 * undefined is a bare bool flag), or leaves the flag out while `value` is kaniko's default anyway.
 * A fix that moves an extra flag into the form may only remove it when this holds afterwards.
 */
export function emitsFlag(
  config: ImageView,
  spec: FlagSpec,
  name: string,
  value: string | undefined,
): boolean {
  const wanted = value ?? 'true'
  const prefix = `--${name}`
  let seen = false
  for (const line of executorCommand(config, '').lines) {
    const first = line[0] ?? ''
    const unquoted = first.replace(/^"/, '')
    if (unquoted !== prefix && !unquoted.startsWith(`${prefix}=`)) continue
    seen = true
    if (spec.type === 'bool') {
      if (line.length === 1 && first === prefix && sameValue(spec, 'true', wanted)) return true
      for (const v of ['true', 'false']) {
        if (first === quoteShellText(`${prefix}=${v}`) && sameValue(spec, v, wanted)) return true
      }
      continue
    }
    if (line.length === 2 && first === prefix && line[1] === quoteShellText(wanted)) return true
    if (line.length === 1 && first === quoteShellText(`${prefix}=${wanted}`)) return true
    if (spec.type === 'int' && line.length === 2 && sameValue(spec, line[1] ?? '', wanted)) return true
  }
  return !seen && sameValue(spec, kanikoDefault(spec), wanted)
}
