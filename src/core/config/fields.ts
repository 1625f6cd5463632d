import * as z from 'zod/mini'
import { refusedCharacter, refusedCharacterMessage } from './characters.ts'

/**
 * Field types shared by the config schema, written with zod/mini: the page parses configs on every
 * keystroke, and mini keeps zod's share of the first download small (classic zod was ~24 KB gzip).
 *
 * "Shell text" is what a user types into a value field: `$NAME` and `${NAME}` are CI/CD variable
 * references expanded by the job's shell, every other character is literal. Generators quote it
 * with src/core/shell, so any text is safe.
 */

const NUL = '\u0000'

/** A field with its default (descriptions live in descriptions.ts, out of the page's download). */
export function field<T extends z.ZodMiniType>(schema: T, defaultValue: z.output<T>) {
  return z._default(schema, defaultValue as never)
}

/** A sub-object whose own fields all have defaults: an absent object takes them. */
export function section<T extends z.ZodMiniType>(schema: T) {
  return z.prefault(schema, {} as never)
}

export const boolean = (defaultValue: boolean) => field(z.boolean(), defaultValue)

const noNul = z.refine<string>((s) => !s.includes(NUL), 'must not contain a NUL character')
/** What GitLab's YAML parser reads as a line break or refuses (characters.ts); the message names it. */
const yamlSafe = z.refine<string>((s) => refusedCharacter(s) === undefined, {
  error: (issue) => refusedCharacterMessage(refusedCharacter(String(issue.input)) ?? ''),
})
const singleLine = z.refine<string>((s) => !/[\r\n]/.test(s), 'must be a single line')
const notEmpty = z.minLength(1, 'must not be empty')
const noOuterSpaces = z.refine<string>((s) => s.trim() === s, 'must not start or end with spaces')
/**
 * `4000` → `4,000`. Not `toLocaleString`: this runs while the page's entry loads, and the first
 * Intl number format of a page loads ICU data (10–20 ms on the main thread before hydration).
 */
export const withThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',')
const at = (max: number, what = 'characters') =>
  z.maxLength(max, `must be at most ${withThousands(max)} ${what}`)

export const shellText = z.string().check(at(4000), noNul, yamlSafe)
export const nonEmptyShellText = z.string().check(at(4000), noNul, yamlSafe, notEmpty)
export const singleLineText = z.string().check(at(4000), noNul, yamlSafe, singleLine)
export const nonEmptySingleLineText = z.string().check(at(4000), noNul, yamlSafe, singleLine, notEmpty)

/** Text that becomes one word on a command line or in a reference: no whitespace at all. */
const noSpace = z.refine<string>((s) => !/\s/.test(s), 'must not contain spaces or line breaks')
export const wordText = z.string().check(at(4000), noNul, yamlSafe, noSpace)
export const nonEmptyWord = z.string().check(at(4000), noNul, yamlSafe, noSpace, notEmpty)

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
export const NOT_A_VARIABLE_NAME =
  'must be a CI/CD variable name: letters, digits and _, not starting with a digit'
export const variableName = z.string().check(z.regex(VARIABLE_NAME, NOT_A_VARIABLE_NAME), at(255))
/** A variable name, or '' for none. */
export const optionalVariableName = z
  .string()
  .check(z.regex(/^$|^[A-Za-z_]\w*$/, NOT_A_VARIABLE_NAME), at(255))

/** GitLab's `artifacts:expire_in`: `1 week`, `3 days and 4 hours`, `30 mins`, `never`; '' for GitLab's default. */
export const artifactExpiry = z
  .string()
  .check(
    z.regex(
      /^$|^never$|^\d+ ?[A-Za-z]*(?:(?:,? and |, | )\d+ ?[A-Za-z]*)*$/,
      'must be a duration like 1 week, or never',
    ),
    at(100),
  )

/** GitLab refuses these as job names: they are global keywords. */
export const RESERVED_JOB_NAMES = [
  'image',
  'services',
  'stages',
  'before_script',
  'after_script',
  'variables',
  'cache',
  'include',
  'pages:deploy',
  'workflow',
  'default',
  'spec',
] as const

/** A YAML merge key: Psych merges the job's keys into the top level even when `<<` is quoted. */
const notMergeKey = z.refine<string>((s) => s !== '<<', 'must not be "<<" (YAML reads it as a merge key)')

export const jobName = z.string().check(
  notEmpty,
  at(255),
  yamlSafe,
  singleLine,
  noNul,
  noOuterSpaces,
  notMergeKey,
  z.refine<string>(
    (s) => !s.startsWith('.'),
    'must not start with "." (that makes a hidden template, not a job)',
  ),
  z.refine<string>(
    (s) => !(RESERVED_JOB_NAMES as readonly string[]).includes(s),
    'is a reserved GitLab CI keyword',
  ),
)

export const stageName = z.string().check(
  notEmpty,
  at(255),
  yamlSafe,
  singleLine,
  noNul,
  noOuterSpaces,
  notMergeKey,
  z.refine<string>((s) => s !== '.pre' && s !== '.post', 'must not be .pre or .post'),
)

export const runnerTag = z.string().check(
  notEmpty,
  at(255),
  yamlSafe,
  z.refine<string>((s) => !/[\r\n,]/.test(s) && !s.includes(NUL), 'must be a single line without commas'),
  noOuterSpaces,
)

/** An image tag as Docker accepts it: `[\w][\w.-]{0,127}`. */
export const imageTag = z
  .string()
  .check(z.regex(/^[\w][\w.-]{0,127}$/, 'must be a valid image tag like v1.24.0-debug'))

/** A full image reference; kept loose (GitLab expands variables in `image:`), but one word. */
export const imageReference = z.string().check(at(1000), noNul, yamlSafe, noSpace)

/** `--build-arg NAME=value`: NAME must not contain `=` and must be one word. */
export const buildArgName = z.string().check(
  notEmpty,
  at(255),
  noNul,
  yamlSafe,
  z.refine<string>((s) => !/[\s=]/.test(s), 'must not contain spaces, line breaks or "="'),
)

export const labelKey = buildArgName

export const noDuplicates = z.refine<readonly unknown[]>(
  (list) => new Set(list).size === list.length,
  'must not contain duplicates',
)

export function uniqueStrings<T extends z.ZodMiniType<string>>(item: T) {
  return z.array(item).check(noDuplicates)
}

export const retries = z
  .int({ error: 'must be a whole number' })
  .check(z.gte(0, 'must not be negative'), z.lte(100, 'must be at most 100'))
