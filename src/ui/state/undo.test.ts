import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { presetConfig } from '../../core/config/presets.ts'
import { decodeShareFragment, encodeShareFragment } from '../../core/share/codec.ts'
import { openLink } from '../share/open-link.ts'
import { type Action, type AppState, initialState, reducer } from './store.ts'

const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state)
const typeInto = (path: (string | number)[], text: string): Action[] =>
  [...text].map((_, i) => ({ type: 'type', path, value: text.slice(0, i + 1) }))
const UNDO: Action = { type: 'undo' }
const REDO: Action = { type: 'redo' }

describe('undo and redo', () => {
  it('takes back a field’s typing as one step, once the field has lost focus', () => {
    const start = initialState('en')
    const typed = run(start, ...typeInto(['images', 0, 'name'], 'publish'), { type: 'commit' })
    expect(typed.config.images[0]?.name).toBe('publish')
    const undone = reducer(typed, UNDO)
    expect(undone.draft.images[0]?.name).toBe(defaultConfig().images[0]?.name)
    expect(undone.config).toBe(undone.draft)
    expect(undone.committed).toBe(undone.draft)
    expect(undone.done).toMatchObject({ kind: 'undo' })
    const redone = reducer(undone, REDO)
    expect(redone.config.images[0]?.name).toBe('publish')
    expect(redone.committed).toBe(redone.config)
    // Nothing more to undo than the one step, nothing more to redo.
    expect(reducer(undone, UNDO)).toBe(undone)
    expect(reducer(redone, REDO)).toBe(redone)
  })

  it('never brings back a half-typed value: only committed work is a step', () => {
    const secret = 'http://alice:hunter2@proxy.example.com:3128'
    const start = initialState('en')
    let state = run(
      start,
      { type: 'set', path: ['proxy', 'fromRunner'], value: false },
      ...typeInto(['proxy', 'http'], secret),
      { type: 'commit' },
      ...typeInto(['proxy', 'noProxy'], 'localhost'),
      { type: 'commit' },
    )
    const seen: string[] = []
    for (let i = 0; i < 4; i++) {
      state = reducer(state, UNDO)
      seen.push(state.committed.proxy.http)
    }
    for (let i = 0; i < 4; i++) {
      state = reducer(state, REDO)
      seen.push(state.committed.proxy.http)
    }
    expect(new Set(seen)).toEqual(new Set(['', secret]))
    expect(state.config.proxy.noProxy).toBe('localhost')
  })

  it('throws away typing that was never committed (an invalid field) and goes back to the committed work', () => {
    const start = run(initialState('en'), { type: 'set', path: ['output', 'comments'], value: false })
    const invalid = run(start, { type: 'type', path: ['images', 0, 'name'], value: '' }, { type: 'commit' })
    expect(invalid.issues).not.toEqual([])
    const undone = reducer(invalid, UNDO)
    expect(undone.issues).toEqual([])
    expect(undone.draft).toEqual(initialState('en').config)
  })

  it('takes back a preset, Reset and a Fix, with what the form was loaded from', () => {
    const start = initialState('en')
    const preset = run(start, { type: 'requestPreset', name: 'cached', config: presetConfig('cached') })
    expect(preset.done).toMatchObject({ kind: 'preset', name: 'cached', undoable: true })
    const edited = reducer(preset, { type: 'set', path: ['output', 'comments'], value: false })
    expect(edited.done).toBeNull()
    const reset = run(edited, { type: 'requestReset' }, { type: 'confirm' })
    expect(reset.done).toMatchObject({ kind: 'reset', undoable: true })
    expect(reset.config).toEqual(defaultConfig())

    const beforeReset = reducer(reset, UNDO)
    expect(beforeReset.config).toBe(edited.committed)
    expect(beforeReset.preset).toBe('cached')
    expect(beforeReset.baseline).toBe(preset.baseline)
    const beforePreset = run(beforeReset, UNDO, UNDO)
    expect(beforePreset.config).toBe(start.config)
    expect(beforePreset.preset).toBe('')

    const fixed = reducer(start, {
      type: 'edit',
      config: { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.23.2-debug' } },
    })
    expect(reducer(fixed, UNDO).config).toBe(start.config)
  })

  it('a Reset that changes nothing confirms without offering Undo and adds no step', () => {
    const start = initialState('en')
    const reset = run(start, { type: 'requestReset' }, { type: 'confirm' })
    expect(reset.done).toMatchObject({ kind: 'reset', undoable: false })
    expect(reset.history.past).toEqual([])
  })

  it('takes back a link opened over the work, and settles its restore offer', () => {
    const work = run(initialState('en'), { type: 'set', path: ['output', 'comments'], value: false })
    const link = encodeShareFragment(presetConfig('multi-arch')).fragment
    const opened = reducer(work, {
      type: 'openLink',
      opening: openLink(decodeShareFragment(link), work.config),
    })
    expect(opened.link?.kind).toBe('restore')
    const undone = reducer(opened, UNDO)
    expect(undone.config).toBe(work.committed)
    expect(undone.link).toBeNull()
  })

  it('a new change after Undo forgets what could be redone', () => {
    const state = run(initialState('en'), { type: 'set', path: ['output', 'comments'], value: false }, UNDO, {
      type: 'set',
      path: ['images', 0, 'name'],
      value: 'other',
    })
    expect(reducer(state, REDO)).toBe(state)
  })

  it('takes back an imported pipeline’s config, typed work before it included, as one step', () => {
    const typed = run(initialState('en'), ...typeInto(['images', 0, 'name'], 'mine'), { type: 'commit' })
    const imported = presetConfig('cached')
    const after = reducer(typed, { type: 'importConfig', config: imported })
    expect(after.committed).toEqual(imported)
    expect(after.done).toMatchObject({ kind: 'import', undoable: true })
    // The report and the comparison are in the YAML view: a phone turns to it.
    expect(after.view).toBe('yaml')
    expect(after.history.past).toHaveLength(typed.history.past.length + 1)
    const undone = reducer(after, UNDO)
    expect(undone.committed).toBe(typed.committed)
    expect(undone.draft.images[0]?.name).toBe('mine')
    expect(reducer(undone, REDO).committed).toEqual(imported)
  })
})
