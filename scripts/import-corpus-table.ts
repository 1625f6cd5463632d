// Writes the corpus measurement table into docs/import.md (run: npx tsx scripts/import-corpus-table.ts).
// src/core/import/corpus-roundtrip.test.ts fails when the table and the measurement differ.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { defectOutcome } from '../src/core/import/test-support/corpus-defects.ts'
import { corpusTable, TABLE_END, TABLE_START } from '../src/core/import/test-support/corpus-table.ts'
import { measure } from '../src/core/import/test-support/measure.ts'

const corpus = new URL('../src/core/import/fixtures/corpus/', import.meta.url)
const docsUrl = new URL('../docs/import.md', import.meta.url)

async function main(): Promise<void> {
  const rows = []
  for (const file of readdirSync(corpus)
    .filter((f) => f.endsWith('.yml'))
    .sort()) {
    const measured = await measure(readFileSync(new URL(file, corpus), 'utf8'))
    rows.push({ file, measured, defects: defectOutcome(file, measured) })
  }
  const docs = readFileSync(docsUrl, 'utf8')
  const start = docs.indexOf(TABLE_START)
  const end = docs.indexOf(TABLE_END)
  if (start < 0 || end < 0) throw new Error(`docs/import.md needs the markers ${TABLE_START} … ${TABLE_END}`)
  const table = corpusTable(rows)
  writeFileSync(docsUrl, `${docs.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${docs.slice(end)}`)
  process.stdout.write(`${table}\n`)
}

await main()
