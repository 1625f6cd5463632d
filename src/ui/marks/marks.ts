import type { Severity } from '../../core/diagnostics/types.ts'

/** A note shown at a form field: a diagnostics finding or a credential warning, already localized. */
export interface FieldMark {
  readonly severity: Severity
  /** The severity in words ("Warning"), for screen readers; the icon is decorative. */
  readonly label: string
  readonly text: string
  /** The longer explanation, behind a "why?" disclosure. */
  readonly detail?: string
  /** The finding's Fix, offered at the field too. */
  readonly fix?: MarkFix
}

export interface MarkFix {
  readonly label: string
  /** A field holds invalid input: the fix waits (as the panel's does). */
  readonly blocked: boolean
  /** Applies the fix; what was said, or null when nothing was done. Reads the page's current config. */
  readonly run: () => string | null
}

/** A mark and the dotted config path (`build.buildArgs[0].value`) of the field it belongs to. */
export interface PathMark extends FieldMark {
  readonly path: string
}

export const NO_MARKS: readonly FieldMark[] = Object.freeze([])

const ITEM_SUFFIX = /^\[\d+\]$/

/**
 * The marks of one field. With `withItems`, a list also takes the marks about its items as a whole
 * (`destinations[1]`): an item of several fields has no control of its own to show them.
 */
export function marksFor(marks: readonly PathMark[], path: string, withItems: boolean): PathMark[] {
  return marks.filter(
    (m) =>
      m.path === path ||
      (withItems && m.path.startsWith(path) && ITEM_SUFFIX.test(m.path.slice(path.length))),
  )
}

export function sameMarks(a: readonly FieldMark[], b: readonly FieldMark[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (m, i) =>
        m.severity === b[i]?.severity &&
        m.text === b[i]?.text &&
        m.detail === b[i]?.detail &&
        m.label === b[i]?.label &&
        m.fix?.label === b[i]?.fix?.label &&
        m.fix?.blocked === b[i]?.fix?.blocked,
    )
  )
}

/**
 * Holds the current marks for every field. Each field subscribes to its own selection and gets
 * the same array back while its marks are unchanged, so a keystroke re-renders only the fields
 * whose marks changed (useSyncExternalStore compares snapshots by identity).
 */
export class MarkStore {
  private marks: readonly PathMark[] = []
  private readonly listeners = new Set<() => void>()
  private readonly cache = new Map<string, readonly FieldMark[]>()

  publish(marks: readonly PathMark[]): void {
    this.marks = marks
    for (const listener of this.listeners) listener()
  }

  /** Every mark, for summaries across fields (the section index's severities). */
  all(): readonly PathMark[] {
    return this.marks
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  select(path: string, withItems = false): readonly FieldMark[] {
    const key = `${withItems ? 'L' : 'F'}${path}`
    const fresh = marksFor(this.marks, path, withItems)
    const previous = this.cache.get(key) ?? NO_MARKS
    if (sameMarks(previous, fresh)) return previous
    const next = fresh.length === 0 ? NO_MARKS : fresh
    this.cache.set(key, next)
    return next
  }
}
