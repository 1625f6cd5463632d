import { describe, expect, it } from 'vitest'
import { editsText, type KeyLike, undoKey } from './undo-keys.ts'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('undoKey', () => {
  it('reads Ctrl/Cmd+Z as Undo and Shift+Ctrl/Cmd+Z or Ctrl+Y as Redo', () => {
    expect(undoKey(key('z', { ctrlKey: true }))).toBe('undo')
    expect(undoKey(key('z', { metaKey: true }))).toBe('undo')
    expect(undoKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(undoKey(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo')
    expect(undoKey(key('y', { ctrlKey: true }))).toBe('redo')
  })

  it('ignores other keys and other modifiers', () => {
    expect(undoKey(key('z'))).toBeNull()
    expect(undoKey(key('z', { shiftKey: true }))).toBeNull()
    expect(undoKey(key('z', { ctrlKey: true, altKey: true }))).toBeNull()
    expect(undoKey(key('z', { ctrlKey: true, metaKey: true }))).toBeNull()
    expect(undoKey(key('x', { ctrlKey: true }))).toBeNull()
    expect(undoKey(key('y', { ctrlKey: true, shiftKey: true }))).toBeNull()
  })
})

/** A stand-in for an element: what editsText reads. */
const element = (tag: string, type?: string, editable = false, readOnly = false): Element =>
  ({
    tagName: tag.toUpperCase(),
    getAttribute: (name: string) => (name === 'type' ? (type ?? null) : null),
    hasAttribute: (name: string) => name === 'readonly' && readOnly,
    closest: () => (editable ? {} : null),
  }) as unknown as Element

describe('editsText', () => {
  it('leaves text fields to the browser’s own undo', () => {
    expect(editsText(element('input'))).toBe(true)
    expect(editsText(element('input', 'text'))).toBe(true)
    expect(editsText(element('input', 'number'))).toBe(true)
    expect(editsText(element('textarea'))).toBe(true)
    expect(editsText(element('div', undefined, true))).toBe(true)
  })

  it('takes checkboxes, buttons, selects and the page itself', () => {
    expect(editsText(element('input', 'checkbox'))).toBe(false)
    expect(editsText(element('button'))).toBe(false)
    expect(editsText(element('select'))).toBe(false)
    expect(editsText(element('body'))).toBe(false)
    // Monaco's read-only preview: nothing of its own to undo.
    expect(editsText(element('textarea', undefined, false, true))).toBe(false)
    expect(editsText(null)).toBe(false)
  })
})
