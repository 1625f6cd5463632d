import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { presetConfig } from '../../core/config/presets.ts'
import type { Config } from '../../core/config/schema.ts'
import { decodeShareFragment, encodeShareFragment } from '../../core/share/codec.ts'
import { encodePayloadV1 } from '../../core/share/payload-v1.ts'
import { openLink } from '../share/open-link.ts'
import { type AppState, initialState, reducer, shouldStore } from './store.ts'

const named = (config: Config, name: string): Config => ({
  ...config,
  images: [{ ...(config.images[0] as Config['images'][number]), name }],
})
const mine = named(defaultConfig(), 'mine')
const shared = presetConfig('behind-proxy')
const open = (s: AppState, fragment: string): AppState =>
  reducer(s, { type: 'openLink', opening: openLink(decodeShareFragment(fragment), s.config) })

describe('links in the store', () => {
  it('opens a good link over work, and restores the work in one step', () => {
    let s = open(initialState('en', mine), encodeShareFragment(shared).fragment)
    expect(s.config).toEqual(shared)
    expect(s.open.proxy).toBe(true)
    expect(s.link).toEqual({ kind: 'restore', previous: mine })
    // The link alone is not saved over the work the offer holds; an edit is.
    expect(shouldStore(s)).toBe(false)
    expect(shouldStore(reducer(s, { type: 'set', path: ['pipeline', 'stage'], value: 'x' }))).toBe(true)
    s = reducer(s, { type: 'restorePrevious' })
    expect(s.config).toEqual(mine)
    expect(s.link).toBeNull()
    expect(shouldStore(s)).toBe(true)
    // It is the user's work again: a preset over it asks first.
    expect(
      reducer(s, { type: 'requestPreset', name: 'cached', config: presetConfig('cached') }).pending,
    ).toEqual({
      kind: 'preset',
      name: 'cached',
      config: presetConfig('cached'),
    })
  })

  it('asks before a preset replaces the work saved in this browser', () => {
    const s = initialState('en', mine, null, true)
    expect(s.config).toEqual(mine)
    expect(
      reducer(s, { type: 'requestPreset', name: 'cached', config: presetConfig('cached') }).pending,
    ).toEqual({
      kind: 'preset',
      name: 'cached',
      config: presetConfig('cached'),
    })
    expect(
      reducer(initialState('en', mine), {
        type: 'requestPreset',
        name: 'cached',
        config: presetConfig('cached'),
      }).pending,
    ).toBeNull()
  })

  it('keeps the form over a bad link until the user takes what could be read', () => {
    const edited = `1.${encodePayloadV1(JSON.stringify({ job: { name: 'from-link', stage: '' } }))}`
    let s = open(initialState('en', mine), edited)
    expect(s.config).toBe(mine)
    expect(s.link?.kind).toBe('bad')
    expect(shouldStore(s)).toBe(true)
    s = reducer(s, { type: 'usePartial' })
    expect(s.config.images[0]?.name).toBe('from-link')
    expect(s.config.pipeline.stage).toBe(defaultConfig().pipeline.stage)
    // What it replaced is one click away.
    expect(s.link).toEqual({ kind: 'restore', previous: mine })
    expect(reducer(s, { type: 'restorePrevious' }).config).toEqual(mine)
  })

  it('dismisses notices, and ignores actions that do not fit the notice', () => {
    const s = open(initialState('en', mine), 'hello')
    expect(reducer(s, { type: 'restorePrevious' })).toBe(s)
    expect(reducer(s, { type: 'usePartial' })).toBe(s)
    expect(reducer(s, { type: 'dismissLink' }).link).toBeNull()
  })

  it('leaves the form as it is when the link holds the same config', () => {
    const s = reducer(initialState('en', mine), {
      type: 'requestPreset',
      name: 'cached',
      config: presetConfig('cached'),
    })
    const again = open(s, encodeShareFragment(presetConfig('cached')).fragment)
    expect(again.preset).toBe('cached')
    expect(again.link).toBeNull()
  })
})

describe('edits and sections', () => {
  it('takes a whole config as an edit: validated, and a later preset still asks first', () => {
    let s = reducer(initialState('en'), { type: 'edit', config: mine })
    expect(s.config).toEqual(mine)
    expect(
      reducer(s, { type: 'requestPreset', name: 'cached', config: presetConfig('cached') }).pending,
    ).toEqual({
      kind: 'preset',
      name: 'cached',
      config: presetConfig('cached'),
    })
    s = reducer(s, { type: 'edit', config: named(mine, '') })
    expect(s.config).toEqual(mine)
    expect(s.errors.images).toEqual({ 'images[0].name': 'must not be empty' })
  })

  it('opens a section without closing an open one', () => {
    const s = initialState('en')
    expect(reducer(s, { type: 'openSection', id: 'proxy' }).open.proxy).toBe(true)
    expect(reducer(s, { type: 'openSection', id: 'images' })).toBe(s)
  })
})
