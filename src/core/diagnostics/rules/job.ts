import type { Config } from '../../config/schema.ts'
import { edit } from '../lib/edit.ts'
import { defineRule } from '../types.ts'

/** The job itself: its stage. */

/** The stages GitLab has when a file declares none (besides .pre and .post, which jobs cannot use here). */
const DEFAULT_STAGES = ['build', 'test', 'deploy']

const stageNotDeclared = defineRule({
  code: 'KC210',
  name: 'stage-not-declared',
  severity: 'warning',
  check: ({ config }) =>
    !config.output.stagesBlock && !DEFAULT_STAGES.includes(config.job.stage)
      ? [
          {
            fields: ['job.stage', 'output.stagesBlock'],
            params: { stage: config.job.stage },
            fix: (c: Config) =>
              edit(c, (draft) => {
                draft.output.stagesBlock = true
              }),
          },
        ]
      : [],
})

export const jobRules = [stageNotDeclared]
