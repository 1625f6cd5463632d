import type { Config } from '../../core/config/schema.ts'
import { type ImportResult, type Localized, localizedReason, type Unmapped } from '../../core/import/index.ts'
import type { Language } from '../../i18n/index.ts'

/** One line of the import report: where in the original file, and why. */
export interface ReportRow {
  readonly line: number
  readonly path: string
  readonly text: string
}

export interface FindingRow extends ReportRow {
  readonly code: string
  readonly severity: string
  readonly title: string
  readonly fix: string | null
}

/** What the page shows after an import, in one language (the findings carry both). */
export interface ImportReportView {
  /** The kaniko build jobs the config reproduces, as the file names them. */
  readonly jobs: readonly string[]
  readonly unmapped: readonly ReportRow[]
  readonly changed: readonly ReportRow[]
  readonly findings: readonly FindingRow[]
}

/**
 * What one import leads to: an error to show in the dialog (broken YAML, with its line and column, or
 * no kaniko job), or a config for the form and the report that goes with it.
 */
export type ImportOutcome =
  | { readonly kind: 'error'; readonly line: number; readonly column: number; readonly message: string }
  | { readonly kind: 'no-job' }
  | { readonly kind: 'imported'; readonly config: Config; readonly result: ImportResult & { ok: true } }

export function importOutcome(result: ImportResult): ImportOutcome {
  if (!result.ok) return { kind: 'error', ...result.error }
  if (!result.config) return { kind: 'no-job' }
  return { kind: 'imported', config: result.config, result }
}

const byLine = <T extends ReportRow>(rows: T[]): T[] =>
  rows.sort((a, b) => a.line - b.line || a.path.localeCompare(b.path))

const pick = (text: Localized, language: Language) => text[language]

/** An unmapped or changed entry in the page's language (its reason code and parameters). */
const reasonRow = (entry: Unmapped, language: Language): ReportRow => ({
  line: entry.line,
  path: entry.path,
  text: pick(localizedReason(entry), language),
})

/** The report of an import, rows in the order of the original file. */
export function reportView(result: ImportResult & { ok: true }, language: Language): ImportReportView {
  return {
    jobs: result.jobs.filter((job) => job.role === 'kaniko-build').map((job) => job.name),
    unmapped: byLine(result.unmapped.map((entry) => reasonRow(entry, language))),
    changed: byLine(result.changed.map((entry) => reasonRow(entry, language))),
    findings: byLine(
      result.findings.map((f) => ({
        line: f.line,
        path: f.path,
        code: f.code,
        severity: f.severity,
        title: pick(f.title, language),
        text: pick(f.message, language),
        fix: f.fix ? pick(f.fix, language) : null,
      })),
    ),
  }
}
