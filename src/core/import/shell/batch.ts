import type { File, Node, Pos } from 'sh-syntax'
import { parseShell, type ShellDialect, type ShellParser } from './parser.ts'

/**
 * Between two scripts: the first newline may be eaten by a trailing `\` continuation, the second ends
 * the statement for sure, and `:` (a no-op statement) keeps an empty script from merging with the next.
 */
const SEPARATOR = '\n\n:\n'
const byteLength = (text: string): number => new TextEncoder().encode(text).length

/**
 * A parser that answers from one sh-syntax call for many scripts. Each sh-syntax call starts a new Go
 * WebAssembly instance (30–70 ms here), and a pipeline has one script per job: the scripts are parsed
 * together, separated by `SEPARATOR`, and the statements are handed back to each script with its own
 * offsets. A script whose text breaks the batch (a syntax error, bash-only syntax) is parsed alone.
 */
export async function batchParser(parser: ShellParser, texts: readonly string[]): Promise<ShellParser> {
  const answers = new Map<string, Promise<File>>()
  let pending = [...new Set(texts)]
  while (pending.length > 0) {
    const result = await parseShell(parser, pending.join(SEPARATOR), 'posix')
    const split = result.ok ? splitFile(result.file, pending) : null
    if (split) {
      for (const [index, text] of pending.entries()) answers.set(text, Promise.resolve(split[index] as File))
      break
    }
    if (pending.length === 1) break // it fails alone too: the caller gets the error from its own parse
    // Leave out the script the error points into (or the first) and batch the rest again.
    const failing = result.ok ? 0 : segmentOfLine(pending, result.line)
    pending = pending.filter((_, index) => index !== failing)
  }
  return (text: string, dialect: ShellDialect) => {
    const key = `${dialect}\u0000${text}`
    const known = dialect === 'posix' ? answers.get(text) : answers.get(key)
    if (known) return known
    const answer = parser(text, dialect)
    answers.set(key, answer)
    return answer
  }
}

function segmentOfLine(texts: readonly string[], line: number): number {
  let first = 1
  for (let index = 0; index < texts.length; index += 1) {
    const lines = (texts[index] as string).split('\n').length
    if (line < first + lines) return index
    first += lines + SEPARATOR.split('\n').length - 2
  }
  return texts.length - 1
}

/** The batch's statements, per script, with positions relative to that script; null if one straddles two. */
function splitFile(file: File, texts: readonly string[]): File[] | null {
  const starts: { byte: number; line: number; end: number }[] = []
  let byte = 0
  let line = 1
  for (const text of texts) {
    starts.push({ byte, line, end: byte + byteLength(text) })
    byte += byteLength(text) + byteLength(SEPARATOR)
    line += text.split('\n').length + SEPARATOR.split('\n').length - 2
  }
  const files: File[] = texts.map(() => ({ ...file, Stmts: [], Last: [] }) as unknown as File)
  for (const statement of file.Stmts) {
    const index = starts.findIndex(
      (start) => statement.Pos.Offset >= start.byte && statement.Pos.Offset <= start.end,
    )
    if (index < 0) continue // the `:` between two scripts
    const start = starts[index] as { byte: number; line: number; end: number }
    if (statement.End.Offset > start.end) return null
    const shift = <T extends Node>(node: T): T => ({
      ...node,
      Pos: move(node.Pos, start),
      End: move(node.End, start),
    })
    ;(files[index] as File).Stmts.push({
      ...shift(statement),
      Comments: statement.Comments.map(shift),
      Redirs: statement.Redirs.map(shift),
    })
  }
  return files
}

function move(pos: Pos, start: { byte: number; line: number }): Pos {
  return { Offset: pos.Offset - start.byte, Line: pos.Line - start.line + 1, Col: pos.Col }
}
