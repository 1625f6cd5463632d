import type { JobVariable } from '../types.ts'
import { childPath, mapGet, scalarText, type YNode } from './tree.ts'

/** Reads a `variables:` block: `NAME: value` or `NAME: { value, description, expand }`. */
export function readVariables(node: YNode | undefined, source: JobVariable['source']): JobVariable[] {
  if (node?.kind !== 'map') return []
  const result: JobVariable[] = []
  for (const [name, entry] of node.entries) {
    const isLong = entry.kind === 'map'
    const valueNode = isLong ? mapGet(entry, 'value') : entry
    const value = scalarText(valueNode) ?? ''
    const description = isLong ? (scalarText(mapGet(entry, 'description')) ?? undefined) : undefined
    const raw = isLong && scalarText(mapGet(entry, 'expand')) === 'false'
    result.push({
      name,
      value,
      // `expand: false` keeps `$` as written: the value is literal by definition.
      literal: raw ? value : null,
      source,
      path: valueNode?.path ?? childPath(node.path, name),
      line: valueNode?.line ?? entry.line,
      ...(description ? { description } : {}),
    })
  }
  return result
}

/** Splits `a$X${Y}$$b` into text and variable names, as GitLab expands variables in variables. */
export function splitReferences(value: string): (string | { name: string })[] {
  const pieces: (string | { name: string })[] = []
  let text = ''
  let index = 0
  const isNameChar = (char: string | undefined, first: boolean): boolean =>
    char !== undefined &&
    ((char >= 'A' && char <= 'Z') ||
      (char >= 'a' && char <= 'z') ||
      char === '_' ||
      (!first && char >= '0' && char <= '9'))
  while (index < value.length) {
    const char = value[index]
    if (char === '$' && value[index + 1] === '$') {
      text += '$'
      index += 2
      continue
    }
    if (char === '$' && value[index + 1] === '{') {
      const close = value.indexOf('}', index + 2)
      const name = close < 0 ? '' : value.slice(index + 2, close)
      if (name && [...name].every((c, i) => isNameChar(c, i === 0))) {
        if (text) pieces.push(text)
        text = ''
        pieces.push({ name })
        index = close + 1
        continue
      }
    }
    if (char === '$' && isNameChar(value[index + 1], true)) {
      let end = index + 1
      while (isNameChar(value[end], false)) end += 1
      if (text) pieces.push(text)
      text = ''
      pieces.push({ name: value.slice(index + 1, end) })
      index = end
      continue
    }
    text += char
    index += 1
  }
  if (text) pieces.push(text)
  return pieces
}

/**
 * The job's variables, later sources overriding earlier ones, with `literal` filled in where every
 * reference resolves to another literal variable (CI-predefined variables are not known: not literal).
 */
export function effectiveVariables(layers: readonly JobVariable[][]): JobVariable[] {
  const byName = new Map<string, JobVariable>()
  for (const layer of layers) for (const variable of layer) byName.set(variable.name, variable)
  const literal = new Map<string, string | null>()
  const resolving = new Set<string>()
  const resolve = (name: string): string | null => {
    if (literal.has(name)) return literal.get(name) ?? null
    const variable = byName.get(name)
    if (!variable || resolving.has(name)) return null
    if (variable.literal !== null) return variable.literal
    resolving.add(name)
    let result: string | null = ''
    for (const piece of splitReferences(variable.value)) {
      const part = typeof piece === 'string' ? piece : resolve(piece.name)
      if (part === null) {
        result = null
        break
      }
      result += part
    }
    resolving.delete(name)
    literal.set(name, result)
    return result
  }
  return [...byName.values()].map((variable) => ({ ...variable, literal: resolve(variable.name) }))
}
