import { ShellCommand } from './command.ts'

/** A job as plain data in GitLab's key order; `comments` are attached by the document builder. */
export interface JobSpec {
  readonly name: string
  /** Lines of the explanatory comment above the job (shown when output.comments is on). */
  readonly comment: readonly string[]
  readonly body: Record<string, unknown>
}

/** `image:` with GitLab's `entrypoint: [""]` override, so the runner can start the job script. */
export function image(name: string, overrideEntrypoint: boolean): Record<string, unknown> {
  return overrideEntrypoint ? { name, entrypoint: [''] } : { name }
}

/**
 * Leaves out keys without content (no empty `variables:` or `before_script:`). `needs: []` is
 * content: it means "start at once", unlike no `needs` at all (stage order).
 */
export function withOptional(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([key, value]) => {
      if (value === null || value === undefined) return false
      if (Array.isArray(value)) return value.length > 0 || key === 'needs'
      if (typeof value === 'object' && !(value instanceof ShellCommand)) return Object.keys(value).length > 0
      return true
    }),
  )
}
