import { describe, expect, it } from 'vitest'
import { type MarkerPlace, markerChange, withEditedLines } from './marker-change.ts'

const at = (line: number, message = 'Tip: something', endColumn = 20): MarkerPlace => ({
  severity: 2,
  code: 'KC201',
  message,
  startLineNumber: line,
  startColumn: 3,
  endLineNumber: line,
  endColumn,
})

describe('editor markers', () => {
  it('compares where and what, in order', () => {
    expect(markerChange([at(3), at(7)], [at(3), at(7)], new Set())).toBe('none')
    expect(markerChange([at(3), at(7)], [at(7), at(3)], new Set())).toBe('drawing')
    expect(markerChange([at(3)], [at(3, 'Tip: other')], new Set())).toBe('texts')
    expect(markerChange([at(3)], [at(3, 'Tip: something', 21)], new Set())).toBe('drawing')
    expect(markerChange([at(3)], [at(3), at(4)], new Set())).toBe('drawing')
    expect(markerChange([], [], new Set())).toBe('none')
  })

  it('keeps markers that no edit can have moved', () => {
    // Typing on line 5 leaves markers on lines 3 and 7 where they were set.
    expect(markerChange([at(3), at(7)], [at(3), at(7)], new Set([5]))).toBe('none')
    expect(markerChange([], [], 'all')).toBe('none')
  })

  it('sets them again once an edit may have moved them, even when the new ones read the same', () => {
    // Monaco moved the marker of line 5 with the typing on it (or every marker after a line was
    // added or removed): the same list set before is no longer where Monaco shows it.
    expect(markerChange([at(3), at(5)], [at(3), at(5)], new Set([5]))).toBe('drawing')
    expect(markerChange([at(3)], [at(3)], 'all')).toBe('drawing')
    expect(markerChange([at(3)], [at(4)], new Set())).toBe('drawing')
    expect(markerChange([], [at(4)], new Set())).toBe('drawing')
  })

  it('tells a change of texts alone (read in hovers) from one Monaco draws', () => {
    // The job's name in a finding's message changed, the squiggles did not: only hovers differ.
    expect(markerChange([at(3), at(7)], [at(3), at(7, 'Tip: the job apiq')], new Set([5]))).toBe('texts')
    expect(markerChange([at(3)], [{ ...at(3), code: 'KC202' }], new Set())).toBe('texts')
    // Another severity, range or line, or one more or fewer: drawn differently.
    expect(markerChange([at(3)], [{ ...at(3, 'Tip: other'), severity: 4 }], new Set())).toBe('drawing')
    expect(markerChange([at(3)], [at(3, 'Tip: other', 21)], new Set())).toBe('drawing')
    expect(markerChange([at(3)], [], new Set())).toBe('drawing')
    // Moved by an edit: set again, whatever the texts say.
    expect(markerChange([at(5)], [at(5, 'Tip: other')], new Set([5]))).toBe('drawing')
    expect(markerChange([at(5)], [at(5, 'Tip: other')], 'all')).toBe('drawing')
  })
})

describe('the lines an edit touches', () => {
  it('are the lines it replaces while it keeps their number', () => {
    expect(withEditedLines(new Set(), 15, 15, 'q')).toEqual(new Set([15]))
    // Two neighbouring lines changed by one edit across the break between them (a job's name in its
    // last `needs:` entry and in the line before: "-amd64\n    - api").
    expect(withEditedLines(new Set([15]), 105, 106, 'q-amd64\n    - apiq')).toEqual(new Set([15, 105, 106]))
  })

  it('are all lines once an edit adds or removes one, and from then on', () => {
    expect(withEditedLines(new Set(), 4, 4, 'a\nb')).toBe('all')
    expect(withEditedLines(new Set(), 4, 6, 'a')).toBe('all')
    expect(withEditedLines('all', 4, 4, 'a')).toBe('all')
  })
})
