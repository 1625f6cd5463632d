import { describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { diagnose } from '../../core/diagnostics/index.ts'
import { pageFindings } from './page-findings.ts'

describe('pageFindings', () => {
  it('leaves the archive finding to the kaniko notice and keeps the others, in order', () => {
    const findings = diagnose(
      parseConfigOrThrow({ executor: { source: 'google', tag: 'v1.24.0' }, advanced: { cleanup: true } }),
    )
    expect(findings.map((f) => f.code)).toContain('KC105')
    expect(pageFindings(findings).map((f) => f.code)).toEqual(
      findings.map((f) => f.code).filter((code) => code !== 'KC105'),
    )
    expect(pageFindings(findings).map((f) => f.code)).toEqual(expect.arrayContaining(['KC101', 'KC604']))
  })
})
