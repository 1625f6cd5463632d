import type { DestinationWhen } from '../../config/schema.ts'
import { plainLiteral } from '../shell/lexer.ts'
import { wordText } from '../shell/words.ts'
import type { SimpleCommand, Word } from '../types.ts'

/** Every simple command, including those inside `$(…)`, with its nesting (for auth and CA reading). */
export function allCommands(commands: readonly SimpleCommand[]): SimpleCommand[] {
  const result: SimpleCommand[] = []
  const visit = (command: SimpleCommand): void => {
    result.push(command)
    for (const word of [...command.words, ...command.assignments.map((a) => a.value)]) {
      for (const part of word.parts) if (part.kind === 'command') part.commands.forEach(visit)
    }
  }
  commands.forEach(visit)
  return result
}

/** The program a command runs, without its directory: `/kaniko/executor` → `executor`. */
export function programName(command: SimpleCommand, index = 0): string {
  const word = command.words[index]
  if (!word) return ''
  const text = plainLiteral(word) ?? wordText(word)
  return text.slice(text.lastIndexOf('/') + 1)
}

/** Index of the word that runs kaniko's executor, or -1. */
export function executorIndex(command: SimpleCommand, imageIsKaniko: boolean): number {
  const word = command.words[0]
  if (!word) return -1
  const text = wordText(word)
  if (text === '/kaniko/executor' || text.endsWith('/kaniko/executor')) return 0
  if (text === 'executor' && imageIsKaniko) return 0
  return -1
}

export type CompanionTool = 'manifest-tool' | 'crane' | 'skopeo' | 'buildah'

export interface CompanionCommand {
  readonly tool: CompanionTool
  /** `push from-args`, `copy`, `tag`, `auth login`, `manifest push`… */
  readonly subcommand: string
  readonly argv: readonly Word[]
  readonly offset: number
  readonly conditional: boolean
  /** The pipelines it runs in (job.ts, `commandWhen`): null under another condition. */
  readonly when?: DestinationWhen | null
}

/** manifest-tool's global options that take no value (the others, `--docker-cfg DIR`, do). */
const MANIFEST_TOOL_SWITCHES = new Set(['--insecure', '--plain-http', '--debug', '-D'])

const SUBCOMMAND_DEPTH: Record<CompanionTool, number> = {
  'manifest-tool': 2,
  crane: 2,
  skopeo: 1,
  buildah: 2,
}

export function companionCommand(command: SimpleCommand): CompanionCommand | null {
  const tool = programName(command)
  if (tool !== 'manifest-tool' && tool !== 'crane' && tool !== 'skopeo' && tool !== 'buildah') return null
  const words = command.words.slice(1)
  // Options before the subcommand (`manifest-tool --username x push …`) are skipped.
  const positional: string[] = []
  for (let index = 0; index < words.length && positional.length < SUBCOMMAND_DEPTH[tool]; index += 1) {
    const text = wordText(words[index] as Word)
    if (text.startsWith('-')) {
      if (!text.includes('=') && tool === 'manifest-tool' && !MANIFEST_TOOL_SWITCHES.has(text)) index += 1
      continue
    }
    positional.push(text)
  }
  if (tool === 'buildah' && positional[0] !== 'manifest') return null
  const known: Record<CompanionTool, string[]> = {
    'manifest-tool': ['push', 'inspect'],
    crane: ['auth', 'copy', 'cp', 'tag', 'digest', 'push', 'pull', 'append', 'mutate', 'index'],
    skopeo: ['copy', 'login', 'inspect', 'sync'],
    buildah: ['manifest'],
  }
  const first = positional[0] ?? ''
  const depth = first === 'auth' || first === 'push' || first === 'manifest' || first === 'index' ? 2 : 1
  return {
    tool,
    subcommand: known[tool].includes(first) ? positional.slice(0, depth).join(' ') : first,
    argv: command.words,
    offset: command.offset,
    conditional: command.conditional,
  }
}
