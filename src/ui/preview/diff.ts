/** Text differences between two versions of the preview, for Monaco edits and highlights. */

export interface TextEdit {
  /** Offsets in the old text: replace [start, end) with `text`. */
  readonly start: number
  readonly end: number
  readonly text: string
}

/** The smallest single replacement turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null
  const max = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) }
}

/** Above this many cells, the middle part is marked changed as a whole instead of diffed. */
const MAX_LCS_CELLS = 250_000

/**
 * The 1-based numbers of the lines of `after` that are new or changed compared with `before`:
 * common leading and trailing lines are skipped, the rest is compared line by line (LCS).
 */
export function changedLines(before: string, after: string): number[] {
  if (before === after) return []
  const a = before.split('\n')
  const b = after.split('\n')
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++
  }
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const keep = midA.length * midB.length > MAX_LCS_CELLS ? new Set<number>() : commonInB(midA, midB)
  const lines: number[] = []
  for (let i = 0; i < midB.length; i++) if (!keep.has(i)) lines.push(head + i + 1)
  return lines
}

/** Indices of `b` that belong to a longest common subsequence of `a` and `b`. */
function commonInB(a: readonly string[], b: readonly string[]): Set<number> {
  const width = b.length + 1
  const table = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0)
    }
  }
  const common = new Set<number>()
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common.add(j)
      i++
      j++
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++
    else j++
  }
  return common
}
