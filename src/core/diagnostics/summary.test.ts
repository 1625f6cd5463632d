import { describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../config/parse.ts'
import { diagnose } from './engine.ts'
import { en } from './messages/en.ts'
import { ja } from './messages/ja.ts'
import { findingsForField, localizedFinding, summarize } from './summary.ts'
import { findingText } from './texts.ts'

const config = parseConfigOrThrow({
  executor: { tag: 'debug' },
  job: { triggers: ['branch'] },
  build: { buildArgs: [{ name: 'A', value: 'a b' }] },
})
const findings = diagnose(config)

describe('summary helpers', () => {
  it('diagnose lists errors first, then warnings, then infos', () => {
    const ranks = findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(findings.map((f) => f.code)).toEqual(['KC201', 'KC104', 'KC105', 'KC601'])
  })

  it("reports a shared setting's finding once for several images, each image's own finding per image", () => {
    const image = config.images[0]
    if (!image) throw new Error('an image expected')
    const twoImages = parseConfigOrThrow({ ...config, images: [image, { ...image, name: 'other' }] })
    const found = diagnose(twoImages)
    // executor.tag is every image's; each image has its own build arg with a space.
    expect(found.filter((f) => f.code === 'KC104').map((f) => f.fields)).toEqual([['executor.tag']])
    expect(found.filter((f) => f.code === 'KC601').map((f) => f.fields[0])).toEqual([
      'images[0].buildArgs[0].value',
      'images[1].buildArgs[0].value',
    ])
  })

  it('summarize counts per severity', () => {
    expect(summarize(findings)).toEqual({ error: 1, warning: 1, info: 2, total: 4 })
    expect(summarize([])).toEqual({ error: 0, warning: 0, info: 0, total: 0 })
  })

  it('localizedFinding gives plain strings in one language', () => {
    const tagFinding = findings.find((f) => f.code === 'KC104')
    if (!tagFinding) throw new Error('KC104 expected')
    expect(localizedFinding(tagFinding, ja)).toEqual({
      code: 'KC104',
      severity: 'warning',
      fields: ['executor.tag'],
      title: 'タグのバージョンが固定されていない',
      message: findingText(tagFinding, ja).message,
      fix: 'v1.24.0-debug に固定する',
    })
    const spaces = findings.find((f) => f.code === 'KC601')
    if (!spaces) throw new Error('KC601 expected')
    expect(localizedFinding(spaces, en)).not.toHaveProperty('fix')
    expect(JSON.parse(JSON.stringify(localizedFinding(spaces, en))).message).toContain('"$A"')
  })

  it('findingsForField matches a field, its items and its parents', () => {
    expect(findingsForField(findings, 'images[0].buildArgs').map((f) => f.code)).toEqual(['KC601'])
    expect(findingsForField(findings, 'images[0].buildArgs[0].value').map((f) => f.code)).toEqual(['KC601'])
    expect(findingsForField(findings, 'images[0].destinations').map((f) => f.code)).toEqual(['KC201'])
    expect(findingsForField(findings, 'pipeline.triggers.o').map((f) => f.code)).toEqual([])
  })
})

describe('messages', () => {
  it('never repeat a password or token from the config', () => {
    const config = parseConfigOrThrow({
      proxy: { http: 'http://user:s3cretpw@proxy.example.com:3128' },
      build: { buildArgs: [{ name: 'TOKEN', value: 'glpat-abcdefghij0123456789' }] },
      advanced: { extraFlags: ['--build-arg=X=glpat-abcdefghij0123456789'] },
    })
    const findings = diagnose(config)
    expect(findings.map((f) => f.code)).toContain('KC302')
    // Neither in the params the texts are built from nor in any text.
    const text = JSON.stringify([findings, findings.map((f) => [findingText(f, en), findingText(f, ja)])])
    expect(text).not.toContain('s3cretpw')
    expect(text).not.toContain('glpat-abcdefghij0123456789')
    expect(text).toContain('http://proxy.example.com:3128')
  })
})
