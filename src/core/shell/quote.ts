import { splitShellText } from './text.ts'

/** Characters that never need quoting in a POSIX shell word. */
const SAFE_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/

/**
 * Quotes shell text as one POSIX sh word: variable references (`$NAME`, `${NAME}`) still expand,
 * everything else is taken literally, including quotes, `$(…)`, backquotes, `#`, spaces and newlines.
 * Words with a reference are always double-quoted, so a value with spaces never splits.
 */
export function quoteShellText(text: string): string {
  if (text === '') return '""'
  if (SAFE_WORD.test(text)) return text
  let out = '"'
  for (const part of splitShellText(text)) {
    out += part.kind === 'variable' ? `\${${part.name}}` : escapeInDoubleQuotes(part.text)
  }
  return `${out}"`
}

/** Quotes text that must reach the command exactly as written: no expansion at all. */
export function quoteLiteral(text: string): string {
  if (text === '') return "''"
  if (SAFE_WORD.test(text)) return text
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/** Inside "…" only `$`, backquote, `"` and `\` are special. */
function escapeInDoubleQuotes(text: string): string {
  return text.replace(/[$`"\\]/g, (c) => `\\${c}`)
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
