import { describe, expect, it } from 'vitest'
import type { Config } from '../config/schema.ts'
import { diagnose } from '../diagnostics/index.ts'
import { importOk, KANIKO_IMAGE } from './test-support/import.ts'

/** Lines of the import report that were wrong or confusing on the corpus (issue 12, item 4). */
describe('the import report says what is true', () => {
  it('allow_failure: false on a job that is not manual is GitLab default: nothing to report', async () => {
    const result = await importOk(`build:${KANIKO_IMAGE}
  allow_failure: false
  script: [/kaniko/executor --context . --destination reg.example.com/a:1]
`)
    expect(result.unmapped.filter((entry) => entry.code === 'allow-failure')).toEqual([])
    const allowed = await importOk(`build:${KANIKO_IMAGE}
  allow_failure: true
  script: [/kaniko/executor --context . --destination reg.example.com/a:1]
`)
    expect(allowed.unmapped.map((entry) => entry.reason)).toContain('allow_failure: true is not reproduced')
  })

  it('a retag job without rules is said to run in every pipeline, not to have rules', async () => {
    const result = await importOk(`build:${KANIKO_IMAGE}
  script: [/kaniko/executor --context . --destination reg.example.com/a:1]
publish:
  image: { name: "gcr.io/go-containerregistry/crane:debug", entrypoint: [""] }
  script: [crane tag reg.example.com/a:1 v1]
`)
    const reasons = result.unmapped.filter((entry) => entry.path === 'publish').map((entry) => entry.reason)
    expect(reasons).toEqual([
      '`publish` runs in every pipeline (no rules): the release job runs in tag pipelines only',
    ])
  })

  it('names the pipelines a merged job ran in with words, not JSON', async () => {
    const job = (name: string, only: string, tag: string) => `${name}:${KANIKO_IMAGE}
  only: [${only}]
  script: [/kaniko/executor --context . --destination reg.example.com/a:${tag}]
`
    const result = await importOk(
      job('build', 'branches', '$CI_COMMIT_SHORT_SHA') + job('build-master', 'master', 'latest'),
    )
    expect(result.changed.filter((entry) => entry.code === 'destinations-when').map((e) => e.reason)).toEqual(
      [
        '`build` runs in branch pipelines: its destinations are pushed when `not-tag`',
        '`build-master` runs in `master` pipelines: its destinations are pushed when `default-branch`',
      ],
    )
  })

  it("the generator's own proxy build args (lower case, by reference, with no_proxy) are not a change", async () => {
    const job = (args: string) => `build:${KANIKO_IMAGE}
  variables:
    http_proxy: http://proxy.example.com:3128
    no_proxy: localhost
  script:
    - /kaniko/executor --context . ${args} --destination reg.example.com/a:1
`
    const same = await importOk(
      job('--build-arg "http_proxy=${http_proxy}" --build-arg "no_proxy=${no_proxy}"'),
    )
    expect(same.changed.filter((entry) => entry.code === 'proxy-build-arg')).toEqual([])
    // Upper case, or without the no_proxy the job has: the regenerated job differs, and says so.
    const upper = await importOk(job('--build-arg "HTTP_PROXY=${http_proxy}"'))
    expect(upper.changed.map((entry) => entry.code)).toContain('proxy-build-arg')
    const noNoProxy = await importOk(job('--build-arg "http_proxy=${http_proxy}"'))
    expect(noNoProxy.changed.map((entry) => entry.code)).toContain('proxy-build-arg')
  })

  it('the GitLab registry entry is kept as written; KC353 offers to leave it to kaniko', async () => {
    const entry = (host: string) =>
      `"{\\"auths\\":{\\"${host}\\":{\\"username\\":\\"$U\\",\\"password\\":\\"$P\\"}}}"`
    const job = (hosts: string[]) => `build:${KANIKO_IMAGE}
  script:
${hosts.map((host) => `    - echo ${entry(host)} >> /kaniko/.docker/config.json`).join('\n')}
    - /kaniko/executor --context . --destination reg.example.com/a:1
`
    const alone = await importOk(job(['$CI_REGISTRY']))
    expect(alone.config?.registries.gitlabAuth).toBe('config-json')
    expect(alone.changed.filter((e) => /auth|gitlab|registr/.test(e.code))).toEqual([])
    expect(diagnose(alone.config as Config).map((f) => f.code)).toContain('KC353')
    // Beside another registry `auto` writes it too: the simpler config, and no tip.
    const beside = await importOk(job(['$CI_REGISTRY', 'reg.example.com']))
    expect(beside.config?.registries.gitlabAuth).toBe('auto')
    expect(beside.config?.registries.extra.map((r) => r.host)).toEqual(['reg.example.com'])
    expect(diagnose(beside.config as Config).map((f) => f.code)).not.toContain('KC353')
  })
})
