import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { bundledGitlabCiSchema, gitlabCiSchemaErrors } from './gitlab-ci-schema.ts'

const job = {
  stage: 'build',
  image: { name: 'gcr.io/kaniko-project/executor:v1.24.0-debug', entrypoint: [''] },
  script: ['/kaniko/executor --context "${CI_PROJECT_DIR}"'],
  rules: [{ if: '$CI_COMMIT_TAG', when: 'manual' }],
  tags: ['kaniko'],
}

describe('GitLab CI schema (bundled in gitlab-ci-local)', () => {
  it('is GitLab’s schema', () => {
    const schema = bundledGitlabCiSchema()
    expect(schema.$id).toBe('https://gitlab.com/.gitlab-ci.yml')
    expect(Object.keys(schema.definitions as object)).toContain('job_template')
  })

  it('accepts a kaniko job and the document’s needs/variables forms', () => {
    expect(gitlabCiSchemaErrors({ stages: ['build'], build: job })).toEqual([])
    expect(
      gitlabCiSchemaErrors(
        parse(
          `build:\n  variables:\n    http_proxy: http://p\n  script: [x]\nm:\n  needs: [build]\n  script: [y]\n`,
        ),
      ),
    ).toEqual([])
  })

  it('rejects what GitLab rejects', () => {
    expect(gitlabCiSchemaErrors({ build: { ...job, image: { name: '' } } }).join('\n')).toMatch(
      /fewer than 1/,
    )
    expect(gitlabCiSchemaErrors({ build: { ...job, scrpt: ['x'] } }).join('\n')).toMatch(
      /additional properties/,
    )
    expect(gitlabCiSchemaErrors({ build: { ...job, rules: [{ if: '$X', when: 'sometimes' }] } })).not.toEqual(
      [],
    )
    expect(gitlabCiSchemaErrors({ build: { ...job, image: { name: 'x', entrypoint: '' } } })).not.toEqual([])
  })
})
