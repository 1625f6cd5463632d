import type { ImageView } from '../config/image-view.ts'
import type { Trigger } from '../config/schema.ts'

const SCHEDULE = '$CI_PIPELINE_SOURCE == "schedule"'

const CONDITIONS: Readonly<Record<Exclude<Trigger, 'tag' | 'named-branches'>, string>> = {
  'default-branch': '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
  branch: '$CI_COMMIT_BRANCH',
  'merge-request': '$CI_PIPELINE_SOURCE == "merge_request_event"',
  schedule: SCHEDULE,
  web: '$CI_PIPELINE_SOURCE == "web" || $CI_PIPELINE_SOURCE == "api"',
}

export type Rule = {
  if?: string
  changes?: string[] | { paths: string[]; compare_to: string }
  exists?: string[]
  when?: 'manual' | 'never' | 'on_success'
  allow_failure?: true
}

/**
 * `rules:` of a job; null when the job runs in every pipeline. The manifest job is never manual.
 * Order: "never in schedules" first (GitLab stops at the first match), then one rule per trigger in
 * the order chosen, each limited by the image's `changes` and `exists`. Triggers that name no
 * pipeline at all (named branches without a name) leave a job that never runs, not one that always does.
 */
export function jobRules(config: ImageView, { allowManual }: { allowManual: boolean }): Rule[] | null {
  const { triggers } = config.pipeline
  const manual = allowManual && config.job.manual
  const allowFailure = manual && triggers.manual === 'manual-allow-failure'
  const limits = imageLimits(config)
  const outcome: Rule = {
    ...(manual ? { when: 'manual' as const } : {}),
    ...(allowFailure ? { allow_failure: true as const } : {}),
  }
  const conditionList = config.job.triggers.flatMap((trigger) => conditions(config, trigger))
  if (config.job.triggers.length > 0 && conditionList.length === 0) return [{ when: 'never' }]
  // Each rule gets its own lists: shared ones would be written as a YAML anchor and aliases.
  const rules: Rule[] = conditionList.map((condition) => ({
    if: condition,
    ...imageLimits(config),
    ...outcome,
  }))
  if (rules.length === 0 && (manual || Object.keys(limits).length > 0))
    rules.push({ ...imageLimits(config), ...outcome })
  if (triggers.schedules !== 'never') return rules.length === 0 ? null : rules
  // A rule that always matches after "never in schedules": `when: on_success`, GitLab's default.
  return [
    { if: SCHEDULE, when: 'never' },
    ...(rules.length === 0 ? [{ when: 'on_success' as const }] : rules),
  ]
}

/** The `if:` of tag pipelines (with tags matching the pattern, when there is one). */
export function tagCondition(tagPattern: string): string {
  return tagPattern === '' ? '$CI_COMMIT_TAG' : `$CI_COMMIT_TAG =~ ${asRegex(tagPattern)}`
}

function conditions(config: ImageView, trigger: Trigger): string[] {
  const { tagPattern, branches } = config.pipeline.triggers
  if (trigger === 'tag') return [tagCondition(tagPattern)]
  if (trigger === 'named-branches') return branches.map(branchCondition)
  return [CONDITIONS[trigger]]
}

/** `main` → an exact match; `/^release-/` → a pattern. */
function branchCondition(branch: string): string {
  return isRegexLiteral(branch)
    ? `$CI_COMMIT_BRANCH =~ ${asRegex(branch)}`
    : `$CI_COMMIT_BRANCH == "${branch}"`
}

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/

function isRegexLiteral(text: string): boolean {
  return REGEX_LITERAL.test(text)
}

/**
 * GitLab's `=~` takes a /regex/ literal whose slashes inside are escaped (its lexer ends the literal
 * at the first bare `/`, and refuses a `\` right before the closing one). A bare pattern is wrapped;
 * in both, every unescaped `/` gets its backslash (an escaped one keeps it), and a pattern ending in
 * `\` (an escaped backslash) gets an empty group after it.
 */
export function asRegex(pattern: string): string {
  const match = REGEX_LITERAL.exec(pattern)
  const body = match ? (match[1] ?? '') : pattern
  const flags = match ? (match[2] ?? '') : ''
  let escaped = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\') {
      escaped += body.slice(i, i + 2)
      i++
    } else escaped += c === '/' ? '\\/' : c
  }
  return `/${escaped.endsWith('\\') ? `${escaped}(?:)` : escaped}/${flags}`
}

function imageLimits(config: ImageView): Pick<Rule, 'changes' | 'exists'> {
  const { changes, changesCompareTo, exists } = config.image
  return {
    ...(changes.length === 0
      ? {}
      : {
          changes:
            changesCompareTo === '' ? [...changes] : { paths: [...changes], compare_to: changesCompareTo },
        }),
    ...(exists.length === 0 ? {} : { exists: [...exists] }),
  }
}
