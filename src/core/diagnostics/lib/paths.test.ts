import { describe, expect, it } from 'vitest'
import { getPath, parsePath, setPath } from './paths.ts'

describe('config paths', () => {
  const value = { destinations: [{ repository: 'r', tags: ['a', 'b'] }], proxy: { http: '' } }

  it('parses dotted paths with indexes', () => {
    expect(parsePath('destinations[0].tags[1]')).toEqual(['destinations', 0, 'tags', 1])
  })

  it('reads values, and undefined for paths that do not exist', () => {
    expect(getPath(value, 'destinations[0].tags[1]')).toBe('b')
    expect(getPath(value, 'destinations[3].tags')).toBeUndefined()
    expect(getPath(value, 'proxy.http.length.x')).toBeUndefined()
  })

  it('writes existing values only', () => {
    const copy = structuredClone(value)
    expect(setPath(copy, 'proxy.http', 'http://p')).toBe(true)
    expect(setPath(copy, 'proxy.nope', 'x')).toBe(false)
    expect(setPath(copy, 'destinations[2].repository', 'x')).toBe(false)
    expect(copy).toEqual({ ...value, proxy: { http: 'http://p' } })
  })
})
