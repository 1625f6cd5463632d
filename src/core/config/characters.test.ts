import { describe, expect, it } from 'vitest'
import { describeCharacter, refusedCharacter, refusedCharacters } from './characters.ts'

describe('refused characters', () => {
  it('finds what libyaml reads as a line break or refuses, and names it', () => {
    const cases: [string, string][] = [
      ['a\u2028b', 'U+2028 (line separator)'],
      ['a\u2029', 'U+2029 (paragraph separator)'],
      ['\u0085x', 'U+0085 (next line)'],
      ['\u0001', 'U+0001 (control character)'],
      ['\u001b[0m', 'U+001B (control character)'],
      ['\u007f', 'U+007F (control character)'],
      ['\u0080', 'U+0080 (control character)'],
      ['\u009f', 'U+009F (control character)'],
      ['\ufffe', 'U+FFFE (noncharacter)'],
      ['\uffff', 'U+FFFF (noncharacter)'],
      ['x\ud800', 'U+D800 (unpaired surrogate)'],
      ['\udfffx', 'U+DFFF (unpaired surrogate)'],
    ]
    expect(cases.map(([text]) => describeCharacter(refusedCharacter(text) ?? ''))).toEqual(
      cases.map(([, name]) => name),
    )
  })

  it('lets through tabs, line breaks, NUL (checked apart), pairs and other unicode', () => {
    for (const text of ['\t', '\n\r', '\u0000', '🐳', 'é日本語', '\u00a0', '\ufeff', '\ufffd', '\u200b'])
      expect(refusedCharacter(text), JSON.stringify(text)).toBeUndefined()
  })

  it('lists each character once, in order', () => {
    expect(refusedCharacters('a\u2029b\u2028c\u2029')).toEqual(['\u2029', '\u2028'])
  })
})
