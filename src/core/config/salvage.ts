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
 * Keeps every field the schema accepts and drops only the ones it rejects: a dropped field takes
 * its default; when it has none (a required field inside an array item), the item holding it goes
 * instead. Every issue of a parse is handled in one pass (a hostile link with thousands of bad
 * list items must not cost thousands of parses); passes repeat while dropping reveals more (a
 * required field now missing, a rule across fields). `raw` is not modified.
 */
export function salvageConfig<T>(schema: SafeParser<T>, raw: unknown, maxPasses = 100): SalvageResult<T> {
  let dropped: (readonly Key[])[] = []
  let root: unknown = isRecord(raw) ? structuredClone(raw) : {}
  if (!isRecord(raw)) dropped.push([])
  const result = (value: T | undefined) => ({ value, dropped: dropped.map(formatPath) })
  for (let pass = 0; pass < maxPasses; pass++) {
    const parsed = schema.safeParse(root)
    if (parsed.success) return result(parsed.data)
    const outcome = dropIssues(root, parsed.error.issues)
    if (outcome === 'give-up') break
    if (outcome === 'reset') {
      root = {}
      dropped.push([])
      continue
    }
    dropped = record(dropped, outcome)
  }
  return result(undefined)
}

/**
 * Drops what each issue names, later and deeper paths first, so that removing an array item never
 * moves a path still to be handled; a path inside one dropped already is skipped. Returns the
 * dropped paths in the order of the issues.
 */
function dropIssues(
  root: unknown,
  issues: readonly z.core.$ZodIssue[],
): (readonly Key[])[] | 'give-up' | 'reset' {
  if (issues.length === 0) return 'give-up'
  const targets: { path: readonly Key[]; order: number }[] = []
  issues.forEach((issue, order) => {
    const path = issue.path as Key[]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) targets.push({ path: [...path, key], order })
    } else targets.push({ path, order })
  })
  targets.sort((a, b) => comparePaths(b.path, a.path))
  const done: { path: readonly Key[]; order: number }[] = []
  const doneKeys = new Set<string>()
  for (const target of targets) {
    if (target.path.length === 0) return 'give-up'
    if (prefixes(target.path).some((prefix) => doneKeys.has(prefix))) continue
    const droppedPath = drop(root, target.path)
    if (droppedPath === undefined) return 'reset'
    done.push({ path: droppedPath, order: target.order })
    doneKeys.add(pathKey(droppedPath))
  }
  return done.sort((a, b) => a.order - b.order).map((d) => d.path)
}

/** Orders paths key by key (indexes as numbers); a path comes after the paths that contain it. */
function comparePaths(a: readonly Key[], b: readonly Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as Key
    const y = b[i] as Key
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

/** A path as a Set key (JSON keeps numbers and strings apart). */
function pathKey(path: readonly Key[]): string {
  return JSON.stringify(path.map((key) => (typeof key === 'symbol' ? String(key) : key)))
}

/** The keys of the path and of every path that contains it. */
function prefixes(path: readonly Key[]): string[] {
  return path.map((_, i) => pathKey(path.slice(0, i + 1)))
}

/** Adds newly dropped paths; paths dropped before inside one of them are covered by it. */
function record(
  dropped: readonly (readonly Key[])[],
  added: readonly (readonly Key[])[],
): (readonly Key[])[] {
  const addedKeys = new Set(added.map(pathKey))
  const covered = (path: readonly Key[]) => prefixes(path).some((prefix) => addedKeys.has(prefix))
  return [...dropped.filter((path) => !covered(path)), ...added]
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
