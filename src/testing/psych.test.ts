import { describe, expect, it } from 'vitest'
import { psychProblems, readWithPsych, readWithYamlLibrary } from './psych.ts'

describe('readWithPsych (gitlabhq’s YAML.safe_load)', () => {
  it('reads many documents in one process, in order', () => {
    expect(readWithPsych(['a: 1', '- x\n- "y"', 'k: v\n'])).toEqual([
      { value: { a: 1 } },
      { value: ['x', 'y'] },
      { value: { k: 'v' } },
    ])
  })

  it('reads YAML 1.1: booleans, sexagesimal, binary, symbols, merge keys', () => {
    const [read] = readWithPsych([
      ['yes', 'Off', '1:20', '0b101', '1_000', ':sym', '.NaN', '"yes"'].map((v) => `- ${v}`).join('\n'),
    ])
    // Psych reads two-part sexagesimal as hours:minutes (1:20 is 4800, not YAML 1.1's 80).
    expect(read).toEqual({
      value: [true, false, 4800, 5, 1000, { '!symbol': 'sym' }, { '!float': 'NaN' }, 'yes'],
    })
    expect(readWithPsych(['a: &x {k: 1}\nb:\n  <<: *x\n  j: 2'])[0]).toEqual({
      value: { a: { k: 1 }, b: { k: 1, j: 2 } },
    })
    expect(readWithPsych(['yes: 1'])[0]).toEqual({ value: { '!map': [[true, 1]] } })
  })

  it('takes U+2028 for a line break and refuses dates and DEL, as GitLab does', () => {
    const [separator, date, del] = readWithPsych([
      'tags: [a]\nx: "a"\n  \u2028b: c',
      'd: 2024-01-01',
      'd: a\u007fb',
    ])
    expect(separator).not.toEqual(readWithYamlLibrary('tags: [a]\nx: "a"\n  \u2028b: c'))
    expect(date).toEqual({ error: expect.stringContaining('Tried to load unspecified class: Date') })
    expect(del).toEqual({ error: expect.stringContaining('control characters are not allowed') })
  })

  it('psychProblems names the documents the two libraries read differently', () => {
    const problems = psychProblems([
      { label: 'same', yaml: 'a: "yes"\nb: [1, x]' },
      { label: 'boolean', yaml: 'a: yes' },
    ])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^boolean\n {2}yaml: {2}\{"value":\{"a":"yes"\}\}\n {2}Psych: \{"value":\{"a":true\}\}/,
    )
  })
})
