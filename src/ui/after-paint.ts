import { startTransition, useEffect, useState } from 'react'

/**
 * Runs `callback` once the browser has painted its next frame: the rAF callback runs before that
 * frame's paint, a task queued from it after. Returns a canceller.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * `value` as of the last painted frame: what only follows the page (diagnostics, field marks) reads
 * this, so a keystroke's frame carries only the preview and the work that follows it runs after the
 * paint, once per frame however fast the keys come. It catches up in a transition, which the next
 * keystroke interrupts.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value)
  useEffect(() => {
    if (Object.is(painted, value)) return
    return afterNextPaint(() => startTransition(() => setPainted(value)))
  }, [value, painted])
  return painted
}
