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

/** What the preview's model edit needs of a new text: its edits and the lines to highlight. */
export interface PreviewDiff {
  /**
   * The edits turning `before` into `after`, one per run of changed lines (each as small as
   * minimalEdit makes it), in order and without overlaps; offsets are in `before`. A change at two
   * places far apart (a job name and the `needs:` naming it) is two small edits rather than one that
   * replaces every line between them: Monaco re-renders only the lines an edit touches.
   */
  readonly edits: TextEdit[]
  /**
   * The 1-based numbers of the lines of `after` that are new or changed: common leading and trailing
   * lines are skipped, the rest is compared line by line (LCS).
   */
  readonly lines: number[]
}

/** The edits and the changed lines of one pair of texts, from one comparison of their lines. */
export function previewDiff(before: string, after: string): PreviewDiff {
  if (before === after) return { edits: [], lines: [] }
  const a = before.split('\n')
  const b = after.split('\n')
  const pairs = matchedLines(a, b)
  // Where each line of `before` starts (a line's break is part of it, the last one has none).
  const offsets = [0]
  for (const line of a) offsets.push((offsets[offsets.length - 1] ?? 0) + line.length + 1)
  const edits: TextEdit[] = []
  const push = (start: number, end: number, text: string) => {
    const edit = minimalEdit(before.slice(start, end), text)
    if (edit) edits.push({ start: start + edit.start, end: start + edit.end, text: edit.text })
  }
  const withBreaks = (from: number, to: number) => {
    let text = ''
    for (let k = from; k < to; k++) text += `${b[k]}\n`
    return text
  }
  const lines: number[] = []
  let i = 0
  let j = 0
  // Between two matched lines: the lines of `before` in between, each with its break, become those
  // of `after`.
  for (const [ma, mb] of pairs) {
    push(offsets[i] ?? 0, offsets[ma] ?? 0, withBreaks(j, mb))
    for (let k = j; k < mb; k++) lines.push(k + 1)
    i = ma + 1
    j = mb + 1
  }
  // After the last matched line: there is no break after the last line, so an insertion at the end
  // starts with one and a deletion at the end takes the break before it.
  if (i < a.length && j < b.length) push(offsets[i] ?? 0, before.length, b.slice(j).join('\n'))
  else if (j < b.length) push(before.length, before.length, `\n${b.slice(j).join('\n')}`)
  else if (i < a.length) push((offsets[i] ?? 1) - 1, before.length, '')
  for (let k = j; k < b.length; k++) lines.push(k + 1)
  return { edits, lines }
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
