/** The part of a keydown event that decides whether it is Undo or Redo. */
export interface KeyLike {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

/**
 * Ctrl+Z (Cmd+Z on a Mac) undoes; Shift+Ctrl+Z and Ctrl+Y redo. `key` is the character typed, so
 * the keys follow the keyboard layout as the browser's own undo does (Z on a German keyboard too).
 */
export function undoKey(event: KeyLike): 'undo' | 'redo' | null {
  if (event.altKey || event.ctrlKey === event.metaKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

/** Input types without text of their own: the page's undo works there. */
const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
])

/**
 * Whether the element edits text: the browser's own undo belongs there (it takes back keystrokes in
 * the field; the page's undo takes back the whole field once it has lost focus).
 */
export function editsText(element: Element | null): boolean {
  if (!element) return false
  const tag = element.tagName.toLowerCase()
  // A read-only one (Monaco's preview) has nothing to undo: the page's undo works there.
  if ((tag === 'textarea' || tag === 'input') && element.hasAttribute('readonly')) return false
  if (tag === 'textarea') return true
  if (tag === 'input') return !NOT_TEXT.has((element.getAttribute('type') ?? 'text').toLowerCase())
  return element.closest('[contenteditable]:not([contenteditable="false"])') !== null
}
