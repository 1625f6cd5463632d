/**
 * Undo and redo over snapshots of the page's work. Pure: the store records a snapshot each time a
 * change is committed (every change but a keystroke; a text field's keystrokes are committed together
 * when it loses focus), so one step undoes one action or one field's typing, and a snapshot is
 * always something the address bar and the saved work have already held.
 */
export interface History<T> {
  /** Oldest first: the last one is what Undo brings back. */
  readonly past: readonly T[]
  /** Nearest first: the first one is what Redo brings back. */
  readonly future: readonly T[]
}

/** Enough for any session; a long one forgets its oldest steps. */
export const HISTORY_LIMIT = 100

export const EMPTY_HISTORY: History<never> = Object.freeze({ past: [], future: [] })

/** A new step: `previous` (what the page showed before it) can be undone to; redo is forgotten. */
export function record<T>(history: History<T>, previous: T, limit = HISTORY_LIMIT): History<T> {
  const past = [...history.past, previous]
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] }
}

export interface Travel<T> {
  readonly history: History<T>
  /** The snapshot to show now. */
  readonly snapshot: T
}

/** One step back from `present`; null when there is nothing to undo. */
export function undo<T>(history: History<T>, present: T): Travel<T> | null {
  const snapshot = history.past.at(-1)
  if (history.past.length === 0 || snapshot === undefined) return null
  return { history: { past: history.past.slice(0, -1), future: [present, ...history.future] }, snapshot }
}

/** One step forward from `present`; null when there is nothing to redo. */
export function redo<T>(history: History<T>, present: T): Travel<T> | null {
  const snapshot = history.future[0]
  if (history.future.length === 0 || snapshot === undefined) return null
  return { history: { past: [...history.past, present], future: history.future.slice(1) }, snapshot }
}
