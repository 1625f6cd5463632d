import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { presetConfig } from '../../core/config/presets.ts'
import { type AppState, initialState, reducer } from './store.ts'

const start = () => initialState('en')

describe('reducer', () => {
  it('keeps the last valid config while the draft is invalid', () => {
    let s: AppState = start()
    const context = ['images', 0, 'context']
    s = reducer(s, { type: 'set', path: context, value: '/src' })
    expect(s.config.images[0]?.context).toBe('/src')
    s = reducer(s, { type: 'set', path: context, value: '' })
    expect(s.draft.images[0]?.context).toBe('')
    expect(s.config.images[0]?.context).toBe('/src')
    expect(s.errors.images).toEqual({ 'images[0].context': 'must not be empty' })
    s = reducer(s, { type: 'set', path: context, value: '/app' })
    expect(s.config.images[0]?.context).toBe('/app')
    expect(s.issues).toEqual([])
    expect(s.errors.images).toEqual({})
  })

  it('keeps unrelated sections’ error objects between keystrokes', () => {
    let s = reducer(start(), { type: 'set', path: ['images', 0, 'name'], value: '' })
    const pipeline = s.errors.pipeline
    const images = s.errors.images
    s = reducer(s, { type: 'set', path: ['images', 0, 'name'], value: '.x' })
    expect(s.errors.pipeline).toBe(pipeline)
    expect(s.errors.images).not.toBe(images)
  })

  it('loads a preset at once when nothing would be lost, and opens its sections', () => {
    const s = reducer(start(), {
      type: 'requestPreset',
      name: 'behind-proxy',
      config: presetConfig('behind-proxy'),
    })
    expect(s.pending).toBeNull()
    expect(s.config).toEqual(presetConfig('behind-proxy'))
    expect(s.preset).toBe('behind-proxy')
    expect(s.open.proxy).toBe(true)
    // Browsing presets: the loaded preset is the baseline, so the next one needs no confirmation either.
    expect(
      reducer(s, { type: 'requestPreset', name: 'cached', config: presetConfig('cached') }).pending,
    ).toBeNull()
  })

  it('asks before a preset or a reset replaces edits', () => {
    let s = reducer(start(), { type: 'set', path: ['pipeline', 'stage'], value: 'publish' })
    s = reducer(s, { type: 'requestPreset', name: 'cached', config: presetConfig('cached') })
    expect(s.pending).toEqual({ kind: 'preset', name: 'cached', config: presetConfig('cached') })
    expect(s.draft.pipeline.stage).toBe('publish')
    const cancelled = reducer(s, { type: 'cancel' })
    expect(cancelled.pending).toBeNull()
    expect(cancelled.draft.pipeline.stage).toBe('publish')
    const confirmed = reducer(s, { type: 'confirm' })
    expect(confirmed.config).toEqual(presetConfig('cached'))

    const reset = reducer(reducer(confirmed, { type: 'requestReset' }), { type: 'confirm' })
    expect(reset.draft).toEqual(defaultConfig())
    expect(reset.preset).toBe('')
  })

  it('toggles sections and output options', () => {
    const s = start()
    expect(reducer(s, { type: 'toggleSection', id: 'proxy' }).open.proxy).toBe(!s.open.proxy)
    expect(reducer(s, { type: 'setJobOnly', value: true }).jobOnly).toBe(true)
    expect(reducer(s, { type: 'setLanguage', language: 'ja' }).language).toBe('ja')
  })
})
