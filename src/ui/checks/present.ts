import type { Config } from '../../core/config/schema.ts'
import type { Catalog } from '../../core/diagnostics/messages/catalog.ts'
import { findingText } from '../../core/diagnostics/texts.ts'
import type { Finding, Severity } from '../../core/diagnostics/types.ts'
import type { Language } from '../../i18n/index.ts'
import type { PathMark } from '../marks/marks.ts'
import { findingLines } from '../preview/finding-lines.ts'
import type { EditorMarker } from '../preview/markers.ts'
import { checksText } from './messages.ts'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

export interface Group {
  readonly severity: Severity
  readonly findings: readonly Finding[]
}

/** Findings by severity, errors first, leaving out empty groups; the engine's order within each. */
export function groupBySeverity(findings: readonly Finding[]): Group[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0)
}

/** "1 error", "3 warnings", "エラー2件": a count for the panel header. */
export function countText(language: Language, severity: Severity, count: number): string {
  const text = checksText(language)
  return count === 1 ? text(`checks.${severity}.one`) : text(`checks.${severity}.other`, { count })
}

/** How a mark's Fix runs: `run` applies a finding's fix (`title` names it) to the page's current config. */
export interface MarkFixer {
  readonly blocked: boolean
  readonly run: (finding: Finding, title: string) => string | null
}

/**
 * A finding's mark, at the first field it names (one message, one place: the checks panel lists every
 * field, with a link to each), with its Fix where it has one. The title shows; the explanation waits
 * behind "why?".
 */
export function findingMarks(
  findings: readonly Finding[],
  language: Language,
  texts: Catalog,
  fixer?: MarkFixer,
): PathMark[] {
  const text = checksText(language)
  return findings.flatMap((f) => {
    const path = f.fields[0]
    if (path === undefined) return []
    const { title, message, fix } = findingText(f, texts)
    return [
      {
        path,
        severity: f.severity,
        label: text(`checks.severity.${f.severity}`),
        text: title,
        detail: message,
        ...(fix !== undefined && fixer
          ? { fix: { label: fix, blocked: fixer.blocked, run: () => fixer.run(f, title) } }
          : {}),
      },
    ]
  })
}

/** A marker on each YAML line a finding's fields render on. */
export function editorMarkers(
  yaml: string,
  config: Config,
  findings: readonly Finding[],
  texts: Catalog,
): EditorMarker[] {
  return findings.flatMap((f) => {
    const { title, message } = findingText(f, texts)
    return findingLines(yaml, config, f.fields).map((line) => ({
      line,
      severity: f.severity,
      code: f.code,
      message: `${title}: ${message}`,
    }))
  })
}
