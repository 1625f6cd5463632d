import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { minimalEdit, previewDiff, type TextEdit } from './diff.ts'

const changedLines = (before: string, after: string) => previewDiff(before, after).lines
const lineEdits = (before: string, after: string) => previewDiff(before, after).edits

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

describe('previewDiff', () => {
  const applyAll = (text: string, edits: readonly TextEdit[]) =>
    edits.reduceRight((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text)
  // Texts of a few short lines from a small alphabet, so that lines repeat and move.
  const text = fc
    .array(fc.constantFrom('a', 'b', 'c', '', 'a: 1', '  - x'), { maxLength: 8 })
    .map((lines) => lines.join('\n'))
  /** The length of a longest common subsequence of lines, computed apart from diff.ts. */
  const commonLength = (a: readonly string[], b: readonly string[]): number => {
    let row = new Array<number>(b.length + 1).fill(0)
    for (const x of a) {
      const next = [0]
      for (let j = 0; j < b.length; j++)
        next.push(x === b[j] ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0))
      row = next
    }
    return row[b.length] ?? 0
  }

  it('edits turn the old text into the new one, apart and in order, and highlights the lines no LCS keeps', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { edits, lines } = previewDiff(before, after)
        expect(applyAll(before, edits)).toBe(after)
        for (let i = 1; i < edits.length; i++)
          expect(edits[i]?.start).toBeGreaterThanOrEqual(edits[i - 1]?.end ?? 0)
        const b = after.split('\n')
        expect(lines.length).toBe(before === after ? 0 : b.length - commonLength(before.split('\n'), b))
        for (const line of lines) expect(line).toBeGreaterThanOrEqual(1)
        expect(lines).toEqual([...lines].sort((x, y) => x - y))
      }),
      { numRuns: 2000 },
    )
  })

  it('is lineEdits and changedLines at once', () => {
    const before = 'api:\n  script: x\nmanifest:\n  needs:\n    - api\n'
    const after = before.replaceAll('api', 'apix')
    expect(previewDiff(before, after)).toEqual({
      edits: lineEdits(before, after),
      lines: changedLines(before, after),
    })
    expect(previewDiff('x', 'x')).toEqual({ edits: [], lines: [] })
  })
})
