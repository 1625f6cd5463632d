import { ShellCommand } from '../command.ts'

/**
 * Whether two job values are the same in the YAML: plain data compared deeply, key order included
 * (GitLab keeps it, e.g. the order of `variables:`), `ShellCommand`s by the text the shell receives.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof ShellCommand || b instanceof ShellCommand) {
    return a instanceof ShellCommand && b instanceof ShellCommand && `${a}` === `${b}`
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    )
  }
  if (isRecord(a) || isRecord(b)) {
    if (!isRecord(a) || !isRecord(b)) return false
    const keys = Object.keys(a)
    const otherKeys = Object.keys(b)
    return (
      keys.length === otherKeys.length &&
      keys.every((key, i) => key === otherKeys[i] && sameValue(a[key], b[key]))
    )
  }
  return Object.is(a, b)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ShellCommand)
  )
}
