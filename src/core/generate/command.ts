import { Scalar } from 'yaml'
import { stringifyString } from 'yaml/util'
import { isYaml11NonString } from './yaml11.ts'

/**
 * A shell command as visual lines of already-quoted words, e.g.
 * [['/kaniko/executor'], ['--context', '"${CI_PROJECT_DIR}"'], …]. In YAML it is written like the
 * GitLab document writes it: a plain scalar with one flag per line, which YAML folds into one line.
 * When that form would change the meaning (`: `, ` #`, line breaks…) it falls back to yaml's own
 * choice of quoting or block style, so any value stays correct.
 */
export class ShellCommand {
  readonly lines: readonly (readonly string[])[]

  constructor(lines: readonly (readonly string[])[]) {
    this.lines = lines.filter((line) => line.length > 0)
  }

  // Asked for several times per generate() (the layouts compare commands, the writer checks them).
  #text: string | undefined

  /** The command as the shell receives it (what YAML folding of the lines yields). */
  toString(): string {
    this.#text ??= this.lines.map((line) => line.join(' ')).join(' ')
    return this.#text
  }
}

/**
 * A flag and its value (an already-quoted word): `--name value`, or `--name=value` when the value
 * starts with `-`. pflag takes the next word as the value either way, but a reader, and kanikoconfig's
 * own import and lint (IMP103), take `--target --no-push` for a value flag that swallowed the next flag.
 */
export function flagWithValue(name: string, value: string): string[] {
  return /^["']?-/.test(value) ? [`${name}=${value}`] : [name, value]
}

/** A one-line command from quoted words. */
export function command(...words: string[]): ShellCommand {
  return new ShellCommand([words])
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/
const PRINTABLE_LINE = /^[\x21-\x7e\u00a1-\uffff](?:[\x20-\x7e\u00a1-\uffff]*[\x21-\x7e\u00a1-\uffff])?$/

/**
 * Whether the lines survive as a multi-line plain scalar: printable, no `: ` or ` #` (they would
 * start a mapping or a comment), the first line without an indicator, continuation lines not
 * starting a comment or a block entry (`- `, `? `, `: `).
 */
function isPlainSafe(lines: readonly string[]): boolean {
  return lines.every((line, index) => {
    if (!PRINTABLE_LINE.test(line) || line.includes(': ') || line.includes(' #') || line.endsWith(':'))
      return false
    if (index === 0) return !INDICATOR_START.test(line)
    return !line.startsWith('#') && !/^[-?:](\s|$)/.test(line)
  })
}

type StringifyContext = Parameters<typeof stringifyString>[1]

/** yaml custom tag: lets ShellCommand values sit in a Document and print as described above. */
export const shellCommandTag = {
  identify: (value: unknown): boolean => value instanceof ShellCommand,
  default: true,
  tag: 'tag:yaml.org,2002:str',
  resolve: (source: string): string => source,
  stringify(item: Scalar, ctx: StringifyContext, onComment?: () => void, onChompKeep?: () => void): string {
    const value = item.value as ShellCommand
    const lines = value.lines.map((words) => words.join(' '))
    // What GitLab's YAML 1.1 parser would read as another type (yaml11.ts) is quoted, folded or not.
    const yaml11 = isYaml11NonString(value.toString())
    if (lines.length > 1 && !yaml11 && isPlainSafe(lines)) return lines.join(`\n${ctx.indent}`)
    const type = yaml11 ? Scalar.QUOTE_DOUBLE : undefined
    return stringifyString({ value: value.toString(), type } as Scalar, ctx, onComment, onChompKeep)
  },
}
