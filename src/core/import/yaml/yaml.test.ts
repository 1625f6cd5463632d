import { describe, expect, it } from 'vitest'
import { importPipeline } from '../index.ts'
import { wordText } from '../shell/words.ts'
import { importOk, KANIKO_IMAGE } from '../test-support/import.ts'

const destinations = (result: Awaited<ReturnType<typeof importOk>>, job: string): string[] =>
  (result.jobs.find((j) => j.name === job)?.runs ?? []).flatMap((run) => run.destinations.map(wordText))

describe('YAML layer', () => {
  it('answers broken YAML with a line and column, never a throw', async () => {
    const result = await importPipeline('build:\n  image: [a\n  script: x\n')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.line).toBeGreaterThan(0)
      expect(result.error.column).toBeGreaterThan(0)
      expect(result.error.message).not.toBe('')
    }
    const tabs = await importPipeline('a:\n\t- b\n')
    expect(tabs.ok).toBe(false)
  })

  it('follows anchors, aliases and merge keys, keeping the line of the anchored value', async () => {
    const result = await importOk(`
.base: &base${KANIKO_IMAGE}
  script: &script
    - /kaniko/executor --context . --destination reg/a:1
build:
  <<: *base
  stage: deploy
other:
  <<: *base
  script: *script
  stage: test
`)
    const build = result.jobs.find((job) => job.name === 'build')
    expect(build?.stage).toBe('deploy')
    expect(build?.runs[0]?.line).toBe(7)
    expect(destinations(result, 'other')).toEqual(['reg/a:1'])
  })

  it('resolves extends chains with deep-merged hashes and replaced arrays', async () => {
    const result = await importOk(`
.a:${KANIKO_IMAGE}
  variables: { A: "1", B: "1" }
  tags: [one, two]
  script: [/kaniko/executor --context . --destination reg/a:$A$B$C]
.b:
  extends: .a
  variables: { B: "2" }
  tags: [three]
build:
  extends: [.b]
  variables: { C: "3" }
`)
    const build = result.jobs.find((job) => job.name === 'build')
    expect(build?.tags).toEqual(['three'])
    expect(build?.origins.tags).toEqual({ path: '.b.tags', line: 12 })
    expect(build?.origins.image).toMatchObject({ path: '.a.image' })
    expect(Object.fromEntries(build?.variables.map((v) => [v.name, v.literal]) ?? [])).toMatchObject({
      A: '1',
      B: '2',
      C: '3',
    })
    expect(build?.image?.entrypoint).toEqual([''])
  })

  it('reports extends loops and missing parents', async () => {
    const result = await importOk(`
build:
  extends: [.missing, .loop]${KANIKO_IMAGE}
  script: [/kaniko/executor --destination x]
.loop:
  extends: .loop2
.loop2:
  extends: .loop
`)
    const reasons = result.unmapped.map((entry) => entry.reason)
    expect(reasons.some((reason) => reason.includes('extends `.missing`'))).toBe(true)
    expect(reasons.some((reason) => reason.includes('extends loop'))).toBe(true)
  })

  it('resolves !reference in lists (flattened) and reports unknown targets', async () => {
    const result = await importOk(`
.auth:
  before_script:
    - mkdir -p /kaniko/.docker
    - echo '{"auths":{"reg":{"username":"u","password":"$P"}}}' > /kaniko/.docker/config.json
build:${KANIKO_IMAGE}
  before_script:
    - !reference [.auth, before_script]
  script:
    - !reference [.nothing, script]
    - /kaniko/executor --destination reg/x:1
`)
    const build = result.jobs[0]
    expect(build?.auth.map((entry) => entry.host)).toEqual(['reg'])
    expect(result.unmapped.some((entry) => entry.reason.includes('!reference [.nothing, script]'))).toBe(true)
  })

  it('inherits default: keys a job does not set, honouring inherit:', async () => {
    const result = await importOk(`
default:${KANIKO_IMAGE}
  tags: [shared]
  before_script: [echo default]
variables:
  GLOBAL: g
a:
  script: [/kaniko/executor --destination reg/a]
b:
  tags: [own]
  inherit:
    default: [image]
    variables: false
  script: [/kaniko/executor --destination reg/b]
`)
    const [a, b] = result.jobs
    expect(a?.tags).toEqual(['shared'])
    expect(a?.variables.map((v) => v.name)).toEqual(['GLOBAL'])
    expect(b?.tags).toEqual(['own'])
    expect(b?.image?.name).toContain('kaniko-project/executor')
    expect(b?.scripts[0]?.text).not.toContain('echo default')
    expect(b?.variables).toEqual([])
  })

  it('reads variables as strings or {value, description}, expanding literal references', async () => {
    const result = await importOk(`
variables:
  REGISTRY: { value: reg.example, description: where to push }
  IMAGE: $REGISTRY/app
  RAW: { value: "$NOT_EXPANDED", expand: false }
build:${KANIKO_IMAGE}
  variables:
    TAG: $CI_COMMIT_SHA
  script: [/kaniko/executor --destination $IMAGE:$TAG]
`)
    const variables = Object.fromEntries(result.jobs[0]?.variables.map((v) => [v.name, v]) ?? [])
    expect(variables.REGISTRY?.description).toBe('where to push')
    expect(variables.IMAGE?.literal).toBe('reg.example/app')
    expect(variables.RAW?.literal).toBe('$NOT_EXPANDED')
    expect(variables.TAG?.literal).toBeNull()
    expect(variables.TAG?.line).toBe(11)
  })

  it('expands parallel:matrix into one job per combination, with the matrix variables', async () => {
    const result = await importOk(`
build:${KANIKO_IMAGE}
  parallel:
    matrix:
      - TARGET: [a, b]
        ARCH: amd64
      - TARGET: c
  script: [/kaniko/executor --target $TARGET --destination reg/$TARGET]
`)
    expect(result.jobs.map((job) => job.name)).toEqual([
      'build: [a, amd64]',
      'build: [b, amd64]',
      'build: [c]',
    ])
    expect(result.jobs[1]?.matrix).toEqual({ TARGET: 'b', ARCH: 'amd64' })
    expect(result.jobs[1]?.variables.find((v) => v.name === 'TARGET')?.source).toBe('matrix')
  })

  it('keeps component inputs as variables and interpolations as references', async () => {
    const result = await importOk(`spec:
  inputs:
    stage: { default: deploy }
    tag: { default: $CI_COMMIT_SHA }
    tags: { type: array, default: [docker] }
    unused: { default: x }
---
include:
  - local: other.yml
build-$[[ inputs.stage ]]:
  stage: $[[ inputs.stage ]]
  tags: $[[ inputs.tags ]]${KANIKO_IMAGE}
  script:
    - /kaniko/executor --destination "reg/app:$[[ inputs.tag ]]"
`)
    const job = result.jobs[0]
    expect(job?.name).toBe('build-deploy')
    expect(job?.stage).toBe('deploy')
    expect(job?.tags).toEqual(['docker'])
    expect(destinations(result, 'build-deploy')).toEqual(['reg/app:${INPUT_tag}'])
    expect(result.inputs.map((input) => [input.name, input.value])).toContainEqual([
      'INPUT_tag',
      '$CI_COMMIT_SHA',
    ])
    expect(result.unmapped.some((entry) => entry.reason.startsWith('include not followed'))).toBe(true)
    expect(result.findings.map((finding) => finding.code)).toContain('IMP114')
  })

  it('reads a hidden job nothing extends as a template', async () => {
    const result = await importOk(
      `.kaniko:${KANIKO_IMAGE}\n  script: [/kaniko/executor --destination reg/x]\n`,
    )
    expect(result.jobs.map((job) => [job.name, job.hidden])).toEqual([['.kaniko', true]])
  })
})
