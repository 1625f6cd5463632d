import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  gitlabCiLocalProblems,
  gitlabCiLocalVersion,
  validatePipeline,
  validatePipelines,
} from './gitlab-ci-local.ts'

const VALID = `build:
  stage: build
  image:
    name: gcr.io/kaniko-project/executor:v1.24.0-debug
    entrypoint: [""]
  script:
    - /kaniko/executor --context "\${CI_PROJECT_DIR}"
  rules:
    - if: $CI_COMMIT_TAG
`

describe('gitlab-ci-local', () => {
  it('is the pinned 4.73.0 (later versions crash on Node 20)', () => {
    expect(gitlabCiLocalVersion()).toBe('4.73.0')
  })

  it('accepts a valid pipeline and evaluates its rules', async () => {
    const result = await validatePipeline(VALID, { variables: { CI_COMMIT_TAG: 'v1' } })
    expect(result).toMatchObject({ ok: true, jobs: [{ name: 'build', stage: 'build', when: 'on_success' }] })
    const untagged = await validatePipeline(VALID)
    expect(untagged).toMatchObject({ ok: true, jobs: [{ name: 'build', when: 'never' }] })
  })

  it('unsets predefined variables and evaluates exists and changes in a git repository', async () => {
    const yaml = `exists:\n  script: [x]\n  rules:\n    - exists: ["docs/*.md"]\nchanges:\n  script: [x]\n  rules:\n    - changes: ["app/**/*"]\nno-branch:\n  script: [x]\n  rules:\n    - if: $CI_COMMIT_BRANCH == null\n`
    const run = (changed: string[]) =>
      validatePipeline(yaml, {
        unset: ['CI_COMMIT_BRANCH'],
        project: { files: ['docs/a.md', 'app/x/main.go', 'lib/y.go'], changed },
      })
    const whens = (result: Awaited<ReturnType<typeof run>>) =>
      result.ok ? Object.fromEntries(result.jobs.map((j) => [j.name, j.when])) : result.error
    expect(whens(await run(['app/x/main.go']))).toEqual({
      exists: 'on_success',
      changes: 'on_success',
      'no-branch': 'on_success',
    })
    // Outside a repository `changes` cannot be diffed: it is taken as true (was: git diff failed the run).
    expect(whens(await validatePipeline(yaml, { unset: ['CI_COMMIT_BRANCH'] }))).toMatchObject({
      changes: 'on_success',
    })
    expect(whens(await run(['lib/y.go']))).toEqual({
      exists: 'on_success',
      changes: 'never',
      'no-branch': 'on_success',
    })
  })

  it('previews the pipeline as it read it', async () => {
    const result = await validatePipeline(VALID, { mode: 'preview' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const preview = parse(result.preview ?? '') as Record<string, { script: string[]; image: unknown }>
    expect(preview.build?.script).toEqual(['/kaniko/executor --context "${CI_PROJECT_DIR}"'])
    expect(preview.build?.image).toEqual({
      name: 'gcr.io/kaniko-project/executor:v1.24.0-debug',
      entrypoint: [''],
    })
  })

  it('rejects schema violations, unknown needs and unknown stages with GitLab’s reasons', async () => {
    const [typo, needs, stage] = await validatePipelines([
      VALID.replace('  rules:', '  rulez:'),
      `${VALID}manifest:\n  stage: build\n  script: [x]\n  needs: [build-amd64]\n`,
      VALID.replace('stage: build', 'stage: publish'),
    ])
    expect(typo).toMatchObject({
      ok: false,
      error: expect.stringMatching(/'rulez' property is not expected/),
    })
    expect(needs).toMatchObject({
      ok: false,
      error: expect.stringMatching(/needs: \[build-amd64\] for manifest could not be found/),
    })
    expect(stage).toMatchObject({ ok: false, error: expect.stringMatching(/stage:publish not found/) })
    // The git fallback warnings outside a repository are not part of the reason.
    expect(typo?.ok === false && typo.error).not.toMatch(/not a git repository|git config/)
  })

  it('writes nothing into the working directory', async () => {
    const before = fs.readdirSync(process.cwd()).sort()
    const tmpBefore = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('kanikoconfig-gcl-')).length
    await validatePipeline(VALID)
    expect(fs.readdirSync(process.cwd()).sort()).toEqual(before)
    expect(fs.existsSync(path.join(process.cwd(), '.gitlab-ci-local'))).toBe(false)
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('kanikoconfig-gcl-')).length).toBe(
      tmpBefore,
    )
  })

  it('lists rejected pipelines and nothing for one both YAML readers agree on', async () => {
    const problems = await gitlabCiLocalProblems([
      { label: 'valid', yaml: VALID },
      { label: 'typo', yaml: VALID.replace('script:', 'scrpt:') },
    ])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^typo: /)
  })
})
