/** Reading and writing a config value by its dotted path (`destinations[0].tags[1]`). */

type Key = string | number

export function parsePath(path: string): Key[] {
  const keys: Key[] = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string))
  }
  return keys
}

export function getPath(root: unknown, path: string): unknown {
  return walk(root, parsePath(path))
}

function walk(root: unknown, keys: readonly Key[]): unknown {
  let node = root
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<Key, unknown>)[key]
  }
  return node
}

/** Sets an existing value; returns false (and changes nothing) when the path does not exist. */
export function setPath(root: unknown, path: string, value: unknown): boolean {
  const keys = parsePath(path)
  const last = keys.pop()
  if (last === undefined) return false
  const parent = walk(root, keys)
  if (typeof parent !== 'object' || parent === null || !(last in parent)) return false
  ;(parent as Record<Key, unknown>)[last] = value
  return true
}
