import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonErrorOffset, parseJson } from './json.ts'

describe('parseJson', () => {
  it('parses JSON, with or without a byte order mark', () => {
    expect(parseJson('{"a": [1, true, null, "x"]}')).toEqual({ ok: true, value: { a: [1, true, null, 'x'] } })
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it.each([
    ['', 'invalid JSON: the input is empty'],
    [' \n', 'invalid JSON: the input is empty'],
    ['{"a":}', "invalid JSON at line 1, column 6: Unexpected token '}'"],
    ['{\n  "a": 1,\n}', 'invalid JSON at line 3, column 1: Expected double-quoted property name'],
    ['{"a" 1}', "invalid JSON at line 1, column 6: Expected ':' after property name"],
    ['[1, 2', 'invalid JSON at line 1, column 6: unexpected end of input'],
    ['nul', 'invalid JSON at line 1, column 4: unexpected end of input'],
    ['{"a": 1} x', 'invalid JSON at line 1, column 10: Unexpected non-whitespace character after JSON'],
    ['{"a": 01}', 'invalid JSON at line 1, column 8: '],
    ["{'a': 1}", 'invalid JSON at line 1, column 2: '],
    ['{"a": "line\nbreak"}', 'invalid JSON at line 1, column 12: '],
  ])('says where %j goes wrong', (text, message) => {
    const result = parseJson(text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message.startsWith(message)).toBe(true)
      expect(result.message).not.toContain('\n')
    }
  })
})

describe('jsonErrorOffset', () => {
  it('accepts whatever JSON.stringify produces', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        expect(jsonErrorOffset(JSON.stringify(value, null, indent))).toBe(-1)
      }),
    )
  })

  it('agrees with JSON.parse on mutated JSON, and points inside the text', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.nat(3), fc.constantFrom(...'{}[]",:.-+eE01 \nx\\tnu'.split('')))
      .map(([text, at, kind, char]) => {
        const i = at % (text.length + 1)
        if (kind === 0) return text.slice(0, i) // truncated
        if (kind === 1) return text.slice(0, i) + text.slice(i + 1) // one character dropped
        if (kind === 2) return text.slice(0, i) + char + text.slice(i) // one inserted
        return text.slice(0, i) + char + text.slice(i + 1) // one replaced
      })
    fc.assert(
      fc.property(mutated, (text) => {
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        const offset = jsonErrorOffset(text)
        if (valid) expect(offset).toBe(-1)
        else expect(offset >= 0 && offset <= text.length).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
