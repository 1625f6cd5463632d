import { because } from '../reasons.ts'
import type { JobVariable, Unmapped } from '../types.ts'
import { childPath, mapGet, scalarText, type YMap, type YNode } from './tree.ts'

/** The variable a component input becomes: `$[[ inputs.image_tag ]]` → `${INPUT_image_tag}`. */
export function inputVariableName(input: string): string {
  return `INPUT_${input}`
}

export interface Input {
  readonly name: string
  readonly line: number
  readonly path: string
  readonly defaultNode: YNode | undefined
  readonly defaultText: string
}

/** Reads `spec: inputs:` of a component header: each input becomes a variable holding its default. */
export function readInputs(header: YNode | null): { inputs: Map<string, Input>; variables: JobVariable[] } {
  const inputs = new Map<string, Input>()
  const variables: JobVariable[] = []
  const declared = mapGet(mapGet(header ?? undefined, 'spec'), 'inputs')
  if (declared?.kind !== 'map') return { inputs, variables }
  for (const [name, spec] of declared.entries) {
    const defaultNode = mapGet(spec, 'default')
    const defaultText =
      defaultNode?.kind === 'seq'
        ? defaultNode.items.map(scalarText).join(' ')
        : (scalarText(defaultNode) ?? '')
    inputs.set(name, {
      name,
      defaultNode,
      defaultText,
      line: spec.line,
      path: childPath('spec.inputs', name),
    })
    const description = scalarText(mapGet(spec, 'description')) ?? undefined
    variables.push({
      name: inputVariableName(name),
      value: defaultText,
      literal: null,
      source: 'component-input',
      path: childPath('spec.inputs', name),
      line: spec.line,
      ...(description ? { description } : {}),
    })
  }
  return { inputs, variables }
}

/** Values where a variable reference works at run time: scripts, variables, the image. */
const RUNTIME_KEYS = ['script', 'before_script', 'after_script', 'variables', 'image']
function keepsReference(path: string): boolean {
  return path
    .split('.')
    .some((segment) => RUNTIME_KEYS.some((key) => segment === key || segment.startsWith(`${key}[`)))
}

const OPEN = '$[['
const CLOSE = ']]'

/** Splits `a$[[ inputs.x ]]b` into text and input names; `null` names an interpolation it cannot read. */
function splitInterpolations(text: string): (string | { input: string | null; raw: string })[] {
  const pieces: (string | { input: string | null; raw: string })[] = []
  let rest = text
  for (;;) {
    const start = rest.indexOf(OPEN)
    const end = start < 0 ? -1 : rest.indexOf(CLOSE, start + OPEN.length)
    if (start < 0 || end < 0) break
    if (start > 0) pieces.push(rest.slice(0, start))
    const raw = rest.slice(start, end + CLOSE.length)
    const expression = rest.slice(start + OPEN.length, end).trim()
    const isInput = expression.startsWith('inputs.') && !expression.includes('|')
    pieces.push({ input: isInput ? expression.slice('inputs.'.length).trim() : null, raw })
    rest = rest.slice(end + CLOSE.length)
  }
  if (rest) pieces.push(rest)
  return pieces
}

/**
 * Replaces `$[[ inputs.x ]]` in the pipeline. In scripts, variables and the image the interpolation
 * becomes a reference to the input's variable (`${INPUT_x}`), so the importer can still tell a flag came
 * from an input; elsewhere (job names, stage, tags…) the default is written in, as GitLab does when no
 * input is given, and a value that is exactly one list/boolean/number input takes the default's type.
 */
export function interpolateInputs(
  node: YNode,
  inputs: Map<string, Input>,
  unmapped: Unmapped[],
  used: Set<string> = new Set(),
): YNode {
  const replaceText = (text: string, at: YNode, asReference: boolean): string =>
    splitInterpolations(text)
      .map((piece) => {
        if (typeof piece === 'string') return piece
        const input = piece.input === null ? undefined : inputs.get(piece.input)
        if (input) used.add(input.name)
        if (!input) {
          unmapped.push({
            path: at.path,
            line: at.line,
            ...because('input-interpolation', { raw: piece.raw }),
          })
          return piece.raw
        }
        return asReference ? `\${${inputVariableName(input.name)}}` : input.defaultText
      })
      .join('')

  const walk = (current: YNode): YNode => {
    switch (current.kind) {
      case 'reference':
        return current
      case 'scalar': {
        if (typeof current.value !== 'string' || !current.value.includes(OPEN)) return current
        const pieces = splitInterpolations(current.value)
        const only = pieces.length === 1 ? pieces[0] : undefined
        if (only && typeof only !== 'string' && only.input !== null) {
          const input = inputs.get(only.input)
          if (input) used.add(input.name)
          const typed = input?.defaultNode
          if (typed && (typed.kind !== 'scalar' || typeof typed.value !== 'string')) {
            return { ...typed, path: current.path, line: current.line } as YNode
          }
        }
        return { ...current, value: replaceText(current.value, current, keepsReference(current.path)) }
      }
      case 'seq':
        return { ...current, items: current.items.map(walk) }
      case 'map': {
        const entries = new Map<string, YNode>()
        for (const [key, value] of current.entries) {
          entries.set(key.includes(OPEN) ? replaceText(key, value, false) : key, walk(value))
        }
        return { ...current, entries } satisfies YMap
      }
    }
  }
  return walk(node)
}
