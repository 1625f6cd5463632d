/** Runs `callback` when the browser is idle (or after `timeout` ms at the latest); returns a canceller. */
export function whenIdle(callback: () => void, timeout = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(callback, 50)
  return () => window.clearTimeout(id)
}
