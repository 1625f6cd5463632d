import { parse } from 'yaml'

/**
 * Reads a `.gitlab-ci.yml` the way the proof tests need it: the jobs only, with the keys this project
 * emits, strictly typed. Global keywords (`stages`, `variables`, `default`, …) and hidden jobs (`.name`)
 * are skipped, as GitLab does.
 */

export interface ExtractedRule {
  readonly if?: string
  readonly when?: string
  readonly changes?: readonly string[] | { readonly paths: readonly string[]; readonly compare_to: string }
  readonly exists?: readonly string[]
  readonly allow_failure?: boolean
}

export interface ExtractedNeed {
  readonly job: string
  readonly artifacts?: boolean
}

export interface ExtractedJob {
  readonly name: string
  readonly stage: string | undefined
  /** `image:` as a string, or `image.name`. */
  readonly image: string | undefined
  /** `image.entrypoint`, when given. */
  readonly entrypoint: readonly string[] | undefined
  readonly variables: Readonly<Record<string, string>>
  readonly beforeScript: readonly string[]
  readonly script: readonly string[]
  readonly needs: readonly ExtractedNeed[] | undefined
  readonly rules: readonly ExtractedRule[] | undefined
  readonly tags: readonly string[]
  /** `artifacts:` (`paths`, `expire_in`), when given. */
  readonly artifacts: ExtractedArtifacts | undefined
  /** The keys of the job in document order (the contract fixes their order). */
  readonly keys: readonly string[]
}

export interface ExtractedArtifacts {
  readonly paths: readonly string[]
  readonly expireIn: string | undefined
}

export interface ExtractedPipeline {
  /** The parsed document, untouched. */
  readonly document: Record<string, unknown>
  readonly stages: readonly string[] | undefined
  readonly jobs: readonly ExtractedJob[]
}

/** Top-level keys that are not jobs (GitLab's global keywords). */
export const GLOBAL_KEYWORDS: ReadonlySet<string> = new Set([
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
  'pages:deploy',
])

export class ExtractError extends Error {
  override name = 'ExtractError'
}

/** Parses the YAML (a multi-document file is an error) and returns its visible jobs in document order. */
export function extractPipeline(yamlText: string): ExtractedPipeline {
  const document: unknown = parse(yamlText, { uniqueKeys: true, strict: true, prettyErrors: true })
  if (!isRecord(document)) throw new ExtractError('the pipeline is not a YAML mapping')
  const stages = document.stages === undefined ? undefined : stringList(document.stages, 'stages')
  const jobs: ExtractedJob[] = []
  for (const [name, value] of Object.entries(document)) {
    if (GLOBAL_KEYWORDS.has(name) || name.startsWith('.')) continue
    jobs.push(extractJob(name, value))
  }
  return { document, stages, jobs }
}

/** The job named `name`; throws when it is missing, so a test failure names it. */
export function jobByName(pipeline: ExtractedPipeline, name: string): ExtractedJob {
  const job = pipeline.jobs.find((j) => j.name === name)
  if (!job) {
    throw new ExtractError(`no job ${JSON.stringify(name)} in ${pipeline.jobs.map((j) => j.name).join(', ')}`)
  }
  return job
}

function extractJob(name: string, value: unknown): ExtractedJob {
  const where = `job ${JSON.stringify(name)}`
  if (!isRecord(value)) throw new ExtractError(`${where} is not a mapping`)
  const image = value.image
  let imageName: string | undefined
  let entrypoint: string[] | undefined
  if (typeof image === 'string') imageName = image
  else if (isRecord(image)) {
    imageName = optionalString(image.name, `${where}.image.name`)
    if (image.entrypoint !== undefined) entrypoint = stringList(image.entrypoint, `${where}.image.entrypoint`)
  } else if (image !== undefined) throw new ExtractError(`${where}.image is neither a string nor a mapping`)

  return {
    name,
    stage: optionalString(value.stage, `${where}.stage`),
    image: imageName,
    entrypoint,
    variables: variables(value.variables, `${where}.variables`),
    beforeScript: scriptList(value.before_script, `${where}.before_script`),
    script: scriptList(value.script, `${where}.script`),
    needs: value.needs === undefined ? undefined : needs(value.needs, `${where}.needs`),
    rules: value.rules === undefined ? undefined : rules(value.rules, `${where}.rules`),
    tags: value.tags === undefined ? [] : stringList(value.tags, `${where}.tags`),
    artifacts: value.artifacts === undefined ? undefined : artifacts(value.artifacts, `${where}.artifacts`),
    keys: Object.keys(value),
  }
}

