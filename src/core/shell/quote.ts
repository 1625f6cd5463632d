import { splitShellText, type TextPart } from './text.ts'

/** A piece of a word that is taken literally even if it contains `$NAME` (see quoteShellText). */
export interface LiteralPiece {
  readonly literal: string
}
export type WordPiece = string | LiteralPiece

/** Characters that never need quoting in a POSIX shell word. */
const SAFE_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/

/**
 * Quotes shell text as one POSIX sh word: variable references (`$NAME`, `${NAME}`) still expand,
 * everything else is taken literally, including quotes, `$(…)`, backquotes, `#`, spaces and newlines.
 * Words with a reference are always double-quoted (and braced), so a value with spaces never splits.
 * Several texts are joined into one word, each read on its own: `quoteShellText('$TAG', '_amd64')`
 * keeps the reference `$TAG` instead of reading `$TAG_amd64`.
 */
export function quoteShellText(...pieces: WordPiece[]): string {
  const parts = pieces.flatMap((piece): TextPart[] =>
    typeof piece === 'string' ? splitShellText(piece) : [{ kind: 'literal', text: piece.literal }],
  )
  const allLiteral = parts.every((part) => part.kind === 'literal')
  const text = allLiteral ? parts.map((part) => part.text).join('') : ''
  if (allLiteral && text === '') return '""'
  if (allLiteral && SAFE_WORD.test(text)) return text
  let out = '"'
  for (const part of parts) {
    out += part.kind === 'variable' ? `\${${part.name}}` : escapeInDoubleQuotes(part.text)
  }
  // A leading ~ in quotes is literal, as meant, but shellcheck suspects a failed expansion (SC2088).
  return out.startsWith('"~') ? `\\~"${out.slice(2)}"` : `${out}"`
}

/**
 * Quotes text that must reach the command exactly as written: no expansion at all. Single quotes
 * read best; text with `$`, backquotes or backslashes is double-quoted and escaped instead, because
 * shellcheck takes those in single quotes for a forgotten expansion or escape (SC2016, SC1003).
 */
export function quoteLiteral(text: string): string {
  if (text === '') return "''"
  if (SAFE_WORD.test(text)) return text
  if (/[$`\\]/.test(text)) return `"${escapeInDoubleQuotes(text)}"`
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/**
 * Inside "…" only `$`, backquote, `"` and `\` are special. Typographic double quotes are literal too,
 * but shellcheck takes them for typos (SC1111) unless single-quoted, so they are written "a"'“'"b".
 */
function escapeInDoubleQuotes(text: string): string {
  return text.replace(/[$`"\\]|[\u201c\u201d\u2033\u2036]/g, (c) =>
    c.length === 1 && '$`"\\'.includes(c) ? `\\${c}` : `"'${c}'"`,
  )
}

/** Joins already-quoted words into one command line. */
export function joinWords(words: readonly string[]): string {
  return words.join(' ')
}

/**
 * The value to write under a job's `variables:` so GitLab ends up with `text`: GitLab expands
 * `$NAME`/`${NAME}` there too, and `$$` is its escape for a literal dollar.
 */
export function gitlabVariableValue(text: string): string {
  return splitShellText(text)
    .map((part) => (part.kind === 'variable' ? part.source : part.text.replaceAll('$', '$$$$')))
    .join('')
}
