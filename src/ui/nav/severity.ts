import type { Severity } from '../../core/diagnostics/types.ts'
import type { ErrorsBySection } from '../state/errors.ts'
import { SECTION_IDS, type SectionId, sectionOfIssue } from '../state/sections.ts'

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 }

export type Severities = Readonly<Partial<Record<SectionId, Severity>>>

const worse = (a: Severity | undefined, b: Severity): Severity => (a && RANK[a] >= RANK[b] ? a : b)

/**
 * The worst severity of the marks (findings, credential warnings) in each section, as a string
 * (`images:error;proxy:warning`): a subscription to the marks then compares snapshots by value.
 */
export function markSeverities(
  marks: readonly { readonly path: string; readonly severity: Severity }[],
): string {
  const worst: Partial<Record<SectionId, Severity>> = {}
  for (const mark of marks) {
    const id = sectionOfIssue(mark.path)
    if (id) worst[id] = worse(worst[id], mark.severity)
  }
  return SECTION_IDS.flatMap((id) => (worst[id] ? [`${id}:${worst[id]}`] : [])).join(';')
}

/** markSeverities' string back, with the sections holding validation errors counted as errors. */
export function sectionSeverities(summary: string, errors: ErrorsBySection): Severities {
  const out: Partial<Record<SectionId, Severity>> = {}
  for (const part of summary.split(';')) {
    const [id, severity] = part.split(':') as [SectionId, Severity | undefined]
    if (severity) out[id] = severity
  }
  for (const id of SECTION_IDS) if (Object.keys(errors[id]).length > 0) out[id] = 'error'
  return out
}