/** GitLab accepts a string or a (nested) list of strings for scripts; nested lists are flattened. */
function scriptList(value: unknown, where: string): string[] {
  if (value === undefined) return []
  if (typeof value === 'string') return [value]
  if (!Array.isArray(value)) throw new ExtractError(`${where} is not a list`)
  return value.flatMap((item, i) => {
    if (typeof item === 'string') return [item]
    if (Array.isArray(item)) return scriptList(item, `${where}[${i}]`)
    throw new ExtractError(`${where}[${i}] is not a string`)
  })
}

function variables(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {}
  if (!isRecord(value)) throw new ExtractError(`${where} is not a mapping`)
  const out: Record<string, string> = {}
  for (const [key, v] of Object.entries(value)) {
    // GitLab also accepts numbers and {value, description}; this project emits strings only.
    if (typeof v === 'string') out[key] = v
    else if (isRecord(v) && typeof v.value === 'string') out[key] = v.value
    else throw new ExtractError(`${where}.${key} is not a string`)
  }
  return out
}

function needs(value: unknown, where: string): ExtractedNeed[] {
  if (!Array.isArray(value)) throw new ExtractError(`${where} is not a list`)
  return value.map((item, i) => {
    if (typeof item === 'string') return { job: item }
    if (isRecord(item) && typeof item.job === 'string') {
      return typeof item.artifacts === 'boolean'
        ? { job: item.job, artifacts: item.artifacts }
        : { job: item.job }
    }
    throw new ExtractError(`${where}[${i}] is neither a job name nor {job: …}`)
  })
}

function artifacts(value: unknown, where: string): ExtractedArtifacts {
  if (!isRecord(value)) throw new ExtractError(`${where} is not a mapping`)
  const extra = Object.keys(value).filter((k) => k !== 'paths' && k !== 'expire_in')
  if (extra.length > 0) throw new ExtractError(`${where} has unexpected keys ${extra.join(', ')}`)
  return {
    paths: stringList(value.paths, `${where}.paths`),
    expireIn: optionalString(value.expire_in, `${where}.expire_in`),
  }
}

function rules(value: unknown, where: string): ExtractedRule[] {
  if (!Array.isArray(value)) throw new ExtractError(`${where} is not a list`)
  return value.map((item, i) => {
    if (!isRecord(item)) throw new ExtractError(`${where}[${i}] is not a mapping`)
    const rule: {
      if?: string
      when?: string
      changes?: ExtractedRule['changes']
      exists?: string[]
      allow_failure?: boolean
    } = {}
    const at = `${where}[${i}]`
    if (item.if !== undefined) rule.if = optionalString(item.if, `${at}.if`)
    if (item.changes !== undefined) rule.changes = changes(item.changes, `${at}.changes`)
    if (item.exists !== undefined) rule.exists = stringList(item.exists, `${at}.exists`)
    if (item.when !== undefined) rule.when = optionalString(item.when, `${at}.when`)
    if (item.allow_failure !== undefined) {
      if (typeof item.allow_failure !== 'boolean')
        throw new ExtractError(`${at}.allow_failure is not a boolean`)
      rule.allow_failure = item.allow_failure
    }
    const known = ['if', 'changes', 'exists', 'when', 'allow_failure']
    const extra = Object.keys(item).filter((k) => !known.includes(k))
    if (extra.length > 0) throw new ExtractError(`${where}[${i}] has unexpected keys ${extra.join(', ')}`)
    return rule
  })
}

/** `changes:` as a list of paths, or `{paths, compare_to}`. */
function changes(value: unknown, where: string): NonNullable<ExtractedRule['changes']> {
  if (Array.isArray(value)) return stringList(value, where)
  if (!isRecord(value)) throw new ExtractError(`${where} is neither a list nor a mapping`)
  const extra = Object.keys(value).filter((k) => k !== 'paths' && k !== 'compare_to')
  if (extra.length > 0) throw new ExtractError(`${where} has unexpected keys ${extra.join(', ')}`)
  const compareTo = optionalString(value.compare_to, `${where}.compare_to`)
  if (compareTo === undefined) throw new ExtractError(`${where}.compare_to is missing`)
  return { paths: stringList(value.paths, `${where}.paths`), compare_to: compareTo }
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new ExtractError(`${where} is not a list of strings`)
  }
  return value as string[]
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new ExtractError(`${where} is not a string`)
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
