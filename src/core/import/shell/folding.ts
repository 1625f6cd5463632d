import type { YScalar } from '../yaml/tree.ts'
import type { Script } from './script.ts'

const indentOf = (line: string): number => line.length - line.trimStart().length

function contentLines(node: YScalar): string[] {
  const [, ...lines] = node.source.split('\n')
  return lines
}

/**
 * Lines of a `>` folded script that YAML does not fold because they are indented more than the first
 * line (corpus file 30): the shell then sees them as separate commands.
 */
export function foldBreaks(node: YScalar): { line: number; text: string }[] {
  if (node.style !== 'BLOCK_FOLDED') return []
  const lines = contentLines(node)
  const first = lines.find((line) => line.trim() !== '')
  if (first === undefined) return []
  const base = indentOf(first)
  const breaks: { line: number; text: string }[] = []
  lines.forEach((line, index) => {
    const previous = index > 0 ? (lines[index - 1] as string) : ''
    if (line.trim() === '' || previous.trim() === '' || index === 0) return
    if (indentOf(line) > base && indentOf(previous) <= base && !previous.trimEnd().endsWith('\\')) {
      breaks.push({ line: node.line + 1 + index, text: line.trim() })
    }
  })
  return breaks
}

/** The script as its author most likely meant a broken folded scalar: every line joined with a space. */
export function intendedFolding(node: YScalar): string {
  return contentLines(node)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
}

export interface SwallowingComment {
  readonly offset: number
  readonly comment: string
  readonly swallowed: string
}

/**
 * Comments that take more than the author's line: in a folded or plain scalar the next YAML lines join
 * the comment; in any scalar a comment inside a `\`-continued command ends it, and the next line's
 * arguments run as a command of their own.
 */
export function swallowingComments(script: Script): SwallowingComment[] {
  const found: SwallowingComment[] = []
  for (const comment of script.comments) {
    const item = script.items.find(
      (candidate) => comment.offset >= candidate.start && comment.offset <= candidate.end,
    )
    if (!item) continue
    const text = comment.text
    if (item.node.style !== 'BLOCK_LITERAL') {
      const onLine = sourceLineTail(item.node.source, text)
      if (onLine !== null && text.trimEnd().length > onLine.length) {
        found.push({ offset: comment.offset, comment: onLine, swallowed: text.slice(onLine.length).trim() })
        continue
      }
    }
    const before = script.text.slice(0, comment.offset).trimEnd()
    const commentEnd = script.text.indexOf('\n', comment.offset)
    const after = commentEnd < 0 ? '' : script.text.slice(commentEnd + 1).trimStart()
    const nextLine = after.split('\n')[0] ?? ''
    const continued = before.endsWith('\\') || text.trimEnd().endsWith('\\')
    if (continued && nextLine.startsWith('-')) {
      found.push({ offset: comment.offset, comment: text, swallowed: nextLine })
    }
  }
  return found
}

/** The text after a `#` on the author's source line where the shell's comment starts, if one matches. */
function sourceLineTail(source: string, comment: string): string | null {
  for (const line of source.split('\n')) {
    let hash = line.indexOf('#')
    while (hash >= 0) {
      const tail = line.slice(hash + 1).trimEnd()
      if (tail !== '' && comment.startsWith(tail)) return tail
      hash = line.indexOf('#', hash + 1)
    }
  }
  return null
}
