import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { presetConfig } from '../../core/config/presets.ts'
import type { Config } from '../../core/config/schema.ts'
import { decodeShareFragment, encodeShareFragment } from '../../core/share/codec.ts'
import { openLink } from '../share/open-link.ts'
import { type Action, type AppState, initialState, reducer } from './store.ts'

const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state)
const typeInto = (path: (string | number)[], text: string): Action[] =>
  [...text].map((_, i) => ({ type: 'type', path, value: text.slice(0, i + 1) }))

describe('the committed config (what the address bar and the saved work follow)', () => {
  it('does not follow a text field while it is typed in, and takes its value when it loses focus', () => {
    const start = initialState('en')
    const typed = run(start, ...typeInto(['proxy', 'http'], 'http://alice:hunter2@proxy.example.com:3128'))
    expect(typed.config.proxy.http).toBe('http://alice:hunter2@proxy.example.com:3128')
    expect(typed.committed).toBe(start.committed)
    const left = reducer(typed, { type: 'commit' })
    expect(left.committed).toBe(left.config)
    // Nothing new to commit: the same state, so nothing renders again.
    expect(reducer(left, { type: 'commit' })).toBe(left)
  })

  it('commits nothing while the form is invalid: the last valid config may be half typed', () => {
    const start = initialState('en')
    const typed = run(start, ...typeInto(['images', 0, 'name'], 'half'), {
      type: 'type',
      path: ['images', 0, 'name'],
      value: '',
    })
    expect(typed.issues).not.toEqual([])
    expect(typed.config.images[0]?.name).toBe('half')
    expect(reducer(typed, { type: 'commit' }).committed).toBe(start.committed)
  })

  it('follows every change that is not typing at once', () => {
    const start = initialState('en')
    const changes: Action[] = [
      { type: 'set', path: ['proxy', 'jobVariables'], value: false },
      { type: 'set', path: ['images', 0, 'destinations', 0, 'tags'], value: ['latest', '${CI_COMMIT_TAG}'] },
      { type: 'requestPreset', name: 'cached', config: presetConfig('cached') },
      {
        type: 'edit',
        config: {
          ...defaultConfig(),
          images: [{ ...(defaultConfig().images[0] as Config['images'][number]), name: 'fixed' }],
        },
      },
      {
        type: 'openLink',
        opening: openLink(
          decodeShareFragment(encodeShareFragment(presetConfig('multi-arch')).fragment),
          start.config,
        ),
      },
    ]
    for (const change of changes) {
      const next = reducer(start, change)
      expect(next.config, change.type).not.toBe(start.config)
      expect(next.committed, change.type).toBe(next.config)
    }
    const reset = run(
      start,
      { type: 'set', path: ['images', 0, 'name'], value: 'x' },
      { type: 'requestReset' },
      { type: 'confirm' },
    )
    expect(reset.committed).toEqual(defaultConfig())
  })

  it('a change that is not typing also commits what was typed before it', () => {
    const typed = run(initialState('en'), ...typeInto(['pipeline', 'stage'], 'publish'))
    const next = reducer(typed, { type: 'set', path: ['pipeline', 'triggers', 'manual'], value: 'manual' })
    expect(next.committed.pipeline).toMatchObject({ stage: 'publish', triggers: { manual: 'manual' } })
  })
})
