import type { Config, Trigger } from '../config/schema.ts'

const CONDITIONS: Readonly<Record<Trigger, string>> = {
  tag: '$CI_COMMIT_TAG',
  'default-branch': '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
  branch: '$CI_COMMIT_BRANCH',
  'merge-request': '$CI_PIPELINE_SOURCE == "merge_request_event"',
}

export type Rule = { if?: string; when?: 'manual' }

/** `rules:` of a job; null when the job runs in every pipeline. The manifest job is never manual. */
export function jobRules(config: Config, { allowManual }: { allowManual: boolean }): Rule[] | null {
  const manual = allowManual && config.job.manual
  const rules: Rule[] = config.job.triggers.map((trigger) =>
    manual ? { if: CONDITIONS[trigger], when: 'manual' } : { if: CONDITIONS[trigger] },
  )
  if (rules.length === 0 && manual) return [{ when: 'manual' }]
  return rules.length > 0 ? rules : null
}
