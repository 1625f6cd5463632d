import { useCallback, useEffect, useRef, useState } from 'react'

/** How long a button shows its confirmation ("Copied ✓") before it reads as an action again. */
export const CONFIRMATION_MS = 2000

/**
 * A confirmation shown for a moment after an action succeeded: `confirmed` is what to show (or null),
 * `confirm(value)` shows it and starts the clock again. Starts empty, so the server's markup and the
 * first client render agree.
 */
export function useConfirmation<T = true>(): readonly [T | null, (value: T) => void] {
  const [confirmed, setConfirmed] = useState<T | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const confirm = useCallback((value: T) => {
    clearTimeout(timer.current)
    setConfirmed(() => value)
    timer.current = setTimeout(() => setConfirmed(null), CONFIRMATION_MS)
  }, [])
  return [confirmed, confirm] as const
}
