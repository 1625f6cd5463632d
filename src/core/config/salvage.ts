import type * as z from 'zod/mini'
import { formatPath } from './parse.ts'

type Key = PropertyKey

/** Anything that validates like a zod schema (classic or mini). */
export interface SafeParser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } }
}

export interface SalvageResult<T> {
  /** What the schema accepts once the rejected fields are gone; undefined if nothing could be kept. */
  readonly value: T | undefined
  /** Dotted paths of the fields (or array items) that were dropped. */
  readonly dropped: readonly string[]
}

/**
 * Keeps every field the schema accepts and drops only the ones it rejects, one issue at a time:
 * a dropped field takes its default; when it has none (a required field inside an array item),
 * the item holding it goes instead. `raw` is not modified.
 */
export function salvageConfig<T>(schema: SafeParser<T>, raw: unknown, maxSteps = 1000): SalvageResult<T> {
  const dropped: string[] = []
  let root: unknown = isRecord(raw) ? structuredClone(raw) : {}
  if (!isRecord(raw)) dropped.push('')
  for (let step = 0; step < maxSteps; step++) {
    const result = schema.safeParse(root)
    if (result.success) return { value: result.data, dropped }
    const issue = result.error.issues[0]
    if (!issue) break
    const path = issue.path as Key[]
    if (issue.code === 'unrecognized_keys') {
      const target = lookup(root, path)
      if (!isRecord(target)) break
      for (const key of issue.keys) {
        delete target[key]
        record(dropped, formatPath([...path, key]))
      }
      continue
    }
    const droppedPath = drop(root, path)
    if (droppedPath === undefined) {
      if (path.length === 0) break
      root = {}
      dropped.push('')
      continue
    }
    record(dropped, formatPath(droppedPath))
  }
  return { value: undefined, dropped }
}

/** Notes a dropped path; fields inside it that were dropped one by one before are covered by it. */
function record(dropped: string[], path: string): void {
  const inside = (p: string) => p.startsWith(`${path}.`) || p.startsWith(`${path}[`)
  const kept = dropped.filter((p) => !inside(p))
  dropped.splice(0, dropped.length, ...kept, path)
}

/** Removes the value at path (or its nearest existing container); the path removed, or undefined. */
function drop(root: unknown, path: readonly Key[]): readonly Key[] | undefined {
  if (path.length === 0) return undefined
  const parent = lookup(root, path.slice(0, -1))
  const last = path[path.length - 1] as Key
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
    parent.splice(last, 1)
    return path
  }
  if (isRecord(parent) && Object.hasOwn(parent, last)) {
    delete parent[last as string]
    return path
  }
  // The field is missing (a required field was already dropped): drop what holds it.
  return drop(root, path.slice(0, -1))
}

function lookup(root: unknown, path: readonly Key[]): unknown {
  let node = root
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key]
    else if (isRecord(node) && Object.hasOwn(node, key)) node = node[key as string]
    else return undefined
  }
  return node
}

function isRecord(v: unknown): v is Record<Key, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
