import { describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../core/config/parse.ts'
import { ciVariables } from './ci-env.ts'
import {
  expandMatrixEntry,
  layoutProblems,
  resolvedJobs,
  resolveWithGitlabCiLocal,
} from './layout-equivalence.ts'

const JOBS = `stages: [build]
app:
  stage: build
  image: { name: gcr.io/kaniko-project/executor:debug, entrypoint: [""] }
  before_script:
    - echo '{"auths":{}}' > /kaniko/.docker/config.json
  script:
    - /kaniko/executor --context "\${CI_PROJECT_DIR}/app" --destination "\${CI_REGISTRY_IMAGE}/app:1"
  tags: [a]
api:
  stage: build
  image: { name: gcr.io/kaniko-project/executor:debug, entrypoint: [""] }
  before_script:
    - echo '{"auths":{}}' > /kaniko/.docker/config.json
  script:
    - /kaniko/executor --context "\${CI_PROJECT_DIR}/api" --destination "\${CI_REGISTRY_IMAGE}/api:1"
  tags: [a]
after:
  stage: build
  script: [/kaniko/executor done]
  needs: [api]
`

const TEMPLATE = `stages: [build]
.t:
  stage: build
  image: { name: gcr.io/kaniko-project/executor:debug, entrypoint: [""] }
  before_script:
    - echo '{"auths":{}}' > /kaniko/.docker/config.json
  tags: [a]
`

const EXTENDS = `${TEMPLATE}app:
  extends: .t
  script:
    - /kaniko/executor --context "\${CI_PROJECT_DIR}/app" --destination "\${CI_REGISTRY_IMAGE}/app:1"
api:
  extends: .t
  script:
    - /kaniko/executor --context "\${CI_PROJECT_DIR}/api" --destination "\${CI_REGISTRY_IMAGE}/api:1"
after:
  stage: build
  script: [/kaniko/executor done]
  needs: [api]
`

const matrix = (apiContext: string, neededImage: string) => `${TEMPLATE}k:
  extends: .t
  script:
    - /kaniko/executor --context "\${KC_CONTEXT}" --destination "\${CI_REGISTRY_IMAGE}/\${KC_IMAGE}:1"
  parallel:
    matrix:
      - { KC_IMAGE: app, KC_CONTEXT: "\${CI_PROJECT_DIR}/app" }
      - { KC_IMAGE: api, KC_CONTEXT: "${apiContext}" }
after:
  stage: build
  script: [/kaniko/executor done]
  needs:
    - job: k
      parallel: { matrix: [{ KC_IMAGE: ${neededImage} }] }
`

describe('layout equivalence', () => {
  it('expands a matrix entry as GitLab does (one job per combination, in key order)', () => {
    expect(expandMatrixEntry({ A: ['1', '2'], B: 'x', C: ['y', 'z'] })).toEqual([
      { A: '1', B: 'x', C: 'y' },
      { A: '1', B: 'x', C: 'z' },
      { A: '2', B: 'x', C: 'y' },
      { A: '2', B: 'x', C: 'z' },
    ])
    const jobs = resolvedJobs({
      stages: ['build'],
      '.hidden': {},
      k: { parallel: { matrix: [{ V: ['a', 'b'] }] } },
    })
    expect(jobs.map((j) => [j.name, j.baseName, j.variables])).toEqual([
      ['k: [a]', 'k', { V: 'a' }],
      ['k: [b]', 'k', { V: 'b' }],
    ])
  })

  it('accepts equivalent layouts and catches every kind of difference', async () => {
    const broken = {
      'template without before_script': EXTENDS.replace(/ {2}before_script:\n.*\n/, ''),
      'job with other tags': EXTENDS.replace('api:\n  extends: .t\n', 'api:\n  extends: .t\n  tags: [b]\n'),
      'matrix value wrong': matrix('${CI_PROJECT_DIR}/apx', 'api'),
      'needs on the wrong cell': matrix('${CI_PROJECT_DIR}/api', 'app'),
    }
    const yamls = [JOBS, EXTENDS, matrix('${CI_PROJECT_DIR}/api', 'api'), ...Object.values(broken)]
    const [jobs, ...others] = await resolveWithGitlabCiLocal(yamls)
    if (typeof jobs === 'string' || jobs === undefined) throw new Error(String(jobs))
    const variables = ciVariables(parseConfigOrThrow({ version: 2 }))
    const problems = others.map((other) => {
      if (typeof other === 'string' || other === undefined) return [String(other)]
      return layoutProblems(jobs, other, variables).problems
    })
    expect(problems.slice(0, 2)).toEqual([[], []])
    const [noBeforeScript, noTags, wrongValue, wrongNeeds] = problems.slice(2)
    expect(noBeforeScript?.join('\n')).toMatch(/job "app" \("app"\) settings|files: expected/)
    expect(noTags?.join('\n')).toMatch(/job "api" \("api"\) settings/)
    expect(wrongValue?.join('\n')).toMatch(/job "k: \[api, .*apx\]" \("api"\) invocations/)
    expect(wrongNeeds?.join('\n')).toMatch(/job "after" \("after"\) needs: expected \["api"\], got \["app"\]/)
  }, 120_000)
})
