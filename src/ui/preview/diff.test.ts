import { describe, expect, it } from 'vitest'
import { changedLines, lineEdits, minimalEdit } from './diff.ts'

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

describe('lineEdits', () => {
  const applyAll = (text: string, edits: ReturnType<typeof lineEdits>) =>
    edits.reduceRight((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text)

  it('makes one small edit per run of changed lines', () => {
    const before = 'api:\n  script: x\nother:\n  a: 1\n  b: 2\nmanifest:\n  needs:\n    - api\n'
    const after = before.replace('api:', 'apix:').replace('- api', '- apix')
    const edits = lineEdits(before, after)
    expect(edits).toEqual([
      { start: 3, end: 3, text: 'x' },
      { start: before.indexOf('- api') + 5, end: before.indexOf('- api') + 5, text: 'x' },
    ])
    expect(applyAll(before, edits)).toBe(after)
  })

  it('turns any text into any other', () => {
    const texts = [
      '',
      'a',
      'a\n',
      'a\nb\nc\n',
      'a\nc\n',
      'x\nb\ny\n',
      'a\nb\nc',
      '\n\n',
      'b\na\n',
      'a\nb1\nb2\nc\n',
    ]
    for (const a of texts) for (const b of texts) expect(applyAll(a, lineEdits(a, b)), `${a} → ${b}`).toBe(b)
    expect(lineEdits('same', 'same')).toEqual([])
  })

  it('keeps its edits apart and in order', () => {
    const before = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n')
    const after = before
      .replace('line 3', 'line 3x')
      .replace('line 30', 'new\nline 30')
      .replace('line 39', '')
    const edits = lineEdits(before, after)
    expect(edits.length).toBe(3)
    for (let i = 1; i < edits.length; i++)
      expect(edits[i]?.start).toBeGreaterThanOrEqual(edits[i - 1]?.end ?? 0)
    expect(applyAll(before, edits)).toBe(after)
  })
})
