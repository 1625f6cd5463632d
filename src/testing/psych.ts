import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml'

/**
 * GitLab's reading of a `.gitlab-ci.yml`: gitlabhq loads it with Ruby's Psych (libyaml, YAML 1.1) as
 * `YAML.safe_load(text, permitted_classes: [Symbol], permitted_symbols: [], aliases: true)`, which
 * is not how the `yaml` library (YAML 1.2) reads it: libyaml takes U+2028/U+2029/U+0085 for line
 * breaks, `yes`/`on`/`1:20`/`0b101` for booleans and numbers, `:x` for a Symbol, `<<` for a merge.
 * psych.rb runs the real Psych (Debian `ruby`); many documents go through one process, since Ruby
 * takes ~100 ms to start.
 *
 * Both readings are given in one canonical JSON form (psych.rb describes the tags), so they can be
 * compared with a deep equality.
 */

export type Canonical =
  | string
  | number
  | boolean
  | null
  | readonly Canonical[]
  | { readonly [key: string]: Canonical }

export type Reading = { readonly value: Canonical } | { readonly error: string }

const SCRIPT = fileURLToPath(new URL('./psych.rb', import.meta.url))

/** Psych's reading of each document (one Ruby process for all of them). */
export function readWithPsych(documents: readonly string[]): Reading[] {
  if (documents.length === 0) return []
  // The bytes a file would hold (a lone surrogate becomes U+FFFD, as in any UTF-8 file).
  const input = JSON.stringify(documents.map((d) => Buffer.from(d, 'utf8').toString('base64')))
  const run = spawnSync('ruby', [SCRIPT], { input, encoding: 'utf8', maxBuffer: 1 << 30 })
  if (run.error) throw run.error
  if (run.status !== 0) throw new Error(`psych.rb exited with ${run.status}: ${run.stderr}`)
  return JSON.parse(run.stdout) as Reading[]
}

/** The `yaml` library's reading (as the generator's tests read it: YAML 1.2, core schema). */
export function readWithYamlLibrary(text: string): Reading {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) return { error: doc.errors.map((e) => e.message).join('; ') }
  return { value: canonicalNode(doc.contents) }
}

function canonicalNode(node: Node | null | unknown): Canonical {
  if (node === null || node === undefined) return null
  if (isScalar(node)) return canonicalScalar(node.value)
  if (isSeq(node)) return node.items.map((item) => canonicalNode(item))
  if (isMap(node)) {
    const pairs = node.items.map((pair): [Canonical, Canonical] => [
      canonicalNode(pair.key),
      canonicalNode(pair.value),
    ])
    if (pairs.every(([key]) => typeof key === 'string')) {
      const object: Record<string, Canonical> = {}
      for (const [key, value] of pairs)
        Object.defineProperty(object, key as string, { value, enumerable: true })
      return object
    }
    return { '!map': pairs }
  }
  return { '!js': String(node) }
}

function canonicalScalar(value: unknown): Canonical {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : { '!float': String(value) }
  return { '!js': typeof value }
}

export interface PsychCase {
  readonly label: string
  readonly yaml: string
}

/** Every document Psych reads differently from the `yaml` library (or cannot read), described. */
export function psychProblems(cases: readonly PsychCase[]): string[] {
  const readings = readWithPsych(cases.map((c) => c.yaml))
  const problems: string[] = []
  cases.forEach((c, index) => {
    const psych = readings[index]
    const library = readWithYamlLibrary(c.yaml)
    if (JSON.stringify(psych) !== JSON.stringify(library)) {
      problems.push(
        `${c.label}\n  yaml:  ${JSON.stringify(library)}\n  Psych: ${JSON.stringify(psych)}\n${c.yaml}`,
      )
    }
  })
  return problems
}
