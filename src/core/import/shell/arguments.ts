import type { Word } from '../types.ts'
import { lexShell } from './lexer.ts'
import { wordText } from './words.ts'

/**
 * Text read the way the shell reads a command's arguments (quotes removed, `$X` kept), with the
 * importer's lexer. Read as the arguments of a `:` command, so that `NAME=value` stays an argument.
 * Used for a variable's value used unquoted, and by the diagnostics for an extra-flags entry.
 */
export function shellArgumentWords(text: string): Word[] {
  return lexShell(`: ${text}`).commands.flatMap((command) => command.words.slice(1))
}

/**
 * The arguments `text` holds, or null when it is more than arguments: several commands (`;`, `|`,
 * `&&`), a redirection, a comment, a command substitution or a construct the lexer skips.
 */
export function shellArguments(text: string): string[] | null {
  const { commands, comments, skipped } = lexShell(`: ${text}`)
  const [command, ...others] = commands
  if (!command || others.length > 0 || comments.length > 0 || skipped.length > 0) return null
  if (command.redirects.length > 0 || command.assignments.length > 0) return null
  const words = command.words.slice(1)
  if (words.some((word) => word.parts.some((part) => part.kind === 'command'))) return null
  return words.map(wordText)
}
