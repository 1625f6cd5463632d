import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { INPUT_RULES } from './input-rules.ts'
import { RULES as CONFIG_RULES, PIPELINE_RULES } from './registry.ts'

const RULES = [...CONFIG_RULES, ...PIPELINE_RULES, ...INPUT_RULES]

const doc = readFileSync(new URL('../../../docs/diagnostics.md', import.meta.url), 'utf8')

/** Rows of the summary table: | KC101 | error | executor-not-debug | … | */
function tableRows(): Map<string, { severity: string; name: string }> {
  const rows = new Map<string, { severity: string; name: string }>()
  for (const match of doc.matchAll(/^\|\s*\[?(KC\d{3})\]?[^|]*\|\s*(\w+)\s*\|\s*`([^`]+)`\s*\|/gm)) {
    rows.set(match[1] as string, { severity: match[2] as string, name: match[3] as string })
  }
  return rows
}

describe('docs/diagnostics.md', () => {
  it('documents every code with its own section: severity, cause, effect and fix', () => {
    for (const rule of RULES) {
      const start = doc.indexOf(`### ${rule.code} `)
      expect(start, rule.code).toBeGreaterThanOrEqual(0)
      const next = doc.indexOf('\n### ', start + 1)
      const section = doc.slice(start, next < 0 ? undefined : next)
      for (const part of ['Severity', 'Cause', 'Effect', 'Fix'])
        expect(section, `${rule.code} ${part}`).toContain(`**${part}**`)
      expect(section).toContain(rule.severity)
    }
  })

  it('lists every code in the summary table with the registry severity and name', () => {
    const rows = tableRows()
    for (const rule of RULES)
      expect(rows.get(rule.code), rule.code).toEqual({ severity: rule.severity, name: rule.name })
    expect(rows.size).toBe(RULES.length)
  })
})
