import { Readable } from 'node:stream'
import type { LocalizedFinding } from '../core/diagnostics/index.ts'
import type { HelpText } from './help.ts'
import { CliError, type CliIo, EXIT } from './io.ts'
import { parseJson } from './json.ts'
import { formatFindings } from './lint-format.ts'
import { noPositionals, parseOptions } from './options.ts'
import { importPipelineFile, importPipelineText, pipelineFindings } from './pipeline.ts'
import { readTextInput } from './read-input.ts'
import { loadConfig, readSource, SOURCE_HELP, SOURCE_OPTIONS, SOURCE_USAGE } from './source.ts'

export interface Command {
  readonly help: HelpText
  readonly run: (args: string[], io: CliIo) => Promise<number>
}

// Core modules are imported inside run() so that `--help` and `--version` start without loading zod.

const generate: Command = {
  help: {
    usage: `kanikoconfig generate ${SOURCE_USAGE} [--job-only]`,
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
      "kanikoconfig generate --link 'https://…/#2.…' > .gitlab-ci.yml",
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
    usage: `kanikoconfig config ${SOURCE_USAGE}`,
    summary: 'print the complete effective config as JSON',
    description:
      'Print the complete effective config (every default filled in) as JSON, ready to edit and pass back with --config.',
    options: SOURCE_HELP,
    examples: [
      'kanikoconfig config --preset cached > kaniko.json',
      'kanikoconfig generate --config kaniko.json',
      "kanikoconfig config --link 'https://…/#2.…' > kaniko.json",
    ],
  },
  async run(args, io) {
    const { values, positionals } = parseOptions('config', args, SOURCE_OPTIONS)
    const config = await loadConfig({ ...values, positionals }, io)
    io.stdout(`${JSON.stringify(config, null, 2)}\n`)
    return EXIT.ok
  },
}

/** Where `link` points when no --base is given: the page's address is not fixed yet (see README). */
export const DEFAULT_SHARE_BASE = 'https://kanikoconfig.invalid/'

const CREDENTIAL_KIND_WORDS: Record<string, string> = {
  'url-userinfo': 'a user and password in a URL',
  'private-key': 'a private key',
  token: 'a token',
}

const link: Command = {
  help: {
    usage: `kanikoconfig link ${SOURCE_USAGE} [--base URL]`,
    summary: 'print a share link that opens the config on the page',
    description:
      'Print a share link for a config: the page at --base opens it with this config, and\n' +
      '"kanikoconfig generate --link URL" prints the same YAML. Values that look like credentials are\n' +
      'left out of the link, with a warning on stderr.',
    options: [
      ...SOURCE_HELP,
      ['--base URL', `address of the page (default ${DEFAULT_SHARE_BASE}; e.g. the URL "npm start" prints)`],
    ],
    examples: [
      'kanikoconfig link --preset multi-arch',
      'kanikoconfig link --config kaniko.json --base https://example.gitlab.io/kanikoconfig/',
    ],
  },
  async run(args, io) {
    const { values, positionals } = parseOptions('link', args, {
      ...SOURCE_OPTIONS,
      base: { type: 'string' },
    })
    const base = values.base ?? DEFAULT_SHARE_BASE
    if (!URL.canParse(base)) {
      throw new CliError(
        `option --base needs an absolute URL such as https://example.com/kanikoconfig/, not "${base}"`,
      )
    }
    const config = await loadConfig({ ...values, positionals }, io)
    const { encodeShareFragment, shareUrl } = await import('../core/share/index.ts')
    const encoded = encodeShareFragment(config)
    if (encoded.tooLarge) {
      throw new CliError('the config is too large for a link; share the config file instead')
    }
    if (encoded.removed.length > 0) {
      const list = encoded.removed.map((r) => `${r.path} (${CREDENTIAL_KIND_WORDS[r.kind] ?? r.kind})`)
      io.stderr(
        `kanikoconfig: warning: left out of the link because they look like credentials: ${list.join(', ')}\n`,
      )
    }
    io.stdout(`${shareUrl(config, base)}\n`)
    return EXIT.ok
  },
}

