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
  when?: 'manual' | 'never'
  allow_failure?: true
}

/**
 * `rules:` of a job; null when the job runs in every pipeline. The manifest job is never manual.
 * Order: "never in schedules" first (GitLab stops at the first match), then one rule per trigger in
 * the order chosen, each limited by the image's `changes` and `exists`.
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
  // Each rule gets its own lists: shared ones would be written as a YAML anchor and aliases.
  const rules: Rule[] = config.job.triggers
    .flatMap((trigger) => conditions(config, trigger))
    .map((condition) => ({ if: condition, ...imageLimits(config), ...outcome }))
  if (rules.length === 0 && (manual || Object.keys(limits).length > 0))
    rules.push({ ...imageLimits(config), ...outcome })
  if (rules.length === 0) return null
  return triggers.schedules === 'never' ? [{ if: SCHEDULE, when: 'never' }, ...rules] : rules
}

function conditions(config: ImageView, trigger: Trigger): string[] {
  const { tagPattern, branches } = config.pipeline.triggers
  if (trigger === 'tag')
    return [tagPattern === '' ? '$CI_COMMIT_TAG' : `$CI_COMMIT_TAG =~ ${asRegex(tagPattern)}`]
  if (trigger === 'named-branches') return branches.map(branchCondition)
  return [CONDITIONS[trigger]]
}

/** `main` → an exact match; `/^release-/` → a pattern. */
function branchCondition(branch: string): string {
  return isRegexLiteral(branch) ? `$CI_COMMIT_BRANCH =~ ${branch}` : `$CI_COMMIT_BRANCH == "${branch}"`
}

function isRegexLiteral(text: string): boolean {
  return /^\/.+\/[a-z]*$/.test(text)
}

/** GitLab's `=~` takes a /regex/ literal; a bare pattern is wrapped, its slashes escaped. */
export function asRegex(pattern: string): string {
  return isRegexLiteral(pattern) ? pattern : `/${pattern.replaceAll('/', '\\/')}/`
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
