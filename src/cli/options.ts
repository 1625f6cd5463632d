import { type ParseArgsConfig, parseArgs } from 'node:util'
import { CliError } from './io.ts'

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/**
 * Strict `parseArgs` whose errors become one short CliError line that says how to get help. Each
 * option may be given once: `--config a --config b` would silently take the last one.
 */
export function parseOptions<const O extends OptionsConfig>(command: string, args: string[], options: O) {
  let parsed: ReturnType<typeof parseWithTokens<O>>
  try {
    parsed = parseWithTokens(args, options)
  } catch (error) {
    throw new CliError(describeParseError(command, error))
  }
  const seen = new Set<string>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue
    if (seen.has(token.name)) throw new CliError(`option --${token.name} is given more than once`)
    seen.add(token.name)
  }
  return { values: parsed.values, positionals: parsed.positionals }
}

function parseWithTokens<const O extends OptionsConfig>(args: string[], options: O) {
  return parseArgs({
    args,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: true,
    tokens: true,
  })
}

/** Commands without positional arguments say so instead of ignoring extra words. */
export function noPositionals(positionals: readonly string[]): void {
  const [first] = positionals
  if (first !== undefined) throw new CliError(`unexpected argument "${first}"`)
}

function describeParseError(command: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown }).code
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? ''
  const help = `(see: kanikoconfig ${command} --help)`
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option} for ${command} ${help}`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument')) return `option ${option} takes no value`
    if (message.includes('ambiguous')) {
      return `option ${option} needs a value (for a value that starts with "-", write ${option}=VALUE)`
    }
    return `option ${option} needs a value`
  }
  return message
}
