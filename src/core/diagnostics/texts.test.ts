import { describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../config/parse.ts'
import { diagnose } from './engine.ts'
import { CATALOGS } from './messages/all.ts'
import { en } from './messages/en.ts'
import { ja } from './messages/ja.ts'
import { findingText } from './texts.ts'

const findings = diagnose(
  parseConfigOrThrow({
    executor: { tag: 'debug' },
    job: { triggers: ['branch'] },
    build: { buildArgs: [{ name: 'A', value: 'a b' }] },
  }),
)
const find = (code: string) => {
  const found = findings.find((f) => f.code === code)
  if (!found) throw new Error(`${code} expected`)
  return found
}

describe('findingText', () => {
  it("builds a finding's title, message and fix label from its params, in the catalog's language", () => {
    const pin = find('KC104')
    expect(pin.params).toEqual({ image: 'gcr.io/kaniko-project/executor:debug', tag: 'v1.24.0-debug' })
    expect(findingText(pin, en)).toEqual({
      title: 'Executor tag not pinned',
      message: expect.stringMatching(/^gcr\.io\/kaniko-project\/executor:debug changes whenever/),
      fix: 'Pin v1.24.0-debug',
    })
    expect(findingText(pin, ja)).toEqual({
      title: 'タグのバージョンが固定されていない',
      message: expect.stringMatching(/^gcr\.io\/kaniko-project\/executor:debug は新しいバージョン/),
      fix: 'v1.24.0-debug に固定する',
    })
  })

  it('gives a fix label only to a finding that has a fix, whatever its catalog entry offers', () => {
    expect(findingText(find('KC601'), en)).not.toHaveProperty('fix')
    // A fix the engine withheld (KC610's that would change another image) has no button to label.
    const { fix: _withheld, ...withoutFix } = find('KC104')
    expect(en.KC104.fix).toBeDefined()
    expect(findingText(withoutFix, en)).not.toHaveProperty('fix')
    expect(findingText(withoutFix, ja)).not.toHaveProperty('fix')
  })

  it('has both languages for the CLI', () => {
    expect(CATALOGS).toEqual({ en, ja })
  })
})
