import { describe, expect, it } from 'vitest'
import { parseJsonPrefix } from './json-prefix.ts'

describe('parseJsonPrefix', () => {
  it('reads complete JSON like JSON.parse', () => {
    const text = '{"a":[1,2.5,-3e2,"x\\u00e9\\n"],"b":{"c":true,"d":false,"e":null},"f":{}}'
    expect(parseJsonPrefix(text)).toEqual(JSON.parse(text))
  })

  it('keeps complete members of a cut-off text and drops the cut-off value', () => {
    expect(parseJsonPrefix('{"job":{"name":"build","stage":"te')).toEqual({ job: { name: 'build' } })
    expect(parseJsonPrefix('{"tags":["a","b","c')).toEqual({ tags: ['a', 'b'] })
    expect(parseJsonPrefix('{"n":12')).toEqual({}) // digits may be missing
    expect(parseJsonPrefix('{"n":12,"m":tr')).toEqual({ n: 12 })
    expect(parseJsonPrefix('{"a":1,"b"')).toEqual({ a: 1 })
  })

  it('stops at the first character that makes no sense', () => {
    expect(parseJsonPrefix('{"a":1,"b":2 x "c":3}')).toEqual({ a: 1, b: 2 })
    expect(parseJsonPrefix('{"a":1,"b":\u0000}')).toEqual({ a: 1 })
  })

  it('returns undefined when nothing can be read', () => {
    expect(parseJsonPrefix('')).toBeUndefined()
    expect(parseJsonPrefix('xyz')).toBeUndefined()
  })

  it('keeps __proto__ as a plain field and does not touch prototypes', () => {
    const out = parseJsonPrefix('{"__proto__":{"polluted":true},"a":1,"b') as Record<string, unknown>
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('stops at the depth limit instead of recursing without end', () => {
    let node = parseJsonPrefix(`{"a":${'['.repeat(100_000)}`)
    let depth = 0
    while (typeof node === 'object' && node !== null) {
      node = Array.isArray(node) ? node[0] : (node as Record<string, unknown>).a
      depth++
    }
    expect(depth).toBe(32)
    expect(parseJsonPrefix('{"a":{"b":{"c":1}}}', 2)).toEqual({ a: {} })
  })
})
