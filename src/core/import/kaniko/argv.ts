import { type FlagSpec, flagByName, flagByShort } from '../../diagnostics/lib/flags.ts'
import { because, type Reason } from '../reasons.ts'
import { shellArgumentWords } from '../shell/arguments.ts'
import {
  literalValue,
  partText,
  sliceWord,
  soleUnquotedParam,
  splitFields,
  wordText,
} from '../shell/words.ts'
import type { JobVariable, Origin, SimpleCommand, Word } from '../types.ts'
import type { ConditionalWhen, PositionalDestinations } from './positional.ts'

/** Where an argument came from when it was not written in the command itself. */
export interface ArgumentSource {
  readonly variable: string
  /** `yaml`: the job's variables; `script`: an assignment in the script; `substitution`: `$(… echo …)`. */
  readonly via: 'yaml' | 'script' | 'substitution'
  /** The argument is only there on some runs (assigned in an if, echoed behind `&&`, …). */
  readonly conditional: boolean
}

export interface FlagUse extends Origin {
  /** Canonical name without dashes (`snapshot-mode` for `--snapshotMode`). */
  readonly name: string
  /** As written: `--snapshotMode`, `-d`. */
  readonly spelledAs: string
  readonly value: Word | null
  /**
   * The value with the job's literal variables written in (`$DOCKERFILE` → `Dockerfile`); variables that
   * are not literal, predefined ones or ones the script assigns stay references (`${CI_COMMIT_SHA}`).
   */
  readonly resolved: string | null
  /** For boolean flags: the value set (`--cache` is true, `--cache=false` false). */
  readonly enabled: boolean | null
  readonly spec: FlagSpec
  readonly source: ArgumentSource | null
  /** A `--destination` the script adds to `"$@"` only in these pipelines (see positional.ts). */
  readonly when?: ConditionalWhen
  /** Passed only when this variable is set and not empty (`${X:+--flag} ${X:+value}`). */
  readonly onlyWhenSet?: string
}

export interface ExecutorRun extends Origin {
  /** The command word (`/kaniko/executor`). */
  readonly command: string
  readonly conditional: boolean
  readonly offset: number
  readonly argv: readonly Word[]
  readonly flags: readonly FlagUse[]
  /** `--destination` values, in order. */
  readonly destinations: readonly Word[]
  /** Unquoted variables or substitutions that add arguments the importer may not see. */
  readonly freeForm: readonly { variable: string; origin: Origin; read: boolean; onlyWhenSet?: string }[]
  /** A value flag that took the next flag as its value (`--insecure-registry --insecure-pull`). */
  readonly swallowed: readonly { flag: string; value: string; origin: Origin }[]
  readonly problems: readonly { origin: Origin; reason: Reason }[]
}

interface Token {
  readonly word: Word
  readonly origin: Origin
  readonly source: ArgumentSource | null
  /** Variables already expanded on the way to this token (loops, `OPTS="$OPTS --x"`). */
  readonly seen?: ReadonlySet<string>
  readonly when?: ConditionalWhen
  /** The word of `${X:+word}`: there only when X is set and not empty. */
  readonly onlyWhenSet?: string
  /** The value of the flag before it, as written (`--destination=-x` in `set -- "$@"`): never a flag. */
  readonly value?: true
}

export interface ArgvContext {
  readonly variables: readonly JobVariable[]
  /** Assignments in the job's script, by variable name. */
  readonly assignments: ReadonlyMap<string, readonly { value: Word; conditional: boolean; origin: Origin }[]>
  readonly originOf: (offset: number) => Origin
  /** The destinations the generated `set --` statements before this run put into `"$@"`. */
  readonly positional?: PositionalDestinations | null
}

const MAX_VARIABLE_DEPTH = 4

