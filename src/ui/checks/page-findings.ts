import type { Finding } from '../../core/diagnostics/types.ts'

/**
 * Findings the page shows in a place of their own rather than in the checks panel and at the field:
 * KC105 (Google's kaniko is archived) is the kaniko notice above the form (form/KanikoNotice.tsx),
 * which is always visible and offers the same switch. `kanikoconfig lint` still reports it.
 */
const SHOWN_ELSEWHERE: ReadonlySet<string> = new Set(['KC105'])

export function pageFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !SHOWN_ELSEWHERE.has(f.code))
}
