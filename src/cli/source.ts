import { createReadStream } from 'node:fs'
import type { Config } from '../core/config/index.ts'
import { CliError, type CliIo, oneLine } from './io.ts'
import { parseJson } from './json.ts'
import { checkTextSize, readTextInput } from './read-input.ts'

/** The options that choose a config, shared by generate, config (and the commands that follow). */
export const SOURCE_OPTIONS = {
  preset: { type: 'string' },
  config: { type: 'string' },
  link: { type: 'string' },
} as const

export const SOURCE_USAGE = '[--preset NAME | --config FILE.json | - | --link URL]'

export const SOURCE_HELP: readonly (readonly [string, string])[] = [
  ['--preset NAME', 'start from a preset (list them with: kanikoconfig presets)'],
  ['--config FILE.json', 'read a config file; "--config -" or a lone "-" reads standard input'],
  ['--link URL', 'open a share link (the whole URL, or just its "#2.…" fragment)'],
]

export interface SourceArgs {
  readonly preset?: string | undefined
  readonly config?: string | undefined
  readonly link?: string | undefined
  readonly positionals: readonly string[]
}

/**
 * A source read: the validated config, or, when the input was read (JSON from a file, stdin or a
 * link) but the schema refused it, that input and the error `loadConfig` throws for it, so `lint`
 * can check the raw input first (diagnoseInput).
 */
export type Source =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly raw: unknown; readonly error: CliError }

/** Resolves --preset / --config / "-" / --link to a validated config; the default config without one. */
export async function loadConfig(args: SourceArgs, io: CliIo): Promise<Config> {
  const source = await readSource(args, io)
  if (!source.ok) throw source.error
  return source.config
}

/** Like loadConfig, but returns a schema-refused input instead of throwing (other errors throw). */
export async function readSource(args: SourceArgs, io: CliIo): Promise<Source> {
  const file = configFileArg(args)
  const chosen = [
    args.preset !== undefined && '--preset',
    file !== undefined && (args.config === undefined ? '"-"' : '--config'),
    args.link !== undefined && '--link',
  ].filter(Boolean)
  if (chosen.length > 1) throw new CliError(`choose only one of ${chosen.join(' and ')}`)
  if (args.link !== undefined) return openLink(args.link)

  const config = await import('../core/config/index.ts')
  if (args.preset !== undefined) {
    if (!config.isPresetName(args.preset)) {
      throw new CliError(`unknown preset "${args.preset}" (presets: ${config.PRESET_NAMES.join(', ')})`)
    }
    return { ok: true, config: config.presetConfig(args.preset) }
  }
  if (file === undefined) return { ok: true, config: config.defaultConfig() }

  const name = file === '-' ? 'stdin' : file
  const text = file === '-' ? await readTextInput(io.stdin(), name) : await readConfigFile(file)
  const json = parseJson(text)
  if (!json.ok) throw new CliError(`${name}: ${json.message}`)
  const parsed = config.parseConfig(json.value)
  if (!parsed.ok) {
    const error = new CliError(`invalid config: ${config.formatIssues(parsed.issues)}`)
    return { ok: false, raw: json.value, error }
  }
  return { ok: true, config: parsed.config }
}

/** `--config FILE` or the positional "-"; anything else positional is a mistake worth naming. */
function configFileArg(args: SourceArgs): string | undefined {
  const [first, ...rest] = args.positionals
  if (first !== undefined && first !== '-') {
    const hint = first.endsWith('.json') ? ` (did you mean --config ${first}?)` : ''
    throw new CliError(`unexpected argument "${first}"${hint}`)
  }
  if (rest.length > 0) throw new CliError(`unexpected argument "${rest[0]}"`)
  if (first === '-' && args.config !== undefined) throw new CliError('choose only one of --config and "-"')
  return first ?? args.config
}

/** A link that cannot be opened as it is fails: the CLI never guesses with a partial config. */
async function openLink(link: string): Promise<Source> {
  checkTextSize(link, '--link')
  const { decodeShareFragment } = await import('../core/share/index.ts')
  const decoded = decodeShareFragment(link)
  if (decoded.ok) return { ok: true, config: decoded.config }
  const error = new CliError(`cannot open the link: ${decoded.error.message}`)
  if (decoded.error.code !== 'invalid-config' || decoded.raw === undefined) throw error
  return { ok: false, raw: decoded.raw, error }
}

/** Streamed, so the size cap holds for /dev/zero or a FIFO too, not only for regular files. */
async function readConfigFile(file: string): Promise<string> {
  return readInputFile(file, 'config file')
}

/** A whole input file as UTF-8 text (size cap, UTF-8 check), with one-line errors naming `what`. */
export async function readInputFile(file: string, what: string): Promise<string> {
  try {
    return await readTextInput(createReadStream(file), file)
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : oneLine(error instanceof Error ? error.message : String(error))
    throw new CliError(`cannot read ${what} ${file}: ${reason}`)
  }
}
