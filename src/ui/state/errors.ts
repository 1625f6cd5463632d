import type { ConfigIssue } from '../../core/config/parse.ts'
import { SECTION_IDS, type SectionId, sectionOfIssue } from './sections.ts'

/** Issue messages by path (`build.buildArgs[0].name`), the first one per path. */
export type FieldErrors = Readonly<Record<string, string>>
export type ErrorsBySection = Readonly<Record<SectionId | 'general', FieldErrors>>

const EMPTY: FieldErrors = Object.freeze({})

export const NO_ERRORS: ErrorsBySection = Object.freeze(
  Object.fromEntries([...SECTION_IDS, 'general'].map((id) => [id, EMPTY])) as Record<
    SectionId | 'general',
    FieldErrors
  >,
)

/**
 * Groups issues by form section. A section whose errors did not change keeps the previous object,
 * so its memoized component does not re-render on every keystroke elsewhere.
 */
export function groupErrors(issues: readonly ConfigIssue[], previous: ErrorsBySection): ErrorsBySection {
  const next: Record<string, Record<string, string>> = {}
  for (const issue of issues) {
    const id = sectionOfIssue(issue.path) ?? 'general'
    const bucket = next[id] ?? {}
    next[id] = bucket
    if (!(issue.path in bucket)) bucket[issue.path] = issue.message
  }
  let changed = false
  const result = {} as Record<SectionId | 'general', FieldErrors>
  for (const id of [...SECTION_IDS, 'general'] as const) {
    const fresh = next[id] ?? EMPTY
    const old = previous[id]
    const same = shallowEqual(fresh, old)
    result[id] = same ? old : fresh
    if (!same) changed = true
  }
  return changed ? result : previous
}

function shallowEqual(a: FieldErrors, b: FieldErrors): boolean {
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  return ka.every((k) => a[k] === b[k])
}

export function errorCount(errors: ErrorsBySection): number {
  return Object.values(errors).reduce((n, e) => n + Object.keys(e).length, 0)
}
