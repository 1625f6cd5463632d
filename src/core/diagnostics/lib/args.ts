import { shellArguments, shellArgumentWords } from '../../import/shell/arguments.ts'
import { wordText } from '../../import/shell/words.ts'
import { type FlagSpec, flagByName, flagByShort } from './flags.ts'

/**
 * `advanced.extraFlags` read the way kaniko's flag parser (spf13/pflag) reads its arguments: each entry
 * is one argument; a flag that takes a value and has no `=` takes the next entry, whatever it is.
 */
export type ExtraArg =
  | {
      readonly kind: 'flag'
      readonly index: number
      /** As written, e.g. `--cache-ttl` or `-d`. */
      readonly written: string
      /** The name kaniko knows it by (a short flag is resolved), or the name as written when unknown. */
      readonly name: string
      readonly spec: FlagSpec | undefined
      /** undefined when absent (a bool flag alone, or a value flag at the end). */
      readonly value: string | undefined
      /** Index of the entry that holds the value, when it is not inline (`--flag value`). */
      readonly valueIndex: number | undefined
      readonly problem: 'missing-value' | 'swallowed-flag' | 'bad-value' | undefined
    }
  /** Several words in one entry, e.g. `--cache-ttl 24h` or `--cache=true --cache-ttl=24h`. */
  | {
      readonly kind: 'spaced'
      readonly index: number
      readonly raw: string
      readonly words: string[]
      /** The entry holds arguments only (no `;`, `|`, redirection, comment or `$(…)`): it can be split. */
      readonly splittable: boolean
    }
  /** Not a flag and not a flag's value: kaniko takes it for an unknown subcommand. */
  | { readonly kind: 'stray'; readonly index: number; readonly raw: string }

export function parseExtraFlags(entries: readonly string[]): ExtraArg[] {
  const args: ExtraArg[] = []
  for (let i = 0; i < entries.length; i++) {
    const raw = entries[i] as string
    // A whole argument from a variable: its value is only known when the job runs.
    if (raw.startsWith('$')) continue
    if (!raw.startsWith('-') || raw === '-' || raw === '--') {
      args.push({ kind: 'stray', index: i, raw })
      continue
    }
    const spaced = spacedWords(raw)
    if (spaced) {
      args.push({ kind: 'spaced', index: i, raw, ...spaced })
      continue
    }
    const index = i
    const { written, name, spec, inline } = splitFlag(raw)
    let value = inline
    let valueIndex: number | undefined
    let problem: 'missing-value' | 'swallowed-flag' | 'bad-value' | undefined
    if (spec && spec.type !== 'bool' && value === undefined) {
      const next = entries[i + 1]
      if (next === undefined) problem = 'missing-value'
      else {
        value = next
        valueIndex = i + 1
        i++
        if (next.startsWith('-')) problem = 'swallowed-flag'
      }
    }
    if (!problem && spec && value !== undefined && !validValue(spec, value)) problem = 'bad-value'
    args.push({ kind: 'flag', index, written, name, spec, value, valueIndex, problem })
  }
  return args
}

/**
 * The words of an entry that holds several arguments (`--cache-ttl 24h`, `--cache=true --cache-ttl=24h`,
 * `--label "a b"`), read as the shell reads arguments, with the importer's lexer (src/core/import/shell);
 * null for one argument or a value with a space (`--label=a b` reaches kaniko as one argument).
 */
function spacedWords(raw: string): { words: string[]; splittable: boolean } | null {
  if (!/\s/.test(raw)) return null
  const eq = raw.indexOf('=')
  const name = eq < 0 ? raw : raw.slice(0, eq)
  // A space in the name, or what looks like a second flag after the value.
  if (!/\s/.test(name) && !/\s-/.test(raw.slice(eq))) return null
  const words = shellArguments(raw)
  if (words) return { words, splittable: true }
  return { words: shellArgumentWords(raw).map(wordText), splittable: false }
}

function splitFlag(raw: string): {
  written: string
  name: string
  spec: FlagSpec | undefined
  inline: string | undefined
} {
  if (raw.startsWith('--')) {
    const eq = raw.indexOf('=')
    const name = eq < 0 ? raw.slice(2) : raw.slice(2, eq)
    return {
      written: `--${name}`,
      name,
      spec: flagByName(name),
      inline: eq < 0 ? undefined : raw.slice(eq + 1),
    }
  }
  // Shorthand: -d value, -d=value or -dvalue.
  const letter = raw.charAt(1)
  const spec = flagByShort(letter)
  const rest = raw.slice(2)
  const inline = rest === '' ? undefined : rest.startsWith('=') ? rest.slice(1) : rest
  return { written: `-${letter}`, name: spec?.name ?? letter, spec, inline }
}

const GO_BOOL = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'])
const GO_DURATION = /^[+-]?(0|(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/

export function parseGoBool(value: string): boolean | undefined {
  if (!GO_BOOL.has(value)) return undefined
  return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)
}

function validValue(spec: FlagSpec, value: string): boolean {
  // References are expanded by the shell at run time.
  if (value.includes('$')) return true
  switch (spec.type) {
    case 'bool':
      return GO_BOOL.has(value)
    case 'int':
      return /^[+-]?\d+$/.test(value)
    case 'duration':
      return GO_DURATION.test(value)
    case 'string':
      return true
  }
}
