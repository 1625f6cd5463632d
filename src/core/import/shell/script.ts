import { isGeneratedCase } from '../kaniko/generated-case.ts'
import { because, type Reason } from '../reasons.ts'
import type { Origin, SimpleCommand, Unmapped } from '../types.ts'
import type { YNode, YScalar } from '../yaml/tree.ts'
import { type Comment, lexShell, type SkippedConstruct } from './lexer.ts'
import { byteOffsetToIndex, parseShell, type ShellParser } from './parser.ts'

export interface ScriptItem {
  readonly node: YScalar
  readonly start: number
  readonly end: number
}

/** One shell run of a job: `before_script` + `script` (one shell, as the runner does) or `after_script`. */
export interface Script {
  readonly key: 'script' | 'after_script'
  readonly text: string
  readonly items: readonly ScriptItem[]
  readonly commands: readonly SimpleCommand[]
  readonly comments: readonly Comment[]
  /** Top-level statements as mvdan/sh sees them: [start, end) string indexes. */
  readonly statements: readonly { start: number; end: number }[]
  readonly parsed: boolean
  readonly originOf: (offset: number) => Origin
}

function scriptItems(node: YNode | undefined, unmapped: Unmapped[]): YScalar[] {
  if (!node) return []
  const list = node.kind === 'seq' ? node.items : [node]
  const items: YScalar[] = []
  for (const item of list) {
    if (item.kind === 'seq') items.push(...scriptItems(item, unmapped))
    else if (item.kind === 'scalar' && item.value !== null) items.push(item)
    else if (item.kind !== 'scalar')
      unmapped.push({ path: item.path, line: item.line, ...because('script-item-not-string') })
  }
  return items
}

/** The items of a script key joined with newlines, as the runner writes them into one shell script. */
export function joinScript(
  nodes: readonly (YNode | undefined)[],
  unmapped: Unmapped[],
): { text: string; items: ScriptItem[] } | null {
  const scalars = nodes.flatMap((node) => scriptItems(node, unmapped))
  if (scalars.length === 0) return null
  let text = ''
  const items: ScriptItem[] = []
  for (const node of scalars) {
    if (text) text += '\n'
    const start = text.length
    text += String(node.value)
    items.push({ node, start, end: text.length })
  }
  return { text, items }
}

/** The script keys of a job, as the runner runs them. */
export const SCRIPT_KEYS = [
  { key: 'script', from: ['before_script', 'script'] },
  { key: 'after_script', from: ['after_script'] },
] as const

/** Joins the items and reads the script: sh-syntax checks it, the lexer splits its words. */
export async function readScript(
  key: Script['key'],
  nodes: readonly (YNode | undefined)[],
  parser: ShellParser,
  unmapped: Unmapped[],
): Promise<Script | null> {
  const joined = joinScript(nodes, unmapped)
  if (!joined) return null
  const { text, items } = joined
  const originOf = (offset: number): Origin => {
    const item = items.find((candidate) => offset <= candidate.end) ?? items.at(-1)
    if (!item) return { path: key, line: 0 }
    const inItem = text.slice(item.start, Math.max(item.start, offset))
    const newlines = inItem.split('\n').length - 1
    const isBlock = item.node.style === 'BLOCK_LITERAL' || item.node.style === 'BLOCK_FOLDED'
    return { path: item.node.path, line: item.node.line + (isBlock ? 1 + newlines : 0) }
  }
  const originAtLine = (line: number): Origin => {
    const lineStart = text
      .split('\n')
      .slice(0, Math.max(0, line - 1))
      .join('\n').length
    return originOf(lineStart + (line > 1 ? 1 : 0))
  }
  let parse = await parseShell(parser, text, 'posix')
  if (!parse.ok) {
    // kaniko's debug image runs busybox sh, which accepts some bash syntax (`[[ ]]`, `${x//a/b}`).
    const bash = await parseShell(parser, text, 'bash')
    if (bash.ok) {
      unmapped.push({
        ...originAtLine(parse.line),
        ...because('shell-bash-only', { message: parse.message }),
      })
      parse = bash
    }
  }
  if (!parse.ok) {
    unmapped.push({
      ...originAtLine(parse.line),
      ...because('shell-syntax-error', { line: parse.line, column: parse.column, message: parse.message }),
    })
    return { key, text, items, commands: [], comments: [], statements: [], parsed: false, originOf }
  }
  const toIndex = byteOffsetToIndex(text)
  const statements = parse.file.Stmts.map((statement) => ({
    start: toIndex(statement.Pos.Offset),
    end: toIndex(statement.End.Offset),
  }))
  const lexed = lexShell(text)
  for (const skipped of lexed.skipped) {
    if (skipped.kind === 'case' && isGeneratedCase(skipped.raw, skipped.offset, lexed.commands)) continue
    unmapped.push({ ...originOf(skipped.offset), ...skippedReason(skipped) })
  }
  return {
    key,
    text,
    items,
    commands: lexed.commands,
    comments: lexed.comments,
    statements,
    parsed: true,
    originOf,
  }
}

/** The scripts of a job: before_script + script in one shell, after_script in another. */
export function jobScripts(
  definition: ReadonlyMap<string, YNode>,
  parser: ShellParser,
  unmapped: Unmapped[],
): Promise<(Script | null)[]> {
  return Promise.all(
    SCRIPT_KEYS.map(({ key, from }) =>
      readScript(
        key,
        from.map((name) => definition.get(name)),
        parser,
        unmapped,
      ),
    ),
  )
}

function skippedReason(skipped: SkippedConstruct): Reason {
  if (skipped.kind === 'arithmetic') return because('shell-arithmetic', { raw: skipped.raw })
  return because(skipped.kind === 'case' ? 'shell-case' : 'shell-for-loop')
}
