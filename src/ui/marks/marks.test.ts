import { describe, expect, it } from 'vitest'
import { MarkStore, marksFor, NO_MARKS, type PathMark } from './marks.ts'

const mark = (path: string, text = `about ${path}`): PathMark => ({
  path,
  severity: 'warning',
  label: 'Warning',
  text,
})

describe('marksFor', () => {
  const marks = [
    mark('proxy.http'),
    mark('destinations'),
    mark('destinations[1]'),
    mark('destinations[1].repository'),
  ]

  it('gives a field its own marks only', () => {
    expect(marksFor(marks, 'proxy.http', false).map((m) => m.path)).toEqual(['proxy.http'])
    expect(marksFor(marks, 'proxy', false)).toEqual([])
  })

  it('gives a list the marks about its items as a whole, not those of the items’ fields', () => {
    expect(marksFor(marks, 'destinations', true).map((m) => m.path)).toEqual([
      'destinations',
      'destinations[1]',
    ])
    expect(marksFor(marks, 'destinations', false).map((m) => m.path)).toEqual(['destinations'])
  })
})

describe('MarkStore', () => {
  it('gives the same array back while a field’s marks are unchanged, a new one when they change', () => {
    const store = new MarkStore()
    expect(store.select('proxy.http')).toBe(NO_MARKS)
    store.publish([mark('proxy.http'), mark('job.name')])
    const first = store.select('proxy.http')
    expect(first.map((m) => m.text)).toEqual(['about proxy.http'])
    // Another field changes: this one keeps its array (its component does not re-render).
    store.publish([mark('proxy.http'), mark('job.name', 'changed')])
    expect(store.select('proxy.http')).toBe(first)
    store.publish([mark('proxy.http', 'new text')])
    expect(store.select('proxy.http')).not.toBe(first)
    store.publish([])
    expect(store.select('proxy.http')).toBe(NO_MARKS)
  })

  it('gives a new array when a mark’s Fix appears or becomes blocked, not for a new closure', () => {
    const store = new MarkStore()
    const withFix = (blocked: boolean) => ({
      ...mark('a'),
      fix: { label: 'Fix it', blocked, run: () => null },
    })
    store.publish([mark('a')])
    const plain = store.select('a')
    store.publish([withFix(false)])
    const fixable = store.select('a')
    expect(fixable).not.toBe(plain)
    store.publish([withFix(false)])
    expect(store.select('a')).toBe(fixable)
    store.publish([withFix(true)])
    expect(store.select('a')).not.toBe(fixable)
  })

  it('tells subscribers about each publication until they leave', () => {
    const store = new MarkStore()
    let calls = 0
    const leave = store.subscribe(() => calls++)
    store.publish([mark('a')])
    leave()
    store.publish([])
    expect(calls).toBe(1)
  })
})
