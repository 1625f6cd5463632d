import { z } from 'zod'

/**
 * Field types shared by the config schema. "Shell text" is what a user types into a value field:
 * `$NAME` and `${NAME}` are CI/CD variable references expanded by the job's shell, every other
 * character is literal. Generators quote it with src/core/shell, so any text is safe.
 */

const NUL = '\u0000'

export const shellText = z
  .string()
  .max(4000, 'must be at most 4,000 characters')
  .refine((s) => !s.includes(NUL), 'must not contain a NUL character')

export const singleLineText = shellText.refine((s) => !/[\r\n]/.test(s), 'must be a single line')

/** Text that becomes one word on a command line or in a reference: no whitespace at all. */
export const wordText = shellText.refine((s) => !/\s/.test(s), 'must not contain spaces or line breaks')

export const nonEmptyWord = wordText.refine((s) => s.length > 0, 'must not be empty')

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
export const variableName = z
  .string()
  .regex(VARIABLE_NAME, 'must be a CI/CD variable name: letters, digits and _, not starting with a digit')
  .max(255, 'must be at most 255 characters')

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

export const jobName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine((s) => !/[\r\n]/.test(s) && !s.includes(NUL), 'must be a single line')
  .refine((s) => s.trim() === s, 'must not start or end with spaces')
  .refine((s) => !s.startsWith('.'), 'must not start with "." (that makes a hidden template, not a job)')
  .refine((s) => !(RESERVED_JOB_NAMES as readonly string[]).includes(s), 'is a reserved GitLab CI keyword')

export const stageName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine((s) => !/[\r\n]/.test(s) && !s.includes(NUL), 'must be a single line')
  .refine((s) => s.trim() === s, 'must not start or end with spaces')
  .refine((s) => s !== '.pre' && s !== '.post', 'must not be .pre or .post')

export const runnerTag = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine((s) => !/[\r\n,]/.test(s) && !s.includes(NUL), 'must be a single line without commas')
  .refine((s) => s.trim() === s, 'must not start or end with spaces')

/** An image tag as Docker accepts it: `[\w][\w.-]{0,127}`. */
export const imageTag = z
  .string()
  .regex(/^[\w][\w.-]{0,127}$/, 'must be a valid image tag like v1.24.0-debug')

/** A full image reference; kept loose (GitLab expands variables in `image:`), but one word. */
export const imageReference = z
  .string()
  .max(1000, 'must be at most 1,000 characters')
  .refine((s) => !/\s/.test(s) && !s.includes(NUL), 'must not contain spaces or line breaks')

/** `--build-arg NAME=value`: NAME must not contain `=` and must be one word. */
export const buildArgName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine((s) => !/[\s=]/.test(s) && !s.includes(NUL), 'must not contain spaces, line breaks or "="')

export const labelKey = buildArgName

export function uniqueStrings<T extends z.ZodType<string>>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, 'must not contain duplicates')
}
