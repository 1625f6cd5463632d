import type { Catalog } from './messages/catalog.ts'
import { findingText } from './texts.ts'
import type { Finding, Severity } from './types.ts'

export interface Summary {
  readonly error: number
  readonly warning: number
  readonly info: number
  readonly total: number
}

/** Counts per severity, for the panel header and the CLI's last line. */
export function summarize(findings: readonly Finding[]): Summary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const finding of findings) counts[finding.severity]++
  return { ...counts, total: findings.length }
}

/** A finding in one language, as plain data (what `kanikoconfig lint --json` prints). */
export interface LocalizedFinding {
  readonly code: string
  readonly severity: Severity
  readonly fields: readonly string[]
  readonly title: string
  readonly message: string
  /** The fix button's label; absent when there is no one-click fix. */
  readonly fix?: string
}

/** `catalog` is the language's (messages/all.ts has both). */
export function localizedFinding(finding: Finding, catalog: Catalog): LocalizedFinding {
  const { title, message, fix } = findingText(finding, catalog)
  return {
    code: finding.code,
    severity: finding.severity,
    fields: finding.fields,
    title,
    message,
    ...(fix !== undefined ? { fix } : {}),
  }
}

/**
 * The findings about a field: those naming it, one of its items (`build.buildArgs` matches
 * `build.buildArgs[2].value`) or its parent list (`destinations[0].tags[1]` matches `destinations`).
 */
export function findingsForField(findings: readonly Finding[], field: string): Finding[] {
  return findings.filter((f) => f.fields.some((path) => relatedPaths(path, field)))
}

function relatedPaths(a: string, b: string): boolean {
  const within = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`)
  return within(a, b) || within(b, a)
}
