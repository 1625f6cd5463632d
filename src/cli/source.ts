import { readFile } from 'node:fs/promises'
import type { Config } from '../core/config/index.ts'
import { CliError, type CliIo, oneLine } from './io.ts'
import { parseJson } from './json.ts'

/** The options that choose a config, shared by generate, config (and the commands that follow). */
export const SOURCE_OPTIONS = {
  preset: { type: 'string' },
  config: { type: 'string' },
} as const

export const SOURCE_HELP: readonly (readonly [string, string])[] = [
  ['--preset NAME', 'start from a preset (list them with: kanikoconfig presets)'],
  ['--config FILE.json', 'read a config file; "--config -" or a lone "-" reads standard input'],
]

export interface SourceArgs {
  readonly preset?: string | undefined
  readonly config?: string | undefined
  readonly positionals: readonly string[]
}

/** Resolves --preset / --config / "-" to a validated config; the default config when none is given. */
export async function loadConfig(args: SourceArgs, io: CliIo): Promise<Config> {
  const file = configFileArg(args)
  const chosen = [args.preset !== undefined && '--preset', file !== undefined && '--config'].filter(Boolean)
  if (chosen.length > 1) throw new CliError('choose only one of --preset and --config')

  const config = await import('../core/config/index.ts')
  if (args.preset !== undefined) {
    if (!config.isPresetName(args.preset)) {
      throw new CliError(`unknown preset "${args.preset}" (presets: ${config.PRESET_NAMES.join(', ')})`)
    }
    return config.presetConfig(args.preset)
  }
  if (file === undefined) return config.defaultConfig()

  const name = file === '-' ? 'stdin' : file
  const text = file === '-' ? await io.readStdin() : await readConfigFile(file)
  const json = parseJson(text)
  if (!json.ok) throw new CliError(`${name}: ${json.message}`)
  const parsed = config.parseConfig(json.value)
  if (!parsed.ok) throw new CliError(`invalid config: ${config.formatIssues(parsed.issues)}`)
  return parsed.config
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

async function readConfigFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : oneLine(error instanceof Error ? error.message : String(error))
    throw new CliError(`cannot read config file ${file}: ${reason}`)
  }
}
