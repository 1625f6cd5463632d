import { LineCounter, parseAllDocuments } from 'yaml'
import { because } from '../reasons.ts'
import type { Unmapped } from '../types.ts'
import { toTree, type YNode } from './tree.ts'

export interface YamlError {
  readonly line: number
  readonly column: number
  readonly message: string
}

export interface ParsedFile {
  /** The pipeline (the document after a component's `spec:` header, or the only one). */
  readonly pipeline: YNode | null
  /** The `spec:` header document of a CI/CD component, if there is one. */
  readonly header: YNode | null
}

/** Parses the file's YAML documents; a syntax error comes back as a value with line and column. */
export function parseYamlFile(
  text: string,
  unmapped: Unmapped[],
): { ok: true; file: ParsedFile } | { ok: false; error: YamlError } {
  const lines = new LineCounter()
  let documents: ReturnType<typeof parseAllDocuments>
  try {
    documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false })
  } catch (error) {
    return { ok: false, error: { line: 1, column: 1, message: String(error) } }
  }
  const list = Array.isArray(documents) ? documents : []
  for (const doc of list) {
    const first = doc.errors[0]
    if (first) {
      const position = lines.linePos(first.pos[0])
      const message = first.message.split('\n')[0] ?? first.message
      return { ok: false, error: { line: position.line, column: position.col, message } }
    }
  }
  const trees = list.map((doc) => toTree(doc, text, lines, unmapped)).filter((tree) => tree !== null)
  const first = trees[0] ?? null
  const isHeader = first?.kind === 'map' && first.entries.has('spec') && trees.length > 1
  if (trees.length > (isHeader ? 2 : 1)) {
    unmapped.push({
      path: '',
      line: 0,
      ...because('yaml-several-documents', { count: trees.length }),
    })
  }
  return isHeader
    ? { ok: true, file: { header: first, pipeline: trees[1] ?? null } }
    : { ok: true, file: { header: null, pipeline: first } }
}
