import { describe, expect, it } from 'vitest'
import { type MarkerPlace, markersChanged, sameMarkers } from './markers.ts'

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
    expect(sameMarkers([at(3), at(7)], [at(3), at(7)])).toBe(true)
    expect(sameMarkers([at(3), at(7)], [at(7), at(3)])).toBe(false)
    expect(sameMarkers([at(3)], [at(3, 'Tip: other')])).toBe(false)
    expect(sameMarkers([at(3)], [at(3, 'Tip: something', 21)])).toBe(false)
    expect(sameMarkers([at(3)], [at(3), at(4)])).toBe(false)
    expect(sameMarkers([], [])).toBe(true)
  })

  it('keeps markers that no edit can have moved', () => {
    // Typing on line 5 leaves markers on lines 3 and 7 where they were set.
    expect(markersChanged([at(3), at(7)], [at(3), at(7)], new Set([5]))).toBe(false)
    expect(markersChanged([], [], 'all')).toBe(false)
  })

  it('sets them again once an edit may have moved them, even when the new ones read the same', () => {
    // Monaco moved the marker of line 5 with the typing on it (or every marker after a line was
    // added or removed): the same list set before is no longer where Monaco shows it.
    expect(markersChanged([at(3), at(5)], [at(3), at(5)], new Set([5]))).toBe(true)
    expect(markersChanged([at(3)], [at(3)], 'all')).toBe(true)
    expect(markersChanged([at(3)], [at(4)], new Set())).toBe(true)
    expect(markersChanged([], [at(4)], new Set())).toBe(true)
  })
})
