import { GOOGLE_EXECUTOR } from '../../catalog/executors.ts'
import { compareVersions } from '../../catalog/version.ts'
import type { ImageView } from '../../config/image-view.ts'
import type { Context } from '../context.ts'
import { type ExtraArg, parseExtraFlags, parseGoBool } from '../lib/args.ts'
import { edit, removeExtraFlags } from '../lib/edit.ts'
import { useMaintainedFork } from '../lib/executor-image.ts'
import { FIELD_MOVERS } from '../lib/flag-fields.ts'
import { flagByName, suggestFlag } from '../lib/flags.ts'
import { emitsFlag } from '../lib/reproduces.ts'
import { defineRule } from '../types.ts'

/** `advanced.extraFlags`: checked against kaniko's flag table (lib/flags.ts) the way its parser reads them. */

type FlagArg = Extract<ExtraArg, { kind: 'flag' }>

const flagArgs = (context: Context): FlagArg[] =>
  context.extraArgs.filter((arg): arg is FlagArg => arg.kind === 'flag')

const entryField = (index: number) => `advanced.extraFlags[${index}]`

/** The entries an argument occupies, with their text, for a guarded removal. */
function entriesOf(config: ImageView, arg: FlagArg): [number, string][] {
  const flags = config.advanced.extraFlags
  const out: [number, string][] = [[arg.index, flags[arg.index] as string]]
  if (arg.valueIndex !== undefined) out.push([arg.valueIndex, flags[arg.valueIndex] as string])
  return out
}

/** Replace entries [from, from + count) by `words`, if the first still reads `expected`. */
function replaceEntries(from: number, count: number, expected: string, words: string[]) {
  return (c: ImageView) =>
    edit(c, (draft) => {
      if (draft.advanced.extraFlags[from] === expected)
        draft.advanced.extraFlags.splice(from, count, ...words)
    })
}

/** Renamed to a value flag, the flag would take the next entry: only fine if that is a value. */
function takesValueCleanly(flags: readonly string[], arg: FlagArg, type: string): boolean {
  if (type === 'bool' || arg.value !== undefined) return true
  const next = flags[arg.index + 1]
  return next !== undefined && !next.startsWith('-')
}

/** The flag renamed, keeping an inline value. */
function renamed(arg: FlagArg, name: string): string {
  const raw = arg.value !== undefined && arg.valueIndex === undefined ? `=${arg.value}` : ''
  return `--${name}${raw}`
}

const duplicatesField = defineRule({
  code: 'KC610',
  name: 'extra-flag-duplicates-field',
  severity: 'warning',
  // Moving or renaming a flag can wake rules that only read the form, or change what takes a value.
  verifyFix: true,
  // The flag is this image's; a shared field (snapshot, cache…) would pass it for every image.
  ownImageFix: true,
  check: (context) =>
    flagArgs(context).flatMap((arg) => {
      const spec = arg.spec
      // TLS and plain-HTTP flags have their own error (KC330, KC331); bad values have KC615.
      if (!spec?.field || spec.insecure || arg.problem) return []
      const current = spec.replacedBy ?? spec.name
      const since = flagByName(current)?.since
      const tooNew = since && context.version && compareVersions(context.version, since) < 0
      const change = tooNew ? null : (FIELD_MOVERS[current]?.(arg.value) ?? null)
      const entries = entriesOf(context.config, arg)
      const fix = (c: ImageView) =>
        edit(c, (draft) => {
          if (removeExtraFlags(draft, entries)) change?.(draft)
        })
      // The flag may only leave the extra flags when the form field gives kaniko the same argument
      // (a cache option is not emitted while the cache is off, --destination=x is not x:latest…).
      const currentSpec = flagByName(current) ?? spec
      const reproduced = change !== null && emitsFlag(fix(context.config), currentSpec, current, arg.value)
      return [
        {
          fields: [entryField(arg.index), spec.field],
          params: { flag: arg.written, field: spec.field },
          ...(reproduced ? { fix } : {}),
        },
      ]
    }),
})

const unknown = defineRule({
  code: 'KC611',
  name: 'extra-flag-unknown',
  severity: 'error',
  // Moving or renaming a flag can wake rules that only read the form, or change what takes a value.
  verifyFix: true,
  check: (context) => {
    // A custom image of an unknown family may have flags of its own.
    if (!context.executor.family && context.config.executor.customImage.trim() !== '') return []
    return flagArgs(context).flatMap((arg) => {
      if (arg.spec) return []
      const suggestion = arg.written.startsWith('--') ? suggestFlag(arg.name) : undefined
      const usable =
        suggestion &&
        !(suggestion.forkOnly && context.executor.family === GOOGLE_EXECUTOR) &&
        takesValueCleanly(context.config.advanced.extraFlags, arg, suggestion.type)
      const raw = context.config.advanced.extraFlags[arg.index] as string
      return [
        {
          fields: [entryField(arg.index)],
          params: { flag: arg.written, suggestion: usable ? `--${suggestion.name}` : '' },
          ...(usable ? { fix: replaceEntries(arg.index, 1, raw, [renamed(arg, suggestion.name)]) } : {}),
        },
      ]
    })
  },
})

