/**
 * `next` with every part that equals the same part of `previous` replaced by that part of
 * `previous`: what did not change keeps its identity. parseConfig returns a fresh object on every
 * keystroke; with this, an image (or a section) that was not edited is the same object as before,
 * so what is worked out per image (its jobs, its findings) and the memoized form parts can be reused
 * by a reference comparison. The root is always a new object when `next` is (a changed draft is a
 * new config, as before), and `next` itself is never modified.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  if (previous === next) return next
  const shared = share(previous, next)
  if (shared !== previous) return shared as T
  return (Array.isArray(previous) ? [...previous] : { ...previous }) as T
}

function share(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null)
    return next
  if (Array.isArray(previous) !== Array.isArray(next)) return next
  if (Array.isArray(next)) {
    const before = previous as readonly unknown[]
    let same = before.length === next.length
    const out = next.map((item, i) => {
      const kept = share(before[i], item)
      if (kept !== before[i]) same = false
      return kept
    })
    return same ? previous : out
  }
  const before = previous as Readonly<Record<string, unknown>>
  const beforeKeys = Object.keys(before)
  const nextKeys = Object.keys(next)
  let same = beforeKeys.length === nextKeys.length
  const out: Record<string, unknown> = {}
  for (const [i, key] of nextKeys.entries()) {
    const value = (next as Readonly<Record<string, unknown>>)[key]
    const kept = Object.hasOwn(before, key) ? share(before[key], value) : value
    out[key] = kept
    // Key order is part of the value: the generator writes keys in the order it finds them.
    if (beforeKeys[i] !== key || kept !== before[key]) same = false
  }
  return same ? previous : out
}