/** Reads an executor command's arguments as pflag does, expanding free-form variables where it can. */
export function readExecutorRun(
  command: SimpleCommand,
  commandIndex: number,
  context: ArgvContext,
): ExecutorRun {
  const commandWord = command.words[commandIndex] as Word
  const args = command.words.slice(commandIndex + 1)
  const flags: FlagUse[] = []
  const destinations: Word[] = []
  const freeForm: ExecutorRun['freeForm'][number][] = []
  const swallowed: ExecutorRun['swallowed'][number][] = []
  const problems: ExecutorRun['problems'][number][] = []

  /**
   * An unquoted `$VAR` or `$(…)` where a flag is expected: the arguments it may hold (its YAML value,
   * the script's assignments to it, the text an `echo` inside the substitution prints), or null when it
   * is an ordinary word.
   */
  const expand = (token: Token): Token[] | null => {
    const seen = token.seen ?? new Set<string>()
    const depth = seen.size
    const variable = soleUnquotedParam(token.word)
    // Inside `${X:+…}`, what a variable holds is there only when X is set too (`${X:+$X}`, the
    // generator's form of a free-form variable, is `$X`).
    const only = token.onlyWhenSet && token.onlyWhenSet !== variable ? { onlyWhenSet: token.onlyWhenSet } : {}
    if (variable !== null) {
      if (seen.has(variable)) return [] // `OPTS="--x $OPTS"`: the earlier value, read already
      const found: Token[] = []
      const assigned = uniqueAssignments(context.assignments.get(variable) ?? [])
      const yaml = context.variables.find((candidate) => candidate.name === variable)
      if (depth < MAX_VARIABLE_DEPTH) {
        const nextSeen = new Set([...seen, variable])
        for (const assignment of assigned) {
          const source: ArgumentSource = { variable, via: 'script', conditional: assignment.conditional }
          for (const field of splitFields(assignment.value))
            found.push({ word: field, origin: assignment.origin, source, seen: nextSeen, ...only })
        }
        if (yaml?.value) {
          const source: ArgumentSource = { variable, via: 'yaml', conditional: assigned.length > 0 }
          // The value as the shell splits it when used unquoted (GitLab has expanded `$X` in it).
          for (const field of shellArgumentWords(yaml.value))
            found.push({ word: field, origin: yaml, source, seen: nextSeen, ...only })
        }
      }
      freeForm.push({
        variable,
        origin: token.origin,
        read: found.length > 0 || (yaml !== undefined && !yaml.value),
        ...only,
      })
      return found
    }
    const [first, ...rest] = token.word.parts
    if (first?.kind === 'command' && !first.quoted && rest.length === 0) {
      // `$( [ … ] && echo "--no-push …" )`: the arguments the substitution may print.
      const found: Token[] = []
      for (const inner of first.commands) {
        const name = inner.words[0] ? wordText(inner.words[0]) : ''
        if (name !== 'echo' && name !== 'printf') continue
        const source: ArgumentSource = { variable: first.raw, via: 'substitution', conditional: true }
        for (const argument of inner.words.slice(1)) {
          for (const field of splitFields(argument))
            found.push({ word: field, origin: token.origin, source, seen, ...only })
        }
      }
      freeForm.push({ variable: first.raw, origin: token.origin, read: found.length > 0, ...only })
      return found
    }
    return null
  }

  const queue: Token[] = args.map((word) => ({ word, origin: context.originOf(word.offset), source: null }))
  let positional = context.positional ?? null
  while (queue.length) {
    const token = queue.shift() as Token
    if (positional && token.word.raw === '"$@"') {
      queue.unshift(...positionalTokens(positional, context))
      positional = null
      continue
    }
    const alternative = alternativeTokens(token)
    if (alternative) {
      queue.unshift(...alternative)
      continue
    }
    const expanded = expand(token)
    if (expanded) {
      queue.unshift(...expanded)
      continue
    }
    const text = wordText(token.word)
    if (!text.startsWith('-') || text === '-' || token.word.parts[0]?.kind !== 'literal') {
      problems.push({ origin: token.origin, reason: because('argv-positional', { argument: text }) })
      continue
    }
    const long = text.startsWith('--')
    const equals = text.indexOf('=')
    const name = long ? text.slice(2, equals < 0 ? undefined : equals) : text.slice(1, 2)
    const spec = long ? flagByName(name) : flagByShort(name)
    const spelledAs = long ? `--${name}` : `-${name}`
    if (!spec) {
      problems.push({ origin: token.origin, reason: because('argv-unknown-flag', { flag: spelledAs }) })
      continue
    }
    const canonical = spec.replacedBy ?? spec.name
    let value: Word | null = null
    let enabled: boolean | null = null
    if (spec.type === 'bool') {
      const given = equals < 0 ? 'true' : literalValue(sliceWord(token.word, equals + 1))
      enabled = given === 'true' || given === '1' ? true : given === 'false' || given === '0' ? false : null
      if (equals >= 0) value = sliceWord(token.word, equals + 1)
      if (enabled === null)
        problems.push({
          origin: token.origin,
          reason: because('argv-bool-value', { flag: text }),
        })
    } else if (equals >= 0) {
      value = sliceWord(token.word, equals + 1)
    } else if (!long && text.length > 2) {
      value = sliceWord(token.word, 2)
    } else {
      // pflag takes the next argument as the value, whatever it looks like.
      const following = queue[0] && alternativeTokens(queue[0])
      if (following) queue.splice(0, 1, ...following)
      const next = queue.shift()
      if (!next) {
        problems.push({ origin: token.origin, reason: because('argv-no-value', { flag: spelledAs }) })
      } else {
        value = next.word
        // `${X:+--flag} ${X:+value}` (both there or neither); any other mix moves the arguments.
        if (next.onlyWhenSet !== token.onlyWhenSet)
          problems.push({
            origin: next.origin,
            reason: because('argv-only-when-set-apart', {
              flag: spelledAs,
              value: wordText(next.word),
              variable: next.onlyWhenSet ?? token.onlyWhenSet ?? '',
            }),
          })
        const nextText = wordText(next.word)
        if (!next.value && nextText.startsWith('-') && next.word.parts[0]?.kind === 'literal') {
          swallowed.push({ flag: spelledAs, value: nextText, origin: next.origin })
        }
      }
    }
    const use: FlagUse = {
      ...token.origin,
      name: canonical,
      spelledAs,
      value,
      resolved: value ? resolveLiterals(value, context) : null,
      enabled,
      spec,
      source: token.source,
      ...(token.when ? { when: token.when } : {}),
      ...(token.onlyWhenSet ? { onlyWhenSet: token.onlyWhenSet } : {}),
    }
    flags.push(use)
    if (canonical === 'destination' && value) destinations.push(value)
  }

  const origin = context.originOf(commandWord.offset)
  return {
    ...origin,
    command: commandWord.raw,
    conditional: command.conditional,
    offset: command.offset,
    argv: command.words.slice(commandIndex),
    flags,
    destinations,
    freeForm,
    swallowed,
    problems,
  }
}

