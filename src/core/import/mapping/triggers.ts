import type { DestinationWhen, Triggers } from '../../config/schema.ts'
import type { ImportedJob } from '../job.ts'
import { because } from '../reasons.ts'
import type { Origin } from '../types.ts'
import type { Notes } from './values.ts'

/** When a job runs, in the config's terms, plus the path filters its rules carry. */
export interface JobTriggers {
  readonly triggers: Omit<Triggers, 'on' | 'branches'> & { on: Triggers['on']; branches: string[] }
  readonly changes: string[]
  readonly changesCompareTo: string
  readonly exists: string[]
  /** Branch names an `except:` leaves out (`except: [master]`), for a destination's `when`. */
  readonly exceptBranches: string[]
}

type Trigger = Triggers['on'][number]

const quoted = (text: string) => text.replace(/^["']|["']$/g, '')
const BRANCH = ['$CI_COMMIT_BRANCH', '$CI_COMMIT_REF_NAME', '${CI_COMMIT_BRANCH}', '${CI_COMMIT_REF_NAME}']
const DEFAULT = ['$CI_DEFAULT_BRANCH', '${CI_DEFAULT_BRANCH}']
const TAG = ['$CI_COMMIT_TAG', '${CI_COMMIT_TAG}']

/** One `if:` expression → the pipelines it selects, or null when it is not one the config knows. */
export function readCondition(
  expression: string,
): { trigger: Trigger; tagPattern?: string; branch?: string; withApi?: boolean } | null {
  const text = expression.trim().replace(/\s+/g, ' ')
  const [left = '', op = '', ...rest] = text.split(' ')
  const right = rest.join(' ')
  if (TAG.includes(text) || (TAG.includes(left) && op === '!=' && ['null', '""', "''"].includes(right)))
    return { trigger: 'tag' }
  if (TAG.includes(left) && op === '=~' && right.startsWith('/')) return { trigger: 'tag', tagPattern: right }
  if (BRANCH.slice(0, 1).includes(text) || text === '${CI_COMMIT_BRANCH}') return { trigger: 'branch' }
  if (
    op === '==' &&
    ((BRANCH.includes(left) && DEFAULT.includes(right)) || (DEFAULT.includes(left) && BRANCH.includes(right)))
  )
    return { trigger: 'default-branch' }
  if (BRANCH.includes(left) && op === '==' && /^["'][^"']+["']$/.test(right))
    return { trigger: 'named-branches', branch: quoted(right) }
  if (BRANCH.includes(left) && op === '=~' && right.startsWith('/'))
    return { trigger: 'named-branches', branch: right }
  if (['$CI_MERGE_REQUEST_IID', '$CI_MERGE_REQUEST_ID'].includes(text)) return { trigger: 'merge-request' }
  // The config's web trigger as the generator writes it: web and API pipelines.
  if (/^\$CI_PIPELINE_SOURCE == (["'])web\1 \|\| \$CI_PIPELINE_SOURCE == (["'])api\2$/.test(text))
    return { trigger: 'web', withApi: true }
  if (left === '$CI_PIPELINE_SOURCE' && op === '==') {
    const source = quoted(right)
    if (source === 'merge_request_event') return { trigger: 'merge-request' }
    if (source === 'schedule') return { trigger: 'schedule' }
    if (source === 'web') return { trigger: 'web' }
  }
  return null
}

const ONLY_REFS: Readonly<Record<string, Trigger>> = {
  tags: 'tag',
  branches: 'branch',
  merge_requests: 'merge-request',
  schedules: 'schedule',
  web: 'web',
}

export function mapTriggers(job: ImportedJob, notes: Notes): JobTriggers {
  const on: Trigger[] = []
  const add = (trigger: Trigger) => {
    if (!on.includes(trigger)) on.push(trigger)
  }
  const result: JobTriggers = {
    triggers: { on, tagPattern: '', branches: [], schedules: 'inherit', manual: 'off' },
    changes: [],
    changesCompareTo: '',
    exists: [],
    exceptBranches: [],
  }
  const origin = (key: string): Origin => job.origins[key] ?? job
  const { rules, only, except } = job.triggers
  let everyPipeline = false

  if (rules) {
    rules.forEach((rule, index) => {
      const at = { ...origin('rules'), path: `${origin('rules').path}[${index}]` }
      const when = typeof rule.when === 'string' ? rule.when : 'on_success'
      const condition = typeof rule.if === 'string' ? readCondition(rule.if) : null
      for (const key of Object.keys(rule)) {
        if (!['if', 'when', 'changes', 'exists', 'allow_failure'].includes(key))
          notes.notMapped(at, because('rule-key', { index, key }))
      }
      if (when === 'never') {
        if (condition?.trigger === 'schedule') result.triggers.schedules = 'never'
        else notes.notMapped(at, because('rule-never', { condition: rule.if ? String(rule.if) : '' }))
        return
      }
      if (when === 'manual') {
        result.triggers.manual = rule.allow_failure === true ? 'manual-allow-failure' : 'manual'
      } else if (when !== 'on_success' && when !== 'always') {
        notes.notMapped(at, because('rule-when', { index, when: String(when) }))
      }
      readPaths(rule, result, at, notes)
      if (rule.if === undefined) {
        everyPipeline = true
        return
      }
      if (!condition) {
        notes.notMapped(at, because('rule-if-unknown', { index, condition: String(rule.if) }))
        return
      }
      add(condition.trigger)
      if (condition.trigger === 'web' && !condition.withApi) notes.change(at, because('web-as-api'))
      if (condition.tagPattern) result.triggers.tagPattern = condition.tagPattern
      if (condition.branch && !result.triggers.branches.includes(condition.branch))
        result.triggers.branches.push(condition.branch)
    })
  } else if (only || except) {
    const refs = only ? only.refs : ['branches', 'tags']
    for (const ref of refs) {
      const trigger = ONLY_REFS[ref]
      if (trigger) add(trigger)
      else if (/^[\w./-]+$/.test(ref) || ref.startsWith('/')) {
        add('named-branches')
        result.triggers.branches.push(ref)
      } else notes.notMapped(origin('only'), because('only-ref-unknown', { ref }))
    }
    if (only?.changes.length) addNew(result.changes, only.changes)
    if (only?.variables.length)
      notes.notMapped(origin('only'), because('only-variables', { variables: only.variables.join(', ') }))
    if (only?.kubernetes) notes.notMapped(origin('only'), because('only-kubernetes'))
    for (const ref of except?.refs ?? []) {
      const trigger = ONLY_REFS[ref]
      if (trigger === 'schedule') result.triggers.schedules = 'never'
      else if (trigger && on.includes(trigger)) on.splice(on.indexOf(trigger), 1)
      else if (/^[\w./-]+$/.test(ref) && on.includes('branch')) result.exceptBranches.push(ref)
      else notes.notMapped(origin('except'), because('except-ref', { ref }))
    }
    if (except && (except.variables.length || except.changes.length || except.kubernetes))
      notes.notMapped(origin('except'), because('except-other'))
    if (result.exceptBranches.length)
      notes.notMapped(
        origin('except'),
        because('except-branches', { branches: result.exceptBranches.join(', ') }),
      )
  } else {
    everyPipeline = true
  }
  if (everyPipeline) on.length = 0
  if (on.includes('named-branches') && result.triggers.branches.length === 0)
    on.splice(on.indexOf('named-branches'), 1)

  if (job.when === 'manual') {
    // A job-level `when: manual` may fail without failing the pipeline unless allow_failure says otherwise.
    result.triggers.manual = job.allowFailure === false ? 'manual' : 'manual-allow-failure'
  } else if (job.when && job.when !== 'on_success' && job.when !== 'always') {
    notes.notMapped(origin('when'), because('job-when', { when: String(job.when) }))
  }
  // `false` is GitLab's default for a job that is not manual: the regenerated job behaves the same.
  const manual = job.when === 'manual' || rules?.some((r) => r.when === 'manual')
  if (job.allowFailure !== null && job.allowFailure !== false && !manual)
    notes.notMapped(
      origin('allow_failure'),
      because('allow-failure', { value: JSON.stringify(job.allowFailure) }),
    )
  return result
}

/**
 * A rule's `changes`/`exists` paths. The generator writes an image's list on every rule of its job
 * (each rule is OR-ed, so each carries the filter): read as one list per job, without repeats.
 */
function readPaths(
  rule: Readonly<Record<string, unknown>>,
  result: JobTriggers,
  at: Origin,
  notes: Notes,
): void {
  const changes = rule.changes
  if (Array.isArray(changes)) addNew(result.changes, changes.map(String))
  else if (changes && typeof changes === 'object') {
    const { paths, compare_to: compareTo } = changes as { paths?: unknown; compare_to?: unknown }
    if (Array.isArray(paths)) addNew(result.changes, paths.map(String))
    if (typeof compareTo === 'string') (result as { changesCompareTo: string }).changesCompareTo = compareTo
  }
  const exists = rule.exists
  if (Array.isArray(exists)) addNew(result.exists, exists.map(String))
  else if (exists && typeof exists === 'object') {
    const paths = (exists as { paths?: unknown }).paths
    if (Array.isArray(paths)) addNew(result.exists, paths.map(String))
    if (Object.keys(exists).some((k) => k !== 'paths')) notes.notMapped(at, because('exists-project'))
  }
}

function addNew(list: string[], paths: readonly string[]): void {
  for (const path of paths) if (!list.includes(path)) list.push(path)
}

/** The destination `when` a job's triggers amount to, when a job builds the same image as others. */
export function destinationWhen(job: JobTriggers): { when: DestinationWhen; approximate: boolean } | null {
  const { on, branches, tagPattern } = job.triggers
  const only = on.length === 1 ? on[0] : undefined
  if (on.length === 0) return { when: 'always', approximate: false }
  if (only === 'tag') return { when: 'tag', approximate: tagPattern !== '' }
  if (only === 'default-branch') return { when: 'default-branch', approximate: false }
  if (only === 'merge-request') return { when: 'merge-request', approximate: false }
  if (only === 'named-branches' && branches.length === 1 && ['main', 'master'].includes(branches[0] ?? ''))
    return { when: 'default-branch', approximate: true }
  if (only === 'branch')
    return job.exceptBranches.some((b) => b === 'main' || b === 'master')
      ? { when: 'other-branches', approximate: true }
      : { when: 'not-tag', approximate: true }
  return null
}

/** The pipelines a set of destination `when`s needs the job to run in. */
export function triggersForWhens(whens: readonly DestinationWhen[]): Trigger[] {
  if (whens.includes('always')) return []
  const on = new Set<Trigger>()
  for (const when of whens) {
    if (when === 'tag') on.add('tag')
    if (when === 'default-branch') on.add('default-branch')
    if (when === 'other-branches') on.add('branch')
    if (when === 'not-tag') {
      on.add('branch')
      on.add('merge-request')
    }
    if (when === 'merge-request') on.add('merge-request')
  }
  if (on.has('branch')) on.delete('default-branch')
  return [...on]
}
