import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { presetConfig } from '../../core/config/presets.ts'
import { decodeShareFragment, encodeShareFragment } from '../../core/share/codec.ts'
import { openLink } from './open-link.ts'
import { linkFragment, restoreOffer } from './opening.ts'

const mine = parseConfigOrThrow({ version: 2, images: [{ name: 'mine' }] })
const shared = presetConfig('cached')
const fragment = encodeShareFragment(shared).fragment

describe('openLink', () => {
  it('lets a good link win and offers the different work back', () => {
    const opening = openLink(decodeShareFragment(fragment), mine)
    expect(opening.config).toEqual(shared)
    expect(opening.notice).toEqual({ kind: 'restore', previous: mine })
  })

  it('offers nothing back when nothing would be lost', () => {
    expect(openLink(decodeShareFragment(fragment), defaultConfig()).notice).toBeNull()
    expect(openLink(decodeShareFragment(fragment), shared).notice).toBeNull()
  })

  it('keeps the work over a bad link, with the error and what could be read', () => {
    const cut = fragment.slice(0, Math.floor(fragment.length / 2))
    const result = decodeShareFragment(cut)
    expect(result.ok).toBe(false)
    const opening = openLink(result, mine)
    expect(opening.config).toBe(mine)
    expect(opening.notice).toMatchObject({
      kind: 'bad',
      error: { code: 'bad-compression', reason: 'truncated' },
    })
    expect(opening.notice?.kind === 'bad' && opening.notice.partial).toBeTruthy()
    // Nothing readable: no partial to offer.
    const none = openLink(decodeShareFragment('hello'), mine)
    expect(none.notice).toMatchObject({ kind: 'bad', error: { reason: 'no-version' } })
    expect(none.notice && 'partial' in none.notice).toBe(false)
  })
})

describe('restoreOffer', () => {
  it('offers the previous work unless it is the defaults or the same', () => {
    expect(restoreOffer(mine, shared)).toEqual({ kind: 'restore', previous: mine })
    expect(restoreOffer(defaultConfig(), shared)).toBeNull()
    expect(restoreOffer(shared, structuredClone(shared))).toBeNull()
  })
})

describe('linkFragment', () => {
  it('takes what follows #, percent-decoded', () => {
    expect(linkFragment('#1.abc')).toBe('1.abc')
    expect(linkFragment('#1.a%20b')).toBe('1.a b')
    // A stray % stays as it is, for the decoder to report.
    expect(linkFragment('#1.a%zz')).toBe('1.a%zz')
  })

  it('is empty for no fragment and for anchors of the page', () => {
    expect(linkFragment('')).toBe('')
    expect(linkFragment('#')).toBe('')
    expect(linkFragment('#preview')).toBe('')
    expect(linkFragment('#form-heading', (id) => id === 'form-heading')).toBe('')
    expect(linkFragment('#hello', () => false)).toBe('hello')
  })
})
