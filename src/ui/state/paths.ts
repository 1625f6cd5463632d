/** A location in the config: object keys and list indices, e.g. ['build', 'buildArgs', 0, 'name']. */
export type Path = readonly (string | number)[]

/** `build.buildArgs[0].name`: the same spelling as the core's ConfigIssue paths. */
export function pathKey(path: Path): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${part}` : part
  }
  return out
}

/** The inverse of pathKey: `build.buildArgs[0].name` -> ['build', 'buildArgs', 0, 'name']. */
export function parsePathKey(key: string): Path {
  const path: (string | number)[] = []
  for (const m of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    path.push(m[2] === undefined ? (m[1] ?? '') : Number(m[2]))
  return path
}

/** `build.buildArgs.name`: the path without list indices, which names a field's messages. */
export function messagePath(path: Path): string {
  return path.filter((p) => typeof p === 'string').join('.')
}

export function getIn(value: unknown, path: Path): unknown {
  let current = value
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[part]
  }
  return current
}

/** A copy of `root` with the value at `path` replaced; untouched branches keep their identity. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  const container = (root ?? {}) as Record<string | number, unknown>
  const child = setIn(container[head], rest, value)
  if (Object.is(child, container[head]) && root !== undefined) return root
  if (Array.isArray(container)) {
    const copy = [...container]
    copy[head as number] = child
    return copy as T
  }
  return { ...container, [head]: child } as T
}
