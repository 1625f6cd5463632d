import { describe, expect, it } from 'vitest'
import { appendItem, moveItem, removeItem, toggleMember } from './list-ops.ts'

describe('list operations', () => {
  it('moves an item up and down', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
  })

  it('ignores moves past either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b'])
  })

  it('removes and appends without touching the input', () => {
    const list = ['a', 'b', 'c']
    expect(removeItem(list, 1)).toEqual(['a', 'c'])
    expect(appendItem(list, 'd')).toEqual(['a', 'b', 'c', 'd'])
    expect(list).toEqual(['a', 'b', 'c'])
  })

  it('toggles members, keeping the order they were chosen in', () => {
    expect(toggleMember(['tag'], 'branch', true)).toEqual(['tag', 'branch'])
    expect(toggleMember(['tag', 'branch'], 'tag', false)).toEqual(['branch'])
    expect(toggleMember(['tag'], 'tag', true)).toEqual(['tag'])
  })
})
