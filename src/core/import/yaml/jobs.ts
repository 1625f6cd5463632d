import { because } from '../reasons.ts'
import type { JobVariable, Unmapped } from '../types.ts'
import { deepMerge, withoutKeys } from './merge.ts'
import { childPath, mapGet, scalarText, stringList, type YMap, type YNode, type YSeq } from './tree.ts'
import { effectiveVariables, readVariables } from './variables.ts'

/** Top-level keys that are not jobs. */
const GLOBAL_KEYS = new Set([
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'spec',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
  'types',
])
/** Keys `default:` (and the old top-level forms) give every job that does not set them. */
const DEFAULT_KEYS = [
  'image',
  'services',
  'before_script',
  'after_script',
  'tags',
  'cache',
  'artifacts',
  'retry',
  'timeout',
  'interruptible',
  'hooks',
  'id_tokens',
]
const LEGACY_GLOBAL_DEFAULTS = ['image', 'services', 'cache', 'before_script', 'after_script']
const MAX_EXTENDS_DEPTH = 11
const MAX_REFERENCE_DEPTH = 10

export interface ResolvedJob {
  /** The job name as GitLab shows it (`build: [drupal]` for a matrix job). */
  readonly name: string
  /** The name written in the file. */
  readonly definedAs: string
  readonly line: number
  /** The job after `extends`, `!reference` and `default:`; values keep their source path and line. */
  readonly definition: YMap
  readonly variables: readonly JobVariable[]
  readonly matrix: Readonly<Record<string, string>> | null
  /** A hidden job (`.name`) that no job of the file extends: read as a template. */
  readonly hidden: boolean
  /** The jobs it `extends`, as written (for the layout of the config it maps to). */
  readonly extends: readonly string[]
}

export interface Pipeline {
  readonly jobs: readonly ResolvedJob[]
  /** Job names as written, hidden ones included (for `needs` checks). */
  readonly definedNames: ReadonlySet<string>
  readonly stages: readonly string[]
  readonly includes: readonly YNode[]
  readonly globalVariables: readonly JobVariable[]
}

