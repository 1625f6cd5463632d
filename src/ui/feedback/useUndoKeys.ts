import { type Dispatch, useEffect } from 'react'
import type { Action } from '../state/store.ts'
import { editsText, undoKey } from '../state/undo-keys.ts'

/**
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) anywhere on the page but in a text field, where the
 * browser's own undo stays. Not while a dialog asks (its own question comes first).
 */
export function useUndoKeys(dispatch: Dispatch<Action>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = undoKey(event)
      if (!action || event.defaultPrevented) return
      const target = event.target instanceof Element ? event.target : null
      if (editsText(target) || target?.closest('dialog[open]')) return
      event.preventDefault()
      dispatch({ type: action })
    }
    // Capture: before Monaco's read-only preview takes Ctrl+Z for its own (empty) undo.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [dispatch])
}
