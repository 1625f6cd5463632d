import { describe, expect, it } from 'vitest'
import { FIVE_IMAGE_CONFIG } from '../../../scripts/bench/five-images.ts'
import { defaultConfig } from '../../core/config/defaults.ts'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { keepUnchanged } from './keep-unchanged.ts'
import { setIn } from './paths.ts'
import { initialState, reducer } from './store.ts'

describe('keepUnchanged', () => {
  it('keeps the parts that did not change and takes the ones that did', () => {
    const before = { a: { x: 1, list: [1, 2] }, b: { y: 'n' }, c: [{ z: 1 }, { z: 2 }] }
    const next = structuredClone({ ...before, c: [{ z: 1 }, { z: 3 }] })
    const kept = keepUnchanged(before, next)
    expect(kept).toEqual(next)
    expect(kept).not.toBe(before)
    expect(kept.a).toBe(before.a)
    expect(kept.b).toBe(before.b)
    expect(kept.c).not.toBe(before.c)
    expect(kept.c[0]).toBe(before.c[0])
    expect(kept.c[1]).toEqual({ z: 3 })
    // `next` itself is left as it was.
    expect(next.a).not.toBe(before.a)
  })

  it('returns a new root even when nothing changed, and new parts when keys or their order differ', () => {
    const before = { a: { x: 1, y: 2 }, b: [1] }
    const same = keepUnchanged(before, structuredClone(before))
    expect(same).not.toBe(before)
    expect(same.a).toBe(before.a)
    const reordered = keepUnchanged(before, { a: { y: 2, x: 1 }, b: [1, 2] })
    expect(Object.keys(reordered.a)).toEqual(['y', 'x'])
    expect(reordered.b).toEqual([1, 2])
    const fewer = keepUnchanged<Record<string, unknown>>({ a: 1, b: undefined }, { a: 1, c: undefined })
    expect(Object.keys(fewer)).toEqual(['a', 'c'])
  })
})

describe('the store keeps what an edit left alone', () => {
  it('typing into image 3 keeps the other images and every other section', () => {
    let state = initialState('en', FIVE_IMAGE_CONFIG)
    const before = state.config
    state = reducer(state, { type: 'type', path: ['images', 3, 'name'], value: 'schedulerx' })
    expect(state.config.images[3]?.name).toBe('schedulerx')
    expect(state.config).toEqual(parseConfigOrThrow(setIn(before, ['images', 3, 'name'], 'schedulerx')))
    for (const i of [0, 1, 2, 4]) expect(state.config.images[i]).toBe(before.images[i])
    expect(state.config.images[3]?.destinations).toBe(before.images[3]?.destinations)
    for (const key of [
      'executor',
      'pipeline',
      'release',
      'registries',
      'proxy',
      'cache',
      'advanced',
    ] as const)
      expect(state.config[key]).toBe(before[key])
  })

  it('a config equal to the last one is still a new config (the store commits by identity)', () => {
    const state = initialState('en', defaultConfig())
    const next = reducer(state, { type: 'set', path: ['images', 0, 'context'], value: '/x' })
    const back = reducer(next, {
      type: 'set',
      path: ['images', 0, 'context'],
      value: state.config.images[0]?.context,
    })
    expect(back.config).toEqual(state.config)
    expect(back.config).not.toBe(next.config)
    expect(back.committed).toBe(back.config)
  })
})