const forkOnly = defineRule({
  code: 'KC612',
  name: 'extra-flag-fork-only',
  severity: 'error',
  check: (context) =>
    context.executor.family === GOOGLE_EXECUTOR
      ? flagArgs(context)
          .filter((arg) => arg.spec?.forkOnly)
          .map((arg) => ({
            fields: [entryField(arg.index), context.executor.field],
            params: { flag: arg.written },
            fix: (c: ImageView) => edit(c, useMaintainedFork),
          }))
      : [],
})

const deprecated = defineRule({
  code: 'KC613',
  name: 'extra-flag-deprecated',
  severity: 'warning',
  check: (context) =>
    flagArgs(context).flatMap((arg) => {
      const replacement = arg.spec?.replacedBy
      if (!replacement) return []
      // Before v1.9.1 only the old name exists: renaming would break the build.
      const since = flagByName(replacement)?.since
      if (since && context.version && compareVersions(context.version, since) < 0) return []
      const raw = context.config.advanced.extraFlags[arg.index] as string
      return [
        {
          fields: [entryField(arg.index)],
          params: { flag: arg.written, replacement: `--${replacement}` },
          fix: replaceEntries(arg.index, 1, raw, [renamed(arg, replacement)]),
        },
      ]
    }),
})

/** Whether the words, as separate entries, read as known flags with fitting values. */
function cleanWords(words: string[]): boolean {
  return parseExtraFlags(words).every((arg) => arg.kind === 'flag' && arg.spec !== undefined && !arg.problem)
}

const spaced = defineRule({
  code: 'KC614',
  name: 'extra-flag-with-space',
  severity: 'error',
  // Moving or renaming a flag can wake rules that only read the form, or change what takes a value.
  verifyFix: true,
  check: ({ extraArgs }) =>
    extraArgs.flatMap((arg) =>
      arg.kind === 'spaced'
        ? [
            {
              fields: [entryField(arg.index)],
              params: { entry: arg.raw, count: String(arg.words.length) },
              // Split only when that gives clean flags; otherwise the user has to rewrite it.
              ...(arg.splittable && cleanWords(arg.words)
                ? { fix: replaceEntries(arg.index, 1, arg.raw, arg.words) }
                : {}),
            },
          ]
        : [],
    ),
})

const badValue = defineRule({
  code: 'KC615',
  name: 'extra-flag-bad-value',
  severity: 'error',
  check: (context) =>
    flagArgs(context).flatMap((arg) =>
      arg.problem
        ? [
            {
              fields: [
                entryField(arg.index),
                ...(arg.valueIndex !== undefined ? [entryField(arg.valueIndex)] : []),
              ],
              params: {
                flag: arg.written,
                problem: arg.problem,
                value: arg.value ?? '',
                type: arg.spec?.type ?? '',
              },
            },
          ]
        : [],
    ),
})

const stray = defineRule({
  code: 'KC616',
  name: 'extra-arg-not-a-flag',
  severity: 'error',
  // Moving or renaming a flag can wake rules that only read the form, or change what takes a value.
  verifyFix: true,
  check: ({ config, extraArgs }) =>
    extraArgs.flatMap((arg, k) => {
      if (arg.kind !== 'stray') return []
      // `--cache` `true`: a bool flag does not take the next entry; `--cache=true` is meant.
      const previous = extraArgs[k - 1]
      const mergeable =
        previous?.kind === 'flag' &&
        previous.index === arg.index - 1 &&
        previous.spec?.type === 'bool' &&
        previous.value === undefined &&
        parseGoBool(arg.raw) !== undefined
      const merged = mergeable ? `${previous.written}=${arg.raw}` : ''
      const first = config.advanced.extraFlags[arg.index - 1] as string
      return [
        {
          fields: [entryField(arg.index)],
          params: { entry: arg.raw, merged },
          ...(mergeable ? { fix: replaceEntries(arg.index - 1, 2, first, [merged]) } : {}),
        },
      ]
    }),
})

/** An entry that is nothing but one variable reference: `$NAME` or `${NAME}`. */
const WHOLE_VARIABLE = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/

const wholeVariable = defineRule({
  code: 'KC617',
  name: 'extra-flag-is-variable',
  severity: 'warning',
  check: ({ config, extraArgs }) => {
    // `--build-arg` `$ARG`: the variable is the flag's value there, one word as meant.
    const values = new Set(
      extraArgs.flatMap((arg) =>
        arg.kind === 'flag' && arg.valueIndex !== undefined ? [arg.valueIndex] : [],
      ),
    )
    const current = config.advanced.extraArgsVariable
    return config.advanced.extraFlags.flatMap((entry, index) => {
      const match = WHOLE_VARIABLE.exec(entry)
      if (!match || values.has(index)) return []
      const variable = (match[1] ?? match[2]) as string
      const movable = current === '' || current === variable
      return [
        {
          fields: [entryField(index), 'advanced.extraArgsVariable'],
          params: { entry, variable, current },
          ...(movable
            ? {
                fix: (c: ImageView) =>
                  edit(c, (draft) => {
                    if (draft.advanced.extraFlags[index] !== entry) return
                    draft.advanced.extraFlags.splice(index, 1)
                    draft.advanced.extraArgsVariable = variable
                  }),
              }
            : {}),
        },
      ]
    })
  },
})

export const extraFlagRules = [
  duplicatesField,
  unknown,
  forkOnly,
  deprecated,
  spaced,
  badValue,
  stray,
  wholeVariable,
]
