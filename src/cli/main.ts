import { COMMANDS, type Command } from './commands.ts'
import { renderCommandHelp, renderGlobalHelp } from './help.ts'
import { CliError, type CliIo, EXIT, oneLine, processIo } from './io.ts'

/** Runs one kanikoconfig invocation and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    return await dispatch([...argv], io)
  } catch (error) {
    const message = oneLine(error instanceof Error ? error.message : String(error))
    if (error instanceof CliError) {
      io.stderr(`kanikoconfig: ${message}\n`)
      return EXIT.usage
    }
    io.stderr(`kanikoconfig: internal error: ${message}\n`)
    return EXIT.internal
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === '--help' || first === '-h') return printGlobalHelp(rest, io)
  if (first === 'help') return printHelpTopic(rest, io)
  if (first === '--version') {
    expectNothing(rest)
    const { TOOL_VERSION } = await import('../core/version.ts')
    io.stdout(`${TOOL_VERSION}\n`)
    return EXIT.ok
  }
  if (first.startsWith('-')) {
    throw new CliError(`unknown option ${first} (options go after the command; see: kanikoconfig --help)`)
  }
  const command = findCommand(first)
  if (wantsHelp(rest)) {
    io.stdout(renderCommandHelp(command.help))
    return EXIT.ok
  }
  return command.run(rest, io)
}

function printGlobalHelp(rest: readonly string[], io: CliIo): number {
  expectNothing(rest)
  io.stdout(renderGlobalHelp(Object.entries(COMMANDS).map(([name, c]) => [name, c.help] as const)))
  return EXIT.ok
}

function printHelpTopic(rest: readonly string[], io: CliIo): number {
  const [topic, ...extra] = rest
  if (topic === undefined) return printGlobalHelp(extra, io)
  expectNothing(extra)
  io.stdout(renderCommandHelp(findCommand(topic).help))
  return EXIT.ok
}

function findCommand(name: string): Command {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    throw new CliError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}, help)`)
  }
  return command
}

/** `-h`/`--help` anywhere before a `--` shows the command's help, even next to other mistakes. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--')
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')
}

function expectNothing(rest: readonly string[]): void {
  const [first] = rest
  if (first !== undefined) throw new CliError(`unexpected argument "${first}"`)
}
