import { useCallback, useEffect, useRef, useState } from 'react'

/** How long a button shows its confirmation ("Copied ✓") before it reads as an action again. */
export const CONFIRMATION_MS = 2000

export interface ConfirmationControls {
  /**
   * Keeps the confirmation while the pointer or the focus is on it (its Undo button must not vanish
   * under the finger or the keyboard); released, it goes CONFIRMATION_MS later.
   */
  readonly hold: (held: boolean) => void
  /** Takes it away at once (its Undo was used). */
  readonly clear: () => void
}

/**
 * A confirmation shown for a moment after an action succeeded: `confirmed` is what to show (or null),
 * `confirm(value)` shows it and starts the clock again. Starts empty, so the server's markup and the
 * first client render agree.
 */
export function useConfirmation<T = true>(): readonly [T | null, (value: T) => void, ConfirmationControls] {
  const [confirmed, setConfirmed] = useState<T | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const later = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setConfirmed(null), CONFIRMATION_MS)
  }, [])
  const confirm = useCallback(
    (value: T) => {
      setConfirmed(() => value)
      later()
    },
    [later],
  )
  const [controls] = useState<ConfirmationControls>(() => ({
    hold: (held) => {
      clearTimeout(timer.current)
      if (!held) timer.current = setTimeout(() => setConfirmed(null), CONFIRMATION_MS)
    },
    clear: () => {
      clearTimeout(timer.current)
      setConfirmed(null)
    },
  }))
  return [confirmed, confirm, controls] as const
}
