import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml'
import { because } from '../reasons.ts'
import type { Unmapped } from '../types.ts'

/**
 * The YAML tree the importer works on: plain values that each keep the path and line where they were
 * written, so that values moved by anchors, `extends`, `default:` or `!reference` still point at their
 * source line.
 */
export type YNode = YMap | YSeq | YScalar | YReference

interface YBase {
  /** The path where the value was written (not where it ends up after `extends`). */
  readonly path: string
  readonly line: number
}
export interface YMap extends YBase {
  readonly kind: 'map'
  readonly entries: ReadonlyMap<string, YNode>
}
export interface YSeq extends YBase {
  readonly kind: 'seq'
  readonly items: readonly YNode[]
}
export interface YScalar extends YBase {
  readonly kind: 'scalar'
  readonly value: string | number | boolean | null
  /** PLAIN, QUOTE_DOUBLE, QUOTE_SINGLE, BLOCK_LITERAL or BLOCK_FOLDED. */
  readonly style: string
  /** The scalar's source text (block scalars included), for checks that compare the author's lines. */
  readonly source: string
}
/** `!reference [job, key, …]`, resolved later against the jobs. */
export interface YReference extends YBase {
  readonly kind: 'reference'
  readonly target: readonly string[]
}

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`
  return parent === '' ? key : `${parent}.${key}`
}

/** Converts a parsed document into YNodes, following aliases and `<<` merge keys. */
export function toTree(doc: Document, text: string, lines: LineCounter, unmapped: Unmapped[]): YNode | null {
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 0

  const convert = (node: unknown, path: string, depth: number): YNode => {
    if (depth > 64) {
      unmapped.push({ path, line: 0, ...because('yaml-too-deep') })
      return { kind: 'scalar', value: null, style: 'PLAIN', source: '', path, line: 0 }
    }
    if (isAlias(node)) {
      const target = node.resolve(doc)
      return convert(target, path, depth + 1)
    }
    const line = lineOf(node as Node)
    if (isSeq(node) && node.tag === '!reference') {
      const target = node.items.map((item) => (isScalar(item) ? String(item.value) : ''))
      return { kind: 'reference', target, path, line }
    }
    if (isMap(node)) {
      const entries = new Map<string, YNode>()
      const merged: YMap[] = []
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const keyNode = pair.key
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode)
        if (key === '<<' && (isScalar(keyNode) ? keyNode.type === 'PLAIN' : true)) {
          const sources = isSeq(pair.value) ? pair.value.items : [pair.value]
          sources.forEach((source, index) => {
            const value = convert(source, childPath(path, `<<${sources.length > 1 ? index : ''}`), depth + 1)
            if (value.kind === 'map') merged.push(value)
            else unmapped.push({ path, line: value.line, ...because('yaml-merge-not-mapping') })
          })
          continue
        }
        entries.set(key, convert(pair.value, childPath(path, key), depth + 1))
      }
      // Explicit keys win over merged ones; earlier merge sources win over later ones.
      for (const source of merged) {
        for (const [key, value] of source.entries) if (!entries.has(key)) entries.set(key, value)
      }
      return { kind: 'map', entries, path, line }
    }
    if (isSeq(node)) {
      return {
        kind: 'seq',
        items: node.items.map((item, index) => convert(item, childPath(path, index), depth + 1)),
        path,
        line,
      }
    }
    if (isScalar(node)) {
      const raw = node.value
      const value =
        typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : null
      const source = node.range ? text.slice(node.range[0], node.range[1]) : ''
      return { kind: 'scalar', value, style: node.type ?? 'PLAIN', source, path, line }
    }
    return { kind: 'scalar', value: null, style: 'PLAIN', source: '', path, line }
  }

  return doc.contents ? convert(doc.contents, '', 0) : null
}

export function scalarText(node: YNode | undefined): string | null {
  if (node?.kind !== 'scalar' || node.value === null) return null
  return String(node.value)
}

export function mapGet(node: YNode | undefined, key: string): YNode | undefined {
  return node?.kind === 'map' ? node.entries.get(key) : undefined
}

/** A string or a list of strings (`tags: docker`, `extends: [.a, .b]`). */
export function stringList(node: YNode | undefined): string[] {
  if (!node) return []
  if (node.kind === 'seq') return node.items.map(scalarText).filter((v): v is string => v !== null)
  const single = scalarText(node)
  return single === null ? [] : [single]
}

/** Plain JS value of a node (references left as `{ '!reference': [...] }`). */
export function toPlain(node: YNode | undefined): unknown {
  if (!node) return undefined
  switch (node.kind) {
    case 'scalar':
      return node.value
    case 'seq':
      return node.items.map(toPlain)
    case 'map':
      return Object.fromEntries([...node.entries].map(([key, value]) => [key, toPlain(value)]))
    case 'reference':
      return { '!reference': node.target }
  }
}
