import { describe, expect, it } from 'vitest'
import { catalog as en } from '../../../i18n/catalog-en.ts'
import { createTranslate } from '../../../i18n/index.ts'
import { describeField } from './describe.ts'

const t = createTranslate(en)

describe('describeField', () => {
  it('names fields, list items and fields of list items', () => {
    expect(describeField(t, 'proxy.http')).toBe('HTTP proxy')
    expect(describeField(t, 'images[0].buildArgs[1].value')).toBe('Image 1 › Build argument 2 › Value')
    expect(describeField(t, 'images[1].buildArgs[1]')).toBe('Image 2 › Build argument 2')
    expect(describeField(t, 'images[2].destinations[0].tags[2]')).toBe('Image 3 › Destination 1 › Tag 3')
    expect(describeField(t, 'images[0].context')).toBe('Image 1 › Build context')
    expect(describeField(t, 'pipeline.triggers.tagPattern')).toBe('Only tags matching')
    expect(describeField(t, 'certificates.more[1].value')).toBe(
      'CA certificate 2 › Variable name, PEM text or path',
    )
  })
})
