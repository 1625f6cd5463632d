import { describe, expect, it } from 'vitest'
import { getIn, messagePath, parsePathKey, pathKey, setIn } from './paths.ts'

describe('paths', () => {
  it('spells keys like the core’s issue paths', () => {
    expect(pathKey(['build', 'buildArgs', 0, 'name'])).toBe('build.buildArgs[0].name')
    expect(pathKey(['destinations', 1, 'tags', 2])).toBe('destinations[1].tags[2]')
    expect(messagePath(['destinations', 1, 'tags', 2])).toBe('destinations.tags')
  })

  it('reads keys back into paths', () => {
    for (const path of [
      ['proxy', 'http'],
      ['build', 'buildArgs', 0, 'name'],
      ['destinations', 1, 'tags', 12],
    ]) {
      expect(parsePathKey(pathKey(path))).toEqual(path)
    }
  })

  it('reads nested values', () => {
    expect(getIn({ a: [{ b: 3 }] }, ['a', 0, 'b'])).toBe(3)
    expect(getIn({ a: 1 }, ['a', 'b'])).toBeUndefined()
  })

  it('sets immutably and shares untouched branches', () => {
    const root = { a: { x: 1 }, b: { y: [1, 2] } }
    const next = setIn(root, ['b', 'y', 1], 5)
    expect(next).toEqual({ a: { x: 1 }, b: { y: [1, 5] } })
    expect(root.b.y).toEqual([1, 2])
    expect(next.a).toBe(root.a)
    expect(setIn(root, ['a', 'x'], 1)).toBe(root)
  })
})