export function resolvePipeline(
  root: YNode | null,
  extraVariables: JobVariable[],
  unmapped: Unmapped[],
): Pipeline {
  const top = root?.kind === 'map' ? root : null
  if (root && !top) unmapped.push({ path: '', line: root.line, ...because('yaml-not-jobs') })
  const entries = top?.entries ?? new Map<string, YNode>()

  const rawJobs = new Map<string, YMap>()
  for (const [name, value] of entries) {
    if (GLOBAL_KEYS.has(name)) continue
    if (value.kind === 'map') rawJobs.set(name, value)
    else
      unmapped.push({
        path: name,
        line: value.line,
        ...because('yaml-key-not-job', { key: name }),
      })
  }

  const extended = new Map<string, YMap>()
  const extend = (name: string, chain: string[]): YMap | null => {
    const done = extended.get(name)
    if (done) return done
    const own = rawJobs.get(name)
    if (!own) return null
    if (chain.includes(name) || chain.length > MAX_EXTENDS_DEPTH) {
      unmapped.push({
        path: name,
        line: own.line,
        ...because('extends-loop', { depth: MAX_EXTENDS_DEPTH, chain: [...chain, name].join(' → ') }),
      })
      return own
    }
    let merged: YNode | null = null
    for (const parentName of stringList(own.entries.get('extends'))) {
      const parent = extend(parentName, [...chain, name])
      if (!parent) {
        const at = own.entries.get('extends') ?? own
        unmapped.push({
          path: at.path,
          line: at.line,
          ...because('extends-missing', { parent: parentName }),
        })
        continue
      }
      merged = merged ? deepMerge(merged, parent) : parent
    }
    const self = withoutKeys(own, ['extends'])
    const result = (merged ? deepMerge(merged, self) : self) as YMap
    extended.set(name, result)
    return result
  }
  for (const name of rawJobs.keys()) extend(name, [])

  const lookup = (target: readonly string[]): YNode | undefined => {
    const [jobName, ...keys] = target
    let node: YNode | undefined =
      jobName === undefined ? undefined : (extended.get(jobName) ?? entries.get(jobName))
    for (const key of keys) node = mapGet(node, key)
    return node
  }
  const resolveReferences = (node: YNode, depth: number): YNode => {
    if (node.kind === 'reference') {
      const found = depth < MAX_REFERENCE_DEPTH ? lookup(node.target) : undefined
      if (!found) {
        unmapped.push({
          path: node.path,
          line: node.line,
          ...because('reference-missing', { target: node.target.join(', ') }),
        })
        return { kind: 'scalar', value: null, style: 'PLAIN', source: '', path: node.path, line: node.line }
      }
      return resolveReferences(found, depth + 1)
    }
    if (node.kind === 'seq') {
      // A reference to a list inside a list is flattened, as GitLab does for scripts.
      const items: YNode[] = []
      for (const item of node.items) {
        const resolved = resolveReferences(item, depth)
        if (item.kind === 'reference' && resolved.kind === 'seq') items.push(...resolved.items)
        else items.push(resolved)
      }
      return { ...node, items } satisfies YSeq
    }
    if (node.kind === 'map') {
      const resolved = new Map<string, YNode>()
      for (const [key, value] of node.entries) resolved.set(key, resolveReferences(value, depth))
      return { ...node, entries: resolved }
    }
    return node
  }

  const defaults = new Map<string, YNode>()
  for (const key of LEGACY_GLOBAL_DEFAULTS) {
    const value = entries.get(key)
    if (value) defaults.set(key, resolveReferences(value, 0))
  }
  const defaultBlock = entries.get('default')
  if (defaultBlock?.kind === 'map') {
    for (const [key, value] of defaultBlock.entries) {
      if (DEFAULT_KEYS.includes(key)) defaults.set(key, resolveReferences(value, 0))
      else
        unmapped.push({
          path: value.path,
          line: value.line,
          ...because('default-not-inherited', { key }),
        })
    }
  }
  const globalVariables = [...extraVariables, ...readVariables(entries.get('variables'), 'global')]

  const jobs: ResolvedJob[] = []
  // A hidden job no job extends is a template for other files (corpus 15): it is read as a job too.
  const extendedNames = new Set(
    [...rawJobs.values()].flatMap((job) => stringList(job.entries.get('extends'))),
  )
  for (const name of rawJobs.keys()) {
    if (name.startsWith('.') && extendedNames.has(name)) continue
    let definition = resolveReferences(extended.get(name) ?? (rawJobs.get(name) as YMap), 0) as YMap
    const inherit = definition.entries.get('inherit')
    const inheritDefault = inheritList(mapGet(inherit, 'default'))
    const inheritVariables = inheritList(mapGet(inherit, 'variables'))
    const jobEntries = new Map(definition.entries)
    for (const [key, value] of defaults) {
      if (jobEntries.has(key) || !inheritDefault(key)) continue
      jobEntries.set(key, value)
    }
    definition = { ...definition, entries: jobEntries }
    const globals = globalVariables.filter((v) => v.source === 'component-input' || inheritVariables(v.name))
    const own = readVariables(definition.entries.get('variables'), 'job')
    for (const combination of matrixCombinations(definition, unmapped)) {
      const matrixVariables: JobVariable[] = combination
        ? Object.entries(combination.values).map(([variable, value]) => ({
            name: variable,
            value,
            literal: null,
            source: 'matrix' as const,
            path: combination.path,
            line: combination.line,
          }))
        : []
      jobs.push({
        name: combination ? `${name}: [${Object.values(combination.values).join(', ')}]` : name,
        definedAs: name,
        line: rawJobs.get(name)?.line ?? definition.line,
        definition,
        variables: effectiveVariables([globals, own, matrixVariables]),
        matrix: combination ? combination.values : null,
        hidden: name.startsWith('.'),
        extends: stringList(rawJobs.get(name)?.entries.get('extends')),
      })
    }
  }

  const includes = entries.get('include')
  return {
    jobs,
    definedNames: new Set(rawJobs.keys()),
    stages: stringList(entries.get('stages')),
    includes: includes ? (includes.kind === 'seq' ? includes.items : [includes]) : [],
    globalVariables: effectiveVariables([globalVariables]),
  }
}

/** `inherit: default: false | true | [keys]` as a predicate. */
function inheritList(node: YNode | undefined): (key: string) => boolean {
  if (!node) return () => true
  if (node.kind === 'seq') {
    const allowed = new Set(stringList(node))
    return (key) => allowed.has(key)
  }
  return () => scalarText(node) !== 'false'
}

interface Combination {
  readonly values: Record<string, string>
  readonly path: string
  readonly line: number
}

/** `parallel: matrix:` as one combination per job to create; `[null]` for a job without a matrix. */
function matrixCombinations(definition: YMap, unmapped: Unmapped[]): (Combination | null)[] {
  const parallel = definition.entries.get('parallel')
  if (!parallel) return [null]
  const matrix = mapGet(parallel, 'matrix')
  if (!matrix) {
    if (parallel.kind === 'scalar') {
      unmapped.push({
        path: parallel.path,
        line: parallel.line,
        ...because('parallel-count', { count: String(parallel.value) }),
      })
    }
    return [null]
  }
  if (matrix.kind !== 'seq') {
    unmapped.push({ path: matrix.path, line: matrix.line, ...because('matrix-not-list') })
    return [null]
  }
  const combinations: Combination[] = []
  matrix.items.forEach((entry, index) => {
    if (entry.kind !== 'map') {
      unmapped.push({ path: entry.path, line: entry.line, ...because('matrix-entry-not-mapping') })
      return
    }
    let partial: Record<string, string>[] = [{}]
    for (const [variable, values] of entry.entries) {
      const list = stringList(values)
      partial = partial.flatMap((done) => list.map((value) => ({ ...done, [variable]: value })))
    }
    for (const values of partial)
      combinations.push({ values, path: childPath(matrix.path, index), line: entry.line })
  })
  return combinations.length ? combinations : [null]
}
