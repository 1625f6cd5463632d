import { describe, expect, it } from 'vitest'
import { changedLines, minimalEdit } from './diff.ts'

const applyEdit = (text: string, edit: ReturnType<typeof minimalEdit>) =>
  edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text

describe('minimalEdit', () => {
  it('replaces only the differing middle', () => {
    expect(minimalEdit('abcdef', 'abXYef')).toEqual({ start: 2, end: 4, text: 'XY' })
    expect(minimalEdit('abc', 'abc')).toBeNull()
    expect(minimalEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' })
  })

  it('always reproduces the new text', () => {
    const pairs = [
      ['', 'x'],
      ['x', ''],
      ['line1\nline2\n', 'line1\nline two\n'],
      ['aXa', 'aa'],
      ['abcabc', 'abc'],
    ] as const
    for (const [a, b] of pairs) expect(applyEdit(a, minimalEdit(a, b))).toBe(b)
  })
})

describe('changedLines', () => {
  it('marks a changed line', () => {
    expect(changedLines('a\nb\nc', 'a\nB\nc')).toEqual([2])
  })

  it('marks inserted lines only', () => {
    expect(changedLines('a\nc', 'a\nb1\nb2\nc')).toEqual([2, 3])
  })

  it('marks nothing for a pure deletion or no change', () => {
    expect(changedLines('a\nb\nc', 'a\nc')).toEqual([])
    expect(changedLines('a', 'a')).toEqual([])
  })

  it('marks two changes far apart without the lines between them', () => {
    const before = ['x: 1', 'same', 'same', 'same', 'y: 1'].join('\n')
    const after = ['x: 2', 'same', 'same', 'same', 'y: 2'].join('\n')
    expect(changedLines(before, after)).toEqual([1, 5])
  })
})
