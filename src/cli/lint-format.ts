import type { Lang, LocalizedFinding, Severity } from '../core/diagnostics/index.ts'

/**
 * Words of the human-readable `lint` report, the page's words (checks-en/ja.ts: Tips, ヒント); the
 * findings themselves come localized from the core.
 */
const WORDS: Record<Lang, { heading: Record<Severity, string>; fix: string; none: string }> = {
  en: {
    heading: { error: 'Errors', warning: 'Warnings', info: 'Tips' },
    fix: 'Fix',
    none: 'No problems found.',
  },
  ja: {
    heading: { error: 'エラー', warning: '警告', info: 'ヒント' },
    fix: '修正',
    none: '問題は見つかりませんでした。',
  },
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/**
 * Findings grouped by severity (errors first), each with its code, fields, title, message and fix,
 * then a count line, e.g. `1 error, 2 warnings, 0 info`.
 */
export function formatFindings(findings: readonly LocalizedFinding[], lang: Lang): string {
  const words = WORDS[lang]
  if (findings.length === 0) return `${words.none}\n`
  const blocks: string[] = []
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity)
    if (group.length === 0) continue
    const lines = [`${words.heading[severity]} (${group.length})`]
    for (const finding of group) {
      const fields = finding.fields.length > 0 ? ` ${finding.fields.join(', ')}` : ''
      lines.push(`  ${finding.code}${fields}: ${finding.title}`, `    ${finding.message}`)
      if (finding.fix) lines.push(`    ${words.fix}: ${finding.fix}`)
    }
    blocks.push(lines.join('\n'))
  }
  return `${blocks.join('\n\n')}\n\n${countLine(findings, lang)}\n`
}

export function countLine(findings: readonly LocalizedFinding[], lang: Lang): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length
  if (lang === 'ja') {
    return SEVERITIES.map((s) => `${WORDS.ja.heading[s]} ${count(s)}件`).join('、')
  }
  const [errors, warnings, infos] = SEVERITIES.map(count) as [number, number, number]
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`
}
