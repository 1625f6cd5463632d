import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importPipeline } from '../../core/import/index.ts'
import { importOutcome, reportView } from './outcome.ts'

const corpus = (name: string) =>
  readFileSync(new URL(`../../core/import/fixtures/corpus/${name}`, import.meta.url), 'utf8')

describe('import outcome', () => {
  it('gives broken YAML’s line and column', async () => {
    const outcome = importOutcome(await importPipeline('build:\n  script: [a\n  image: x\n'))
    expect(outcome.kind).toBe('error')
    if (outcome.kind !== 'error') return
    expect(outcome.line).toBeGreaterThanOrEqual(2)
    expect(outcome.column).toBeGreaterThanOrEqual(1)
    expect(outcome.message).not.toBe('')
  })

  it('says when a pipeline has no kaniko job', async () => {
    const outcome = importOutcome(await importPipeline('test:\n  script: [npm test]\n'))
    expect(outcome).toEqual({ kind: 'no-job' })
  })

  it('gives a corpus file’s config and a report in the order of the file, in both languages', async () => {
    const outcome = importOutcome(await importPipeline(corpus('08-gitlab-official-kaniko-template.yml')))
    expect(outcome.kind).toBe('imported')
    if (outcome.kind !== 'imported') return
    expect(outcome.config.images.length).toBeGreaterThanOrEqual(1)
    const en = reportView(outcome.result, 'en')
    const ja = reportView(outcome.result, 'ja')
    expect(en.jobs).toEqual(['kaniko-build'])
    expect(en.unmapped.length).toBe(outcome.result.unmapped.length)
    expect(en.changed.length).toBe(outcome.result.changed.length)
    expect(en.findings.length).toBe(outcome.result.findings.length)
    expect(en.findings.length).toBeGreaterThan(0)
    const lines = [...en.unmapped, ...en.changed].map((row) => row.line)
    expect(lines.length).toBeGreaterThan(0)
    for (const rows of [en.unmapped, en.changed, en.findings])
      expect(rows.map((r) => r.line)).toEqual([...rows.map((r) => r.line)].sort((a, b) => a - b))
    const first = en.findings[0]
    const firstJa = ja.findings.find((f) => f.code === first?.code)
    expect(firstJa?.title).not.toBe(first?.title)
    expect(first?.title).toBe(
      outcome.result.findings.find((f) => f.code === first?.code && f.line === first.line)?.title.en,
    )
  })

  it('shows what was not mapped and what changed in the page’s language (reason codes, not core English)', async () => {
    const outcome = importOutcome(
      await importPipeline(corpus('12-chesapeake-ca-cert-docker-auth-config-exists-check.yml')),
    )
    if (outcome.kind !== 'imported') return expect.fail(outcome.kind)
    const en = reportView(outcome.result, 'en')
    const ja = reportView(outcome.result, 'ja')
    expect(en.unmapped.map((row) => row.text).sort()).toEqual(
      outcome.result.unmapped.map((u) => u.reason).sort(),
    )
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/
    for (const rows of [ja.unmapped, ja.changed]) {
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) expect(row.text, row.text).toMatch(japanese)
    }
    expect(ja.unmapped.map((row) => row.line)).toEqual(en.unmapped.map((row) => row.line))
  })
})
