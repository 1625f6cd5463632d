/**
 * Runs `callback` once, when `element` first intersects the viewport; returns a canceller. On two-pane
 * screens the preview is on screen from the start, so this fires at once; below that width it waits
 * until the YAML tab shows it (a hidden element never intersects). Without IntersectionObserver it
 * fires at once.
 */
export function whenSeen(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    callback()
    return () => {}
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return
    observer.disconnect()
    callback()
  })
  observer.observe(element)
  return () => observer.disconnect()
}
