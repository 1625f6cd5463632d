import type { HelpText } from './help.ts'
import { type CliIo, EXIT } from './io.ts'
import { noPositionals, parseOptions } from './options.ts'
import { loadConfig, SOURCE_HELP, SOURCE_OPTIONS } from './source.ts'

export interface Command {
  readonly help: HelpText
  readonly run: (args: string[], io: CliIo) => Promise<number>
}

// Core modules are imported inside run() so that `--help` and `--version` start without loading zod.

const generate: Command = {
  help: {
    usage: 'kanikoconfig generate [--preset NAME | --config FILE.json | -] [--job-only]',
    summary: 'print the .gitlab-ci.yml for a config',
    description: 'Print the .gitlab-ci.yml for a config (the default config when no source is given).',
    options: [
      ...SOURCE_HELP,
      ['--job-only', 'only the jobs: no header comment and no stages block, to merge into an existing file'],
    ],
    examples: [
      'kanikoconfig generate --preset gitlab-docs > .gitlab-ci.yml',
      'kanikoconfig generate --config kaniko.json --job-only',
      'cat kaniko.json | kanikoconfig generate -',
    ],
  },
  async run(args, io) {
    const { values, positionals } = parseOptions('generate', args, {
      ...SOURCE_OPTIONS,
      'job-only': { type: 'boolean' },
    })
    const config = await loadConfig({ ...values, positionals }, io)
    const { generate } = await import('../core/generate/index.ts')
    io.stdout(withNewline(generate(config, { jobOnly: values['job-only'] === true })))
    return EXIT.ok
  },
}

const config: Command = {
  help: {
    usage: 'kanikoconfig config [--preset NAME | --config FILE.json | -]',
    summary: 'print the complete effective config as JSON',
    description:
      'Print the complete effective config (every default filled in) as JSON, ready to edit and pass back with --config.',
    options: SOURCE_HELP,
    examples: [
      'kanikoconfig config --preset cached > kaniko.json',
      'kanikoconfig generate --config kaniko.json',
    ],
  },
  async run(args, io) {
    const { values, positionals } = parseOptions('config', args, SOURCE_OPTIONS)
    const config = await loadConfig({ ...values, positionals }, io)
    io.stdout(`${JSON.stringify(config, null, 2)}\n`)
    return EXIT.ok
  },
}

const presets: Command = {
  help: {
    usage: 'kanikoconfig presets',
    summary: 'list the preset names, one per line',
    options: [],
  },
  async run(args, io) {
    noPositionals(parseOptions('presets', args, {}).positionals)
    const { PRESET_NAMES } = await import('../core/config/index.ts')
    io.stdout(`${PRESET_NAMES.join('\n')}\n`)
    return EXIT.ok
  },
}

const schema: Command = {
  help: {
    usage: 'kanikoconfig schema',
    summary: 'print the JSON Schema of a config file',
    options: [],
    examples: ['kanikoconfig schema > kanikoconfig.schema.json'],
  },
  async run(args, io) {
    noPositionals(parseOptions('schema', args, {}).positionals)
    const { configJsonSchema } = await import('../core/config/index.ts')
    io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}\n`)
    return EXIT.ok
  },
}

/** In the order `kanikoconfig --help` lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = { generate, config, presets, schema }

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}
