import { describe, expect, it } from 'vitest'
import { ExtractError, extractPipeline, jobByName } from './extract.ts'

const PIPELINE = `
stages: [build, release]
variables:
  GLOBAL: x
.template:
  script: [echo hidden]
build:
  stage: build
  image:
    name: gcr.io/kaniko-project/executor:v1.24.0-debug
    entrypoint: [""]
  variables:
    http_proxy: http://p:3128
  before_script:
    - mkdir -p /kaniko/.docker
  script:
    - /kaniko/executor
      --context "\${CI_PROJECT_DIR}"
    - - nested
  rules:
    - if: $CI_COMMIT_TAG
      when: manual
  tags: [kaniko]
manifest:
  image: mplatform/manifest-tool:alpine
  script: manifest-tool --version
  needs: [build, {job: other, artifacts: false}]
`

describe('extractPipeline', () => {
  it('returns the visible jobs with their keys, skipping global keywords and hidden jobs', () => {
    const p = extractPipeline(PIPELINE)
    expect(p.stages).toEqual(['build', 'release'])
    expect(p.jobs.map((j) => j.name)).toEqual(['build', 'manifest'])
    const build = jobByName(p, 'build')
    expect(build).toMatchObject({
      stage: 'build',
      image: 'gcr.io/kaniko-project/executor:v1.24.0-debug',
      entrypoint: [''],
      variables: { http_proxy: 'http://p:3128' },
      beforeScript: ['mkdir -p /kaniko/.docker'],
      // YAML folds the plain multi-line scalar into one line; nested lists are flattened like GitLab does.
      script: ['/kaniko/executor --context "${CI_PROJECT_DIR}"', 'nested'],
      rules: [{ if: '$CI_COMMIT_TAG', when: 'manual' }],
      tags: ['kaniko'],
      keys: ['stage', 'image', 'variables', 'before_script', 'script', 'rules', 'tags'],
    })
    const manifest = jobByName(p, 'manifest')
    expect(manifest.image).toBe('mplatform/manifest-tool:alpine')
    expect(manifest.entrypoint).toBeUndefined()
    expect(manifest.script).toEqual(['manifest-tool --version'])
    expect(manifest.needs).toEqual([{ job: 'build' }, { job: 'other', artifacts: false }])
    expect(manifest.rules).toBeUndefined()
  })

  it('reads the rule keys version 2 emits: changes (list or with compare_to), exists, allow_failure', () => {
    const job = jobByName(
      extractPipeline(
        'job:\n  script: [x]\n  rules:\n    - {if: $X, changes: [a], exists: [b], when: manual, allow_failure: true}\n    - changes: {paths: [c], compare_to: refs/heads/main}\n',
      ),
      'job',
    )
    expect(job.rules).toEqual([
      { if: '$X', changes: ['a'], exists: ['b'], when: 'manual', allow_failure: true },
      { changes: { paths: ['c'], compare_to: 'refs/heads/main' } },
    ])
  })

  it('rejects what GitLab would not take or this project never emits', () => {
    expect(() => extractPipeline('a: 1\na: 2\n')).toThrow()
    expect(() => extractPipeline('- a\n')).toThrow(ExtractError)
    expect(() => extractPipeline('job:\n  script: [1]\n')).toThrow(/script\[0\] is not a string/)
    expect(() => extractPipeline('job:\n  script: [x]\n  rules: [{if: $X, variables: {A: b}}]\n')).toThrow(
      /unexpected keys variables/,
    )
    expect(() => jobByName(extractPipeline('job:\n  script: [x]\n'), 'other')).toThrow(/no job "other"/)
  })
})
