import type { ImageView } from '../../config/image-view.ts'
import { OUTPUT_FILE_FIELDS, projectRelativePath } from '../../generate/artifacts.ts'
import { edit } from '../lib/edit.ts'
import { defineRule } from '../types.ts'

/** The job itself: its stage and the files it keeps. */

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
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.output.stagesBlock = true
              }),
          },
        ]
      : [],
})

const FLAG_OF = {
  tarPath: '--tar-path',
  digestFile: '--digest-file',
  imageNameWithDigestFile: '--image-name-with-digest-file',
} as const

/** The file name of a path, when it is plain text (no variable), else null. */
function fileName(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return name === '' || name === '.' || name === '..' || name.includes('$') ? null : name
}

/** An output file outside the project directory is gone with the job: GitLab keeps only artifacts there. */
const outputOutsideProject = defineRule({
  code: 'KC211',
  name: 'output-file-outside-project',
  severity: 'warning',
  check: ({ config }) =>
    OUTPUT_FILE_FIELDS.flatMap((field) => {
      const path = config.advanced[field]
      if (path === '' || projectRelativePath(path) !== null) return []
      const name = fileName(path)
      return [
        {
          fields: [`advanced.${field}`],
          params: { flag: FLAG_OF[field], path, fixed: name ? `\${CI_PROJECT_DIR}/${name}` : '' },
          ...(name
            ? {
                fix: (c: ImageView) =>
                  edit(c, (draft) => {
                    if (draft.advanced[field] === path) draft.advanced[field] = `\${CI_PROJECT_DIR}/${name}`
                  }),
              }
            : {}),
        },
      ]
    }),
})

export const jobRules = [stageNotDeclared, outputOutsideProject]
