import { describe, expect, it } from 'vitest'
import { catalog as en } from '../../../i18n/catalog-en.ts'
import { createTranslate } from '../../../i18n/index.ts'
import { describeField } from './describe.ts'

const t = createTranslate(en)

describe('describeField', () => {
  it('names fields, list items and fields of list items', () => {
    expect(describeField(t, 'proxy.http')).toBe('HTTP proxy')
    expect(describeField(t, 'build.buildArgs[1].value')).toBe('Build argument 2 › Value')
    expect(describeField(t, 'build.buildArgs[1]')).toBe('Build argument 2')
    expect(describeField(t, 'destinations[0].tags[2]')).toMatch(/ 1 › .* 3$/)
  })
})
