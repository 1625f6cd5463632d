import type * as z from 'zod/mini'
import { migrateConfig } from './migrate.ts'
import { type Config, configSchema } from './schema.ts'

export interface ConfigIssue {
  /** Dotted path of the field, e.g. `build.buildArgs[0].name`; '' for the whole config. */
  readonly path: string
  readonly message: string
}

export type ParseResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] }

/** The one entrance for configs from anywhere (file, link, form, importer): migrate, then validate. */
export function parseConfig(input: unknown): ParseResult {
  const migrated = migrateConfig(input)
  if (!migrated.ok) return { ok: false, issues: [{ path: migrated.path, message: migrated.message }] }
  const result = configSchema.safeParse(migrated.value)
  if (result.success) return { ok: true, config: result.data }
  return { ok: false, issues: result.error.issues.map(toConfigIssue) }
}

/** Like parseConfig, but throws an Error whose message names the first bad field. */
export function parseConfigOrThrow(input: unknown): Config {
  const result = parseConfig(input)
  if (result.ok) return result.config
  throw new Error(formatIssues(result.issues))
}

export function formatIssue(issue: ConfigIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message
}

/** One line naming the first problem, with a count of the others. */
export function formatIssues(issues: readonly ConfigIssue[]): string {
  const [first, ...rest] = issues
  if (!first) return 'invalid config'
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : ''
  return `${formatIssue(first)}${more}`
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

function toConfigIssue(issue: z.core.$ZodIssue): ConfigIssue {
  if (issue.code === 'unrecognized_keys') {
    const where = formatPath(issue.path)
    const keys = issue.keys.map((k) => (where ? `${where}.${k}` : k))
    return {
      path: keys[0] ?? where,
      message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`,
    }
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ')
    return { path: formatPath(issue.path), message: `must be one of ${allowed}` }
  }
  if (issue.code === 'invalid_type' && issue.message === 'Invalid input') {
    return {
      path: formatPath(issue.path),
      message: TYPE_MESSAGES[issue.expected] ?? `must be ${issue.expected}`,
    }
  }
  return { path: formatPath(issue.path), message: issue.message }
}

/** zod/mini ships no English messages; these name what the field needed. */
const TYPE_MESSAGES: Readonly<Record<string, string>> = {
  string: 'must be text',
  boolean: 'must be true or false',
  number: 'must be a number',
  int: 'must be a whole number',
  array: 'must be a list',
  object: 'must be an object',
}
