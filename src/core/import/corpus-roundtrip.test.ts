import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../config/index.ts'
import { CORPUS_DEFECTS, defectOutcome } from './test-support/corpus-defects.ts'
import { corpusTable, TABLE_END, TABLE_START } from './test-support/corpus-table.ts'
import { type Measured, measure } from './test-support/measure.ts'

/**
 * Issue 12, item 6: every corpus file imported, its config's pipeline generated and imported again.
 * Every executor flag and value, destination, auth host, proxy and CA behaviour of each kaniko job is
 * kept, or the import says how it changed, or lists it as not mapped; each known defect of the file
 * is gone from the regenerated pipeline, reported, or named as open with its reason. The table in
 * docs/import.md is this measurement (scripts/import-corpus-table.ts writes it).
 */
const CORPUS = new URL('./fixtures/corpus/', import.meta.url)
const FILES = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.yml'))
  .sort()
const measured = new Map<string, Measured>()

async function measuredFile(file: string): Promise<Measured> {
  const known = measured.get(file)
  if (known) return known
  const result = await measure(readFileSync(new URL(file, CORPUS), 'utf8'))
  measured.set(file, result)
  return result
}

describe('corpus round trip', () => {
  it.each(FILES)(
    '%s: every fact is kept, changed or reported; every defect gone, reported or open',
    async (file) => {
      const m = await measuredFile(file)
      expect(m.result.config && parseConfig(m.result.config).ok).toBe(true)
      const lost = m.facts
        .filter((fact) => fact.verdict === 'lost')
        .map((fact) => `${fact.job}: ${fact.kind} ${fact.text}`)
      expect(lost).toEqual([])
      expect(m.facts.length).toBeGreaterThan(0)
      expect(CORPUS_DEFECTS[file.slice(0, 2)]?.length ?? 0).toBeGreaterThan(0)
      expect(defectOutcome(file, m).missing).toEqual([])
    },
  )

  it('docs/import.md holds the table this measurement gives', async () => {
    const rows = []
    for (const file of FILES) {
      const m = await measuredFile(file)
      rows.push({ file, measured: m, defects: defectOutcome(file, m) })
    }
    const docs = readFileSync(new URL('../../../docs/import.md', import.meta.url), 'utf8')
    const start = docs.indexOf(TABLE_START)
    const end = docs.indexOf(TABLE_END)
    expect(start).toBeGreaterThan(0)
    expect(docs.slice(start + TABLE_START.length, end).trim()).toBe(corpusTable(rows))
  })
})
