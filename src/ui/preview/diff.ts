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

/**
 * The edits turning `before` into `after`, one per run of changed lines (each as small as
 * minimalEdit makes it), in order and without overlaps; offsets are in `before`. A change at two
 * places far apart (a job name and the `needs:` naming it) is two small edits rather than one that
 * replaces every line between them: Monaco re-renders only the lines an edit touches.
 */
export function lineEdits(before: string, after: string): TextEdit[] {
  if (before === after) return []
  // Each line with its line break (the last one has none), so that equal lines are equal text.
  const withBreaks = (text: string) =>
    text.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line))
  const a = withBreaks(before)
  const b = withBreaks(after)
  const offsets = [0]
  for (const line of a) offsets.push((offsets[offsets.length - 1] ?? 0) + line.length)
  const edits: TextEdit[] = []
  const hunk = (fromA: number, toA: number, fromB: number, toB: number) => {
    const start = offsets[fromA] ?? 0
    const edit = minimalEdit(before.slice(start, offsets[toA]), b.slice(fromB, toB).join(''))
    if (edit) edits.push({ start: start + edit.start, end: start + edit.end, text: edit.text })
  }
  let i = 0
  let j = 0
  for (const [ma, mb] of matchedLines(a, b)) {
    hunk(i, ma, j, mb)
    i = ma + 1
    j = mb + 1
  }
  hunk(i, a.length, j, b.length)
  return edits
}

/** Pairs of equal lines of `a` and `b` (indices), increasing in both: common ends, then an LCS. */
function matchedLines(a: readonly string[], b: readonly string[]): [number, number][] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const pairs: [number, number][] = []
  for (let k = 0; k < head; k++) pairs.push([k, k])
  if (midA.length * midB.length <= MAX_LCS_CELLS)
    for (const [x, y] of commonPairs(midA, midB)) pairs.push([head + x, head + y])
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k])
  return pairs
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
  const kept = new Set(matchedLines(a, b).map(([, j]) => j))
  const lines: number[] = []
  for (let j = 0; j < b.length; j++) if (!kept.has(j)) lines.push(j + 1)
  return lines
}

/** The index pairs of a longest common subsequence of `a` and `b`, in order. */
function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
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
  const common: [number, number][] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common.push([i, j])
      i++
      j++
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++
    else j++
  }
  return common
}
