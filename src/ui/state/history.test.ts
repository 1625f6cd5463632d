import { describe, expect, it } from 'vitest'
import { EMPTY_HISTORY, type History, record, redo, undo } from './history.ts'

describe('history', () => {
  it('undoes steps in reverse order and redoes them in order', () => {
    // The page went a → b → c.
    let history: History<string> = record(record(EMPTY_HISTORY, 'a'), 'b')
    const back = undo(history, 'c')
    expect(back?.snapshot).toBe('b')
    history = back?.history ?? history
    const backAgain = undo(history, 'b')
    expect(backAgain?.snapshot).toBe('a')
    history = backAgain?.history ?? history
    expect(undo(history, 'a')).toBeNull()

    const forward = redo(history, 'a')
    expect(forward?.snapshot).toBe('b')
    history = forward?.history ?? history
    expect(redo(history, 'b')?.snapshot).toBe('c')
    expect(redo(EMPTY_HISTORY, 'x')).toBeNull()
  })

  it('forgets what could be redone when a new step is made', () => {
    const history = record(record(EMPTY_HISTORY, 'a'), 'b')
    const back = undo(history, 'c')
    if (!back) throw new Error('nothing to undo')
    const branched = record(back.history, 'b')
    expect(branched.future).toEqual([])
    expect(branched.past).toEqual(['a', 'b'])
  })

  it('keeps the newest steps up to the limit', () => {
    let history: History<number> = EMPTY_HISTORY
    for (let i = 0; i < 5; i++) history = record(history, i, 3)
    expect(history.past).toEqual([2, 3, 4])
  })
})
