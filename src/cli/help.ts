/** Help texts are data: `kanikoconfig --help` and `<command> --help` render them the same way. */

export interface HelpText {
  readonly usage: string
  readonly summary: string
  readonly description?: string
  readonly options: readonly (readonly [string, string])[]
  readonly examples?: readonly string[]
}

const HELP_OPTION = ['-h, --help', 'show this help'] as const

/** The codes of EXIT (io.ts), as the README lists them too. */
const EXIT_STATUS: readonly (readonly [string, string])[] = [
  ['0', 'success'],
  ['1', 'lint found an error-level problem (in a config or a pipeline)'],
  ['2', 'bad usage or input (also: input not UTF-8 or over 10 MB, an option given twice)'],
  ['3', 'internal error'],
  ['4', 'the output could not be written (e.g. disk full)'],
]

export function renderCommandHelp(help: HelpText): string {
  const lines = [`Usage: ${help.usage}`, '', help.description ?? `${capitalize(help.summary)}.`, '']
  lines.push('Options:', ...table([...help.options, HELP_OPTION]))
  if (help.examples?.length) lines.push('', 'Examples:', ...help.examples.map((e) => `  ${e}`))
  return `${lines.join('\n')}\n`
}

export function renderGlobalHelp(commands: readonly (readonly [string, HelpText])[]): string {
  return `${[
    'kanikoconfig: generate a GitLab CI pipeline (.gitlab-ci.yml) that builds container images with kaniko.',
    '',
    'Usage: kanikoconfig <command> [options]',
    '',
    'Commands:',
    ...table([
      ...commands.map(([name, help]) => [name, help.summary] as const),
      ['help [command]', 'show help'],
    ]),
    '',
    'Options:',
    ...table([HELP_OPTION, ['--version', 'print the version']]),
    '',
    'A config is chosen with --preset NAME, --config FILE.json ("-" reads standard input) or',
    '--link URL (a share link); without one, the default config is used.',
    'Run "kanikoconfig <command> --help" for details.',
    '',
    'Exit status:',
    ...table(EXIT_STATUS),
    'A reader that stops early ("| head") is not an error: the status stays the command\'s own.',
    '',
    'Examples:',
    '  npx kanikoconfig generate --preset multi-arch > .gitlab-ci.yml',
    '  npx kanikoconfig config --preset cached > kaniko.json   # edit it, then:',
    '  npx kanikoconfig generate --config kaniko.json',
    "  npx kanikoconfig generate --link 'https://…/#2.…' > .gitlab-ci.yml",
  ].join('\n')}\n`
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
