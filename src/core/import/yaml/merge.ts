import type { YMap, YNode } from './tree.ts'

/** GitLab's `extends` merge: mappings merge key by key (deeply), anything else is replaced. */
export function deepMerge(base: YNode, override: YNode): YNode {
  if (base.kind !== 'map' || override.kind !== 'map') return override
  const entries = new Map(base.entries)
  for (const [key, value] of override.entries) {
    const previous = entries.get(key)
    entries.set(key, previous ? deepMerge(previous, value) : value)
  }
  return { ...override, entries } satisfies YMap
}

export function withoutKeys(map: YMap, keys: readonly string[]): YMap {
  const entries = new Map(map.entries)
  for (const key of keys) entries.delete(key)
  return { ...map, entries }
}
