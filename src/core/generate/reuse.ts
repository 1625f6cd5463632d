import { isAlias, isNode, visit } from 'yaml'
import type { Config } from '../config/schema.ts'
import { ShellCommand } from './command.ts'
import {
  documentEntries,
  entriesDocument,
  type GenerateOptions,
  generate,
  TO_STRING_OPTIONS,
  type TopLevelEntry,
} from './document.ts'

/**
 * `generate` for a caller that generates again and again (the page, on every keystroke): each
 * top-level entry (`stages:`, a job) is written with the Document API in a document of its own, and
 * the text of an entry equal to the previous call's is reused, so a key typed into one image writes
 * that image's jobs only. Byte-identical to `generate` (reuse.test.ts proves it on random configs):
 * a top-level block map is its entries' texts joined by line breaks, and each entry's text depends
 * on the entry alone (its key, value, blank line, comment, and the header on the first one). Where
 * that might not hold (a duplicate key, YAML anchors, a block scalar keeping its trailing line
 * breaks, which would eat the next entry's blank line) the whole document is written instead.
 */
export function reusingGenerate(): ReusingGenerate {
  let last = new Map<string, Written>()
  const written: string[] = []
  const run = (config: Config, options: GenerateOptions = {}): string => {
    written.length = 0
    const { header, entries } = documentEntries(config, options)
    if (entries.length === 0 || new Set(entries.map((e) => e.key)).size !== entries.length)
      return generate(config, options)
    const next = new Map<string, Written>()
    const texts: string[] = []
    for (const [i, entry] of entries.entries()) {
      const entryHeader = i === 0 ? header : undefined
      const previous = last.get(entry.key)
      const text =
        previous && previous.header === entryHeader && sameEntry(previous.entry, entry)
          ? previous
          : write(entry, entryHeader, written)
      if (!text.joinable) return generate(config, options)
      next.set(entry.key, text)
      texts.push(text.text)
    }
    last = next
    return `${texts.join('\n')}\n`
  }
  return Object.assign(run, { written: written as readonly string[] })
}

export interface ReusingGenerate {
  (config: Config, options?: GenerateOptions): string
  /** The keys of the entries the last call wrote (the others' text was reused). */
  readonly written: readonly string[]
}

interface Written {
  readonly entry: TopLevelEntry
  readonly header: string | undefined
  /** The entry as its own document writes it, without the final line break. */
  readonly text: string
  /** Whether the text is the same inside the whole document (see reusingGenerate). */
  readonly joinable: boolean
}

/** A block scalar header with the keep indicator (`|+`, `>2+`…), anywhere: checked conservatively. */
const KEEP_CHOMPING = /[|>][1-9]?\+/

function write(entry: TopLevelEntry, header: string | undefined, written: string[]): Written {
  written.push(entry.key)
  const doc = entriesDocument(header, [entry])
  let anchors = false
  visit(doc, (_key, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) anchors = true
  })
  const text = doc.toString(TO_STRING_OPTIONS).slice(0, -1)
  return { entry, header, text, joinable: !anchors && !KEEP_CHOMPING.test(text) }
}

function sameEntry(a: TopLevelEntry, b: TopLevelEntry): boolean {
  return (
    a.key === b.key &&
    a.spaceBefore === b.spaceBefore &&
    a.comment === b.comment &&
    sameData(a.value, b.value)
  )
}

/**
 * Whether two values make the same YAML: the same object, or plain data equal deeply with key order,
 * and commands with the same lines (one line or several is another text for the same shell command).
 */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (a instanceof ShellCommand || b instanceof ShellCommand) {
    return a instanceof ShellCommand && b instanceof ShellCommand && sameData(a.lines, b.lines)
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameData(item, b[i]))
    )
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false
  const keys = Object.keys(a)
  const otherKeys = Object.keys(b)
  return (
    keys.length === otherKeys.length &&
    keys.every((key, i) => key === otherKeys[i] && sameData(a[key], b[key]))
  )
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
