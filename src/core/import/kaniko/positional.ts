import type { DestinationWhen } from '../../config/schema.ts'
import { destinationTest } from '../../generate/destinations.ts'
import type { Script } from '../shell/script.ts'
import { sliceWord, wordText } from '../shell/words.ts'
import type { SimpleCommand, Word } from '../types.ts'

export type ConditionalWhen = Exclude<DestinationWhen, 'always'>

/** A `--destination` the script adds to `"$@"` only in some pipelines. */
export interface ConditionalDestination {
  readonly when: ConditionalWhen
  readonly reference: Word
}

/** What the statements before an executor run put into `"$@"` (see src/core/generate/destinations.ts). */
export interface PositionalDestinations {
  readonly destinations: readonly ConditionalDestination[]
}

const WHENS: readonly ConditionalWhen[] = [
  'tag',
  'not-tag',
  'default-branch',
  'other-branches',
  'merge-request',
]
const RESET = ['set', '--']
const NO_PUSH_GUARD = ['[', '"$#"', '-gt', '0', ']', '||', 'set', '--', '--no-push']

/** A top-level statement as its words and shell keywords/operators, with its simple commands. */
interface StatementTokens {
  readonly tokens: string[]
  readonly commands: SimpleCommand[]
}

/**
 * The generated form only, statement by statement: `set --`, then one
 * `if <test> ; then set -- "$@" --destination <ref>… ; fi` per conditional destination (the tests of
 * `destinationTest`), optionally the --no-push guard, then the executor run as the next statement.
 * Anything else (another statement in between, a comment, another test) gives null: `"$@"` stays a
 * positional argument the importer reports.
 */
export function readPositionalDestinations(
  script: Script,
  executor: SimpleCommand,
): PositionalDestinations | null {
  if (!script.parsed || executor.conditional) return null
  const statements = script.statements.map((statement) => statementTokens(script, statement))
  const at = script.statements.findIndex(
    (statement) => statement.start <= executor.offset && executor.offset < statement.end,
  )
  if (at < 0 || statements[at]?.commands.length !== 1) return null
  let index = at - 1
  // `[ "$#" -gt 0 ] || set -- --no-push`: the generator adds it when no destination is pushed always.
  if (same(statements[index]?.tokens, NO_PUSH_GUARD)) index -= 1
  const collected: ConditionalDestination[][] = []
  for (; index >= 0; index -= 1) {
    const statement = statements[index] as StatementTokens | null
    if (!statement) return null
    if (same(statement.tokens, RESET)) {
      const destinations = collected.reverse().flat()
      return destinations.length > 0 ? { destinations } : null
    }
    const read = conditionalDestinations(statement)
    if (!read) return null
    collected.push(read)
  }
  return null
}

const INLINE = '--destination='

/** `if <test> ; then set -- "$@" --destination <ref>… ; fi` → its destinations with their `when`. */
function conditionalDestinations(statement: StatementTokens): ConditionalDestination[] | null {
  const { tokens, commands } = statement
  const push = commands.at(-1)
  if (tokens[0] !== 'if' || tokens.at(-1) !== 'fi' || tokens.at(-2) !== ';' || !push) return null
  const then = tokens.indexOf('then')
  if (then < 2 || tokens[then - 1] !== ';') return null
  const test = tokens.slice(1, then - 1)
  const when = WHENS.find((candidate) => same(test, destinationTest(candidate)))
  if (!when) return null
  const words = push.words
  const references = words.slice(3)
  if (
    !same(
      words.slice(0, 3).map((w) => w.raw),
      ['set', '--', '"$@"'],
    ) ||
    references.length === 0 ||
    // The tokens after `then` are exactly this command's words, `;` and `fi`.
    tokens.length - then - 1 !== words.length + 2
  )
    return null
  const destinations: ConditionalDestination[] = []
  for (let i = 0; i < references.length; i += 1) {
    const flag = references[i] as Word
    // `--destination ref`, or `--destination=ref` (the generator's form for a ref that starts with `-`).
    const inline = flag.parts[0]?.kind === 'literal' && wordText(flag).startsWith(INLINE)
    if (!inline) i += 1
    const reference = inline ? sliceWord(flag, INLINE.length) : references[i]
    if ((!inline && flag.raw !== '--destination') || !reference) return null
    destinations.push({ when, reference })
  }
  return destinations
}

/**
 * The pipelines a command runs in: `always` when it runs unconditionally; the `when` of the
 * generated form `if <test> ; then <command> ; fi` (a manifest-tool push for a destination pushed
 * only in some pipelines, src/core/generate/manifest-job.ts); null for any other condition.
 */
export function commandWhen(script: Script, command: SimpleCommand): DestinationWhen | null {
  if (!command.conditional) return 'always'
  const statement = script.statements.find((s) => s.start <= command.offset && command.offset < s.end)
  const read = statement ? statementTokens(script, statement) : null
  if (!read || read.commands.at(-1)?.offset !== command.offset) return null
  const { tokens } = read
  if (tokens[0] !== 'if' || tokens.at(-1) !== 'fi' || tokens.at(-2) !== ';') return null
  const then = tokens.indexOf('then')
  // The tokens after `then` are exactly this command's words, `;` and `fi`.
  if (then < 2 || tokens[then - 1] !== ';' || tokens.length - then - 1 !== command.words.length + 2)
    return null
  const test = tokens.slice(1, then - 1)
  return WHENS.find((candidate) => same(test, destinationTest(candidate))) ?? null
}

/**
 * The statement's words as written, and the keywords and operators between them (`if`, `;`, `then`,
 * `&&`, `||`, `fi`), read from the lexer's commands; null when a command has assignments or
 * redirections, or a word is not its source text.
 */
function statementTokens(script: Script, statement: { start: number; end: number }): StatementTokens | null {
  const commands = script.commands.filter(
    (command) => command.offset >= statement.start && command.offset < statement.end,
  )
  const tokens: string[] = []
  const between = (from: number, to: number) => {
    for (const token of script.text.slice(from, to).split(/[ \t\n]+/)) if (token) tokens.push(token)
  }
  let position = statement.start
  for (const command of commands) {
    if (command.assignments.length > 0 || command.redirects.length > 0) return null
    between(position, command.offset)
    position = command.offset
    for (const word of command.words) {
      if (script.text.slice(word.offset, word.offset + word.raw.length) !== word.raw) return null
      between(position, word.offset)
      tokens.push(word.raw)
      position = word.offset + word.raw.length
    }
  }
  // The separators (`;`, `&&`, `||`) and keywords lie between the words; the generator writes them
  // with blanks around, so a glued `;then` does not match the generated form.
  between(position, statement.end)
  return { tokens, commands }
}

function same(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((token, i) => token === b[i])
}
