import { describe, expect, it } from 'vitest'
import { configPathOfView, imageView } from '../config/image-view.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { type Config, configSchema } from '../config/schema.ts'
import { CASES, type Case } from './cases/index.ts'
import { diagnose } from './engine.ts'
import { RULES as IMAGE_RULES, PIPELINE_RULES } from './registry.ts'

const RULES = [...IMAGE_RULES, ...PIPELINE_RULES]

import type { Finding } from './types.ts'

const config = (input: Case['trigger']): Config => parseConfigOrThrow(structuredClone(input))
const key = (f: Finding) => `${f.code} ${f.fields.join(',')}`
/** A case's view paths (`build.context`) as the config's (`images[0].context`). */
const onConfig = (path: string) => configPathOfView(path, 0)
const label = (c: Case) => `${c.code}${c.name ? ` (${c.name})` : ''}`

function errorCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const f of findings) if (f.severity === 'error') counts.set(f.code, (counts.get(f.code) ?? 0) + 1)
  return counts
}

describe('cases', () => {
  it('cover every code of the registry', () => {
    const covered = new Set(CASES.map((c) => c.code))
    expect(RULES.map((r) => r.code).filter((code) => !covered.has(code))).toEqual([])
  })

  it('name codes that exist', () => {
    const codes = new Set(RULES.map((r) => r.code))
    expect(CASES.filter((c) => !codes.has(c.code)).map(label)).toEqual([])
  })
})

describe.each(CASES.map((c) => [label(c), c] as const))('%s', (_, c) => {
  const trigger = config(c.trigger)
  const findings = diagnose(trigger)
  const own = findings.filter((f) => f.code === c.code)

  it('is reported for the trigger config', () => {
    expect(own.length).toBeGreaterThan(0)
    if (c.fields) expect(own[0]?.fields).toEqual(c.fields.map(onConfig))
  })

  it('is not reported for the close config', () => {
    expect(diagnose(config(c.near)).filter((f) => f.code === c.code)).toEqual([])
  })

  it(c.fixable === false ? 'offers no fix' : 'offers a fix', () => {
    expect(own[0]?.fix !== undefined).toBe(c.fixable !== false)
  })

  it('fix removes the finding, keeps the config valid and adds no error', () => {
    const before = errorCounts(findings)
    for (const finding of own) {
      if (!finding.fix) continue
      const fixed = finding.fix.apply(trigger)
      expect(configSchema.safeParse(fixed).success).toBe(true)
      const after = diagnose(fixed)
      expect(after.map(key)).not.toContain(key(finding))
      expect(after.filter((f) => f.code === c.code).length).toBeLessThan(own.length)
      for (const [code, count] of errorCounts(after))
        expect(count, code).toBeLessThanOrEqual(before.get(code) ?? 0)
    }
  })

  it('fix does not change the config it is given', () => {
    const copy = structuredClone(trigger)
    for (const finding of own) finding.fix?.apply(trigger)
    expect(trigger).toEqual(copy)
  })

  if (c.reveal !== undefined) {
    it('fix leads to the expected field', () => {
      expect(own[0]?.fix?.reveal ?? false).toEqual(c.reveal === false ? false : onConfig(c.reveal ?? ''))
    })
  }

  if (c.fixed) {
    it('fix sets the expected value', () => {
      const fix = own[0]?.fix
      expect(fix).toBeDefined()
      if (fix && c.fixed) expect(c.fixed(imageView(fix.apply(trigger), 0))).toEqual(c.fixedValue)
    })
  }
})
