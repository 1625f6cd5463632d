import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { diagnose } from '../../core/diagnostics/index.ts'
import { en } from '../../core/diagnostics/messages/en.ts'
import { ja } from '../../core/diagnostics/messages/ja.ts'
import { generate } from '../../core/generate/index.ts'
import { enclosingPaths } from './focus-field.ts'
import { countText, editorMarkers, findingMarks, groupBySeverity } from './present.ts'

const config = {
  ...defaultConfig(),
  executor: { ...defaultConfig().executor, tag: 'v1.24.0' },
  proxy: { ...defaultConfig().proxy, http: 'http://proxy.example.com:3128', jobVariables: false },
}
const findings = diagnose(config)

describe('presenting findings', () => {
  it('groups by severity, errors first, without empty groups', () => {
    const groups = groupBySeverity(findings)
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info'])
    expect(groups.flatMap((g) => g.findings)).toHaveLength(findings.length)
    expect(groupBySeverity(findings.filter((f) => f.severity === 'info')).map((g) => g.severity)).toEqual([
      'info',
    ])
  })

  it('counts in both languages', () => {
    expect(countText('en', 'error', 1)).toBe('1 error')
    expect(countText('en', 'warning', 3)).toBe('3 warnings')
    expect(countText('en', 'info', 0)).toBe('0 tips')
    expect(countText('ja', 'error', 2)).toBe('エラー2件')
  })

  it('marks each finding once, at its first field, in the page’s language', () => {
    const marks = findingMarks(findings, 'ja', ja)
    expect(marks.map((m) => m.path)).toEqual(findings.map((f) => f.fields[0]))
    const tag = marks.find((m) => m.path === 'executor.tag')
    expect(tag?.severity).toBe('error')
    expect(tag?.label).toBe('エラー')
    expect(tag?.text).toBe(ja.KC101.title)
    expect(tag?.detail).toBe(
      ja.KC101.message({ image: 'gcr.io/kaniko-project/executor:v1.24.0', tag: 'v1.24.0-debug' }),
    )
  })

  it('puts a finding about two fields under the first only', () => {
    const twoFields = findings.find((f) => f.fields.length > 1)
    if (!twoFields) throw new Error('a finding about two fields expected')
    const marks = findingMarks([twoFields], 'en', en)
    expect(marks.map((m) => m.path)).toEqual([twoFields.fields[0]])
  })

  it('offers a finding’s Fix at its field, running it with the finding', () => {
    const ran: string[] = []
    const fixer = {
      blocked: true,
      run: (f: (typeof findings)[number], title: string) => {
        ran.push(`${f.code}: ${title}`)
        return 'said'
      },
    }
    const marks = findingMarks(findings, 'en', en, fixer)
    const tag = marks.find((m) => m.path === 'executor.tag')
    expect(tag?.fix?.label).toBe('Use v1.24.0-debug')
    expect(tag?.fix?.blocked).toBe(true)
    expect(tag?.fix?.run()).toBe('said')
    expect(ran).toEqual(['KC101: Executor image without a shell'])
    // A finding without a fix has none at its field; without a fixer no mark has one.
    const kc101 = findings.find((f) => f.code === 'KC101')
    if (!kc101) throw new Error('KC101 expected')
    const { fix: _, ...unfixable } = kc101
    expect(findingMarks([unfixable], 'en', en, fixer).some((m) => m.fix)).toBe(false)
    expect(findingMarks(findings, 'en', en).some((m) => m.fix)).toBe(false)
  })

  it('puts each finding on the YAML lines of its fields', () => {
    const yaml = generate(config)
    const markers = editorMarkers(yaml, config, findings, en)
    const kc101 = markers.find((m) => m.code === 'KC101')
    expect(yaml.split('\n')[(kc101?.line ?? 0) - 1]).toContain('executor:v1.24.0')
    expect(kc101?.message).toMatch(/^Executor image without a shell: /)
    expect(new Set(markers.map((m) => m.code))).toEqual(new Set(findings.map((f) => f.code)))
  })
})

describe('enclosingPaths', () => {
  it('walks from a field out to its top-level key', () => {
    expect(enclosingPaths('build.buildArgs[2].value')).toEqual([
      'build.buildArgs[2].value',
      'build.buildArgs[2]',
      'build.buildArgs',
      'build',
    ])
    expect(enclosingPaths('destinations')).toEqual(['destinations'])
  })
})
