import { useId } from 'react'
import type { Language } from '../../i18n/index.ts'
import { importText as messages } from './messages.ts'
import type { FindingRow, ImportReportView, ReportRow } from './outcome.ts'

interface Props {
  readonly report: ImportReportView
  readonly language: Language
  readonly onClose: () => void
}

/** What the last import could not map, what it changed and what is wrong in the original file. */
export function ImportReport({ report, language, onClose }: Props) {
  const t = messages(language)
  const id = useId()
  const where = (row: ReportRow) => t('import.where', { line: row.line, path: row.path || '—' })
  return (
    <section className="import-report" aria-labelledby={`${id}-heading`} data-testid="import-report">
      <div className="import-report-bar">
        <h3 id={`${id}-heading`}>{t('import.report.heading')}</h3>
        <button type="button" onClick={onClose}>
          {t('import.report.close')}
        </button>
      </div>
      <p>{t('import.report.summary', { jobs: report.jobs.join(', ') })}</p>
      <Rows
        testId="import-unmapped"
        heading={t('import.unmapped.heading', { count: report.unmapped.length })}
        none={t('import.unmapped.none')}
        rows={report.unmapped}
        where={where}
      />
      <Rows
        testId="import-changed"
        heading={t('import.changed.heading', { count: report.changed.length })}
        none={t('import.changed.none')}
        rows={report.changed}
        where={where}
      />
      <h4>{t('import.findings.heading', { count: report.findings.length })}</h4>
      {report.findings.length === 0 ? (
        <p>{t('import.findings.none')}</p>
      ) : (
        <ul data-testid="import-findings">
          {report.findings.map((finding: FindingRow) => (
            <li key={`${finding.code}:${finding.line}:${finding.path}`} data-severity={finding.severity}>
              <strong>
                {finding.code} {finding.title}
              </strong>{' '}
              <span className="import-where">{where(finding)}</span>
              <p>{finding.text}</p>
              {finding.fix ? (
                <p>
                  {t('import.fix')} {finding.fix}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Rows({
  testId,
  heading,
  none,
  rows,
  where,
}: {
  readonly testId: string
  readonly heading: string
  readonly none: string
  readonly rows: readonly ReportRow[]
  readonly where: (row: ReportRow) => string
}) {
  return (
    <>
      <h4>{heading}</h4>
      {rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul data-testid={testId}>
          {rows.map((row, i) => (
            // The same path and line may hold several reasons: the position in the list keeps them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of one import never reorder
            <li key={i}>
              <span className="import-where">{where(row)}</span>: {row.text}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