/**
 * `${X:+word}` where a flag is expected: the arguments `word` holds, each there only when X is set
 * and not empty (the generator passes a CA's `--registry-certificate` so). Null for any other word.
 */
function alternativeTokens(token: Token): Token[] | null {
  const variable = soleUnquotedParam(token.word)
  const raw = token.word.parts[0]?.kind === 'param' ? token.word.parts[0].raw : ''
  const prefix = `\${${variable}:+`
  if (variable === null || !raw.startsWith(prefix) || token.onlyWhenSet !== undefined) return null
  return shellArgumentWords(raw.slice(prefix.length, -1)).map((word) => ({
    ...token,
    word: { ...word, offset: token.word.offset },
    onlyWhenSet: variable,
  }))
}

/** `--destination <ref>` tokens for each conditional destination, marked with its `when`. */
function positionalTokens(positional: PositionalDestinations, context: ArgvContext): Token[] {
  return positional.destinations.flatMap(({ when, reference }) => {
    const origin = context.originOf(reference.offset)
    const flag: Word = {
      raw: '--destination',
      parts: [{ kind: 'literal', value: '--destination', quoted: false }],
      offset: reference.offset,
    }
    return [
      { word: flag, origin, source: null, when },
      { word: reference, origin, source: null, value: true },
    ]
  })
}

function resolveLiterals(word: Word, context: ArgvContext): string {
  return word.parts
    .map((part) => {
      if (part.kind !== 'param') return partText(part)
      if (context.assignments.has(part.name)) return part.raw
      const literal = context.variables.find((variable) => variable.name === part.name)?.literal
      return literal ?? part.raw
    })
    .join('')
}

/** The same value assigned in several branches is read once. */
function uniqueAssignments<T extends { value: Word }>(list: readonly T[]): T[] {
  const seen = new Set<string>()
  return list.filter((entry) => {
    const key = wordText(entry.value)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
