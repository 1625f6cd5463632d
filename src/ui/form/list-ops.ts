/** Pure list edits used by the list editors. Each returns a new array; out-of-range moves are no-ops. */

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list]
  const copy = [...list]
  const [item] = copy.splice(from, 1) as [T]
  copy.splice(to, 0, item)
  return copy
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

export function appendItem<T>(list: readonly T[], item: T): T[] {
  return [...list, item]
}

/** Adds `value` at the end when absent, removes it when present: checkbox groups whose order matters. */
export function toggleMember<T>(list: readonly T[], value: T, on: boolean): T[] {
  const has = list.includes(value)
  if (on && !has) return [...list, value]
  if (!on && has) return list.filter((v) => v !== value)
  return [...list]
}
