import { describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../config/parse.ts'
import { CASES } from './cases/index.ts'
import { diagnose } from './engine.ts'
import { INPUT_RULES } from './input-rules.ts'
import { en } from './messages/en.ts'
import { ja } from './messages/ja.ts'
import { RULES as IMAGE_RULES, PIPELINE_RULES } from './registry.ts'
import { findingText } from './texts.ts'

const RULES = [...IMAGE_RULES, ...PIPELINE_RULES]

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/
const findings = CASES.flatMap((c) => diagnose(parseConfigOrThrow(structuredClone(c.trigger))))

describe('message catalogs', () => {
  it('en and ja have the same codes, and they are the registry codes', () => {
    const codes = [...RULES, ...INPUT_RULES].map((r) => r.code).sort()
    expect(Object.keys(en).sort()).toEqual(codes)
    expect(Object.keys(ja).sort()).toEqual(codes)
  })

  it('offer a fix label in both languages or in neither', () => {
    for (const code of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[code].fix === undefined, code).toBe(ja[code].fix === undefined)
    }
  })

  it('have non-empty titles, Japanese ones in Japanese', () => {
    for (const rule of [...RULES, ...INPUT_RULES]) {
      expect(en[rule.code].title.trim(), rule.code).not.toBe('')
      expect(ja[rule.code].title, rule.code).toMatch(JAPANESE)
    }
  })

  it('render every message and fix label of the test cases, with every value filled in', () => {
    expect(findings.length).toBeGreaterThan(CASES.length)
    for (const f of findings) {
      const [inEnglish, inJapanese] = [findingText(f, en), findingText(f, ja)]
      for (const text of [inEnglish, inJapanese].flatMap((t) => [t.title, t.message, t.fix])) {
        if (text === undefined) continue
        expect(text.trim(), f.code).not.toBe('')
        expect(text, f.code).not.toMatch(/undefined|NaN|\[object /)
      }
      expect(inJapanese.message, f.code).toMatch(JAPANESE)
      expect(inEnglish.fix === undefined, f.code).toBe(f.fix === undefined)
      expect(inJapanese.fix === undefined, f.code).toBe(f.fix === undefined)
    }
  })

  it('cover every code that has a fix somewhere with a fix label', () => {
    for (const f of findings) if (f.fix) expect(en[f.code].fix, f.code).toBeDefined()
  })
})

describe('registry', () => {
  it('has unique, well-formed codes and names', () => {
    const all = [...RULES, ...INPUT_RULES]
    const codes = all.map((r) => r.code)
    const names = all.map((r) => r.name)
    expect(new Set(codes).size).toBe(codes.length)
    expect(new Set(names).size).toBe(names.length)
    for (const rule of RULES) expect(rule.code).toMatch(/^KC[1-6]\d\d$/)
    for (const rule of INPUT_RULES) expect(rule.code).toMatch(/^KC7\d\d$/)
    for (const rule of all) {
      expect(rule.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })
})