const lint: Command = {
  help: {
    usage: `kanikoconfig lint ${SOURCE_USAGE} [--json] [--lang en|ja]\n       kanikoconfig lint FILE.yml [--json] [--lang en|ja]`,
    summary: 'find the known ways a kaniko pipeline fails (exit 1 on an error-level finding)',
    description:
      'Check a config for the known ways kaniko pipelines fail, grouped by severity with codes\n' +
      '(docs/diagnostics.md explains each). Exit status 1 when there is an error-level finding, else 0.\n' +
      'Given an existing .gitlab-ci.yml (FILE.yml, or "-" with YAML on standard input), it checks the\n' +
      'problems only hand-written YAML can have (IMP codes, docs/import.md) and the config it imports to.',
    options: [
      ...SOURCE_HELP,
      ['FILE.yml', 'lint an existing pipeline instead of a config ("-": standard input)'],
      ['--json', 'print a JSON array of {code, severity, fields, title, message, fix?}'],
      ['--lang en|ja', 'language of the messages (default en)'],
    ],
    examples: [
      'kanikoconfig lint --config kaniko.json',
      'kanikoconfig lint --preset kitchen-sink --json --lang ja',
      'kanikoconfig lint .gitlab-ci.yml',
    ],
  },
  async run(args, io) {
    const { values, positionals } = parseOptions('lint', args, {
      ...SOURCE_OPTIONS,
      json: { type: 'boolean' },
      lang: { type: 'string' },
    })
    const lang = values.lang ?? 'en'
    if (lang !== 'en' && lang !== 'ja')
      throw new CliError(`option --lang must be "en" or "ja", not "${lang}"`)
    const print = (findings: readonly LocalizedFinding[]) => {
      io.stdout(values.json ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(findings, lang))
      return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok
    }
    const pipeline = await pipelineInput(positionals, values, io)
    if (pipeline.kind === 'pipeline') return print(await pipelineFindings(pipeline.result, lang))
    const source = await readSource({ ...values, positionals }, pipeline.io)
    const { CATALOGS, diagnose, diagnoseInput, localizedFinding } = await import(
      '../core/diagnostics/index.ts'
    )
    // A refused input is reported by the input checks when they name its problem (KC7xx), else it
    // is an invalid config (exit 2) as for every other command.
    const found = source.ok ? diagnose(source.config) : diagnoseInput(source.raw)
    if (!source.ok && found.length === 0) throw source.error
    return print(found.map((finding) => localizedFinding(finding, CATALOGS[lang])))
  },
}

/**
 * `lint FILE.yml` is a pipeline; a lone "-" is a config when standard input holds JSON, else a
 * pipeline (the text is read once and handed on). Anything else is the config sources' business.
 */
async function pipelineInput(
  positionals: readonly string[],
  values: { preset?: string | undefined; config?: string | undefined; link?: string | undefined },
  io: CliIo,
): Promise<
  { kind: 'pipeline'; result: Awaited<ReturnType<typeof importPipelineFile>> } | { kind: 'config'; io: CliIo }
> {
  const [file, ...rest] = positionals
  const otherSource = values.preset !== undefined || values.config !== undefined || values.link !== undefined
  if (file === undefined || otherSource || file.endsWith('.json')) return { kind: 'config', io }
  if (rest.length > 0) throw new CliError(`unexpected argument "${rest[0]}"`)
  if (file !== '-') return { kind: 'pipeline', result: await importPipelineFile(file, io) }
  const text = await readTextInput(io.stdin(), 'stdin')
  if (parseJson(text).ok)
    return { kind: 'config', io: { ...io, stdin: () => Readable.from([Buffer.from(text)]) } }
  return { kind: 'pipeline', result: await importPipelineText(text, 'stdin') }
}

const importCommand: Command = {
  help: {
    usage: 'kanikoconfig import FILE.yml [--job NAME] [--json]',
    summary: 'read an existing .gitlab-ci.yml into a config (prints the config as JSON)',
    description:
      'Read an existing .gitlab-ci.yml ("-": standard input) and print the version 2 config that\n' +
      'reproduces its kaniko build jobs, ready to pass back with --config. What the config cannot\n' +
      'hold is listed on stderr; --json prints {config, jobs, unmapped, changed, findings} instead.',
    options: [
      ['--job NAME', 'import only the build job of that name'],
      ['--json', 'print {config, jobs, unmapped, changed, findings} as JSON'],
    ],
    examples: [
      'kanikoconfig import .gitlab-ci.yml > kaniko.json',
      'kanikoconfig generate --config kaniko.json > .gitlab-ci.yml',
      'kanikoconfig import .gitlab-ci.yml --job build --json',
    ],
  },
  async run(args, io) {
    const { values, positionals } = parseOptions('import', args, {
      job: { type: 'string' },
      json: { type: 'boolean' },
    })
    const [file, ...rest] = positionals
    if (file === undefined) throw new CliError('import needs a pipeline file (or "-" for standard input)')
    if (rest.length > 0) throw new CliError(`unexpected argument "${rest[0]}"`)
    const result = await importPipelineFile(file, io, { job: values.job })
    if (values.json) {
      const { importReport } = await import('../core/import/index.ts')
      io.stdout(`${JSON.stringify(importReport(result), null, 2)}\n`)
      return EXIT.ok
    }
    io.stdout(`${JSON.stringify(result.config, null, 2)}\n`)
    for (const entry of result.unmapped)
      io.stderr(`kanikoconfig: not reproduced: line ${entry.line} (${entry.path}): ${entry.reason}\n`)
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
export const COMMANDS: Readonly<Record<string, Command>> = {
  generate,
  config,
  link,
  lint,
  import: importCommand,
  presets,
  schema,
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}
