import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../core/config/index.ts'
import { runCli } from './test-run.ts'

const run = runCli

const dir = mkdtempSync(join(tmpdir(), 'kanikoconfig-import-'))
const PIPELINE = `
stages: [build]
build:
  image: { name: gcr.io/kaniko-project/executor:v1.23.2-debug, entrypoint: [""] }
  stage: build
  script:
    - /kaniko/executor --context $CI_PROJECT_DIR --dockerfile $CI_PROJECT_DIR/Dockerfile --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_TAG --cache
  artifacts: { paths: [x] }
  rules:
    - if: $CI_COMMIT_TAG
other:
  image: { name: gcr.io/kaniko-project/executor:v1.23.2-debug, entrypoint: [""] }
  script: [/kaniko/executor --context other --destination $CI_REGISTRY_IMAGE/other:latest]
`
const file = join(dir, 'pipeline.yml')
writeFileSync(file, PIPELINE)

describe('kanikoconfig import', () => {
  it('prints the version 2 config, which --config accepts, and lists what it does not reproduce on stderr', async () => {
    const result = await run(['import', file])
    expect(result.code).toBe(0)
    const config = JSON.parse(result.stdout)
    expect(config.version).toBe(2)
    expect(parseConfig(config).ok).toBe(true)
    expect(config.images.map((i: { name: string }) => i.name)).toEqual(['build', 'other'])
    expect(config.cache.enabled).toBe(false)
    expect(result.stderr).toContain(
      'kanikoconfig: not reproduced: line 8 (build.artifacts): job keyword `artifacts`',
    )
  })

  it('--json prints {config, jobs, unmapped, changed, findings}; --job picks one build job; "-" reads stdin', async () => {
    const result = await run(['import', '-', '--job', 'other', '--json'], PIPELINE)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const report = JSON.parse(result.stdout)
    expect(Object.keys(report)).toEqual(['config', 'jobs', 'unmapped', 'changed', 'findings'])
    expect(report.config.images.map((i: { name: string }) => i.name)).toEqual(['other'])
    expect(report.jobs.map((j: { name: string }) => j.name)).toEqual(['build', 'other'])
    expect(report.jobs[0].runs[0].destinations).toEqual(['$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG'])
    // Each unmapped entry: its place, a reason code with its parameters, and the English text.
    const all = JSON.parse((await run(['import', '-', '--json'], PIPELINE)).stdout)
    const artifacts = all.unmapped.find((u: { path: string }) => u.path === 'build.artifacts')
    expect(artifacts ?? all.unmapped).toEqual({
      path: 'build.artifacts',
      line: 8,
      code: 'job-keyword',
      params: { key: 'artifacts', job: 'build' },
      reason: 'job keyword `artifacts` of `build` is not reproduced',
    })
  })

  it('exits 2 with one line for broken YAML (line and column), no build job, no file, or no argument', async () => {
    const broken = await run(['import', '-'], 'build:\n  script: [a\n')
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^kanikoconfig: stdin:\d+:\d+: [^\n]+\n$/)
    const none = await run(['import', '-'], 'test:\n  script: [make]\n')
    expect(none).toMatchObject({ code: 2, stderr: 'kanikoconfig: stdin: no kaniko build job found\n' })
    const missing = await run(['import', join(dir, 'missing.yml')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read pipeline file')
    const noJob = await run(['import', file, '--job', 'nope'])
    expect(noJob.stderr).toContain('no kaniko build job named "nope"')
    expect(await run(['import'])).toMatchObject({ code: 2 })
    expect((await run(['import', file, 'extra'])).stderr).toBe('kanikoconfig: unexpected argument "extra"\n')
  })
})

describe('kanikoconfig lint FILE.yml', () => {
  const SWALLOWING = `
build:
  image: { name: gcr.io/kaniko-project/executor:debug, entrypoint: [""] }
  script:
    - /kaniko/executor --context . --destination x.io/y:1 --insecure-registry --insecure-pull
`
  it('prints the import findings (with their line) and the diagnostics of the config; exit 1 on an error', async () => {
    writeFileSync(join(dir, 'swallowing.yml'), SWALLOWING)
    const result = await run(['lint', join(dir, 'swallowing.yml')])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('IMP103 line 5 (build.script[0]): A flag swallows the next flag')
    expect(result.stdout).toContain('IMP105 line 3 (build.image.name)')
    expect(result.stdout).toContain('KC331 advanced.insecurePull')
    // IMP105 says it at its line: KC104 would say the same again (src/core/import/restated.ts).
    expect(result.stdout).not.toContain('KC104')
    const json = JSON.parse((await run(['lint', '-', '--json', '--lang', 'ja'], SWALLOWING)).stdout)
    expect(json.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['IMP103', 'IMP105', 'KC331']),
    )
    expect(json.find((f: { code: string }) => f.code === 'IMP103').title).toBe(
      'フラグが次のフラグを値として取り込む',
    )
  })

  it('exits 0 on a pipeline without errors; "-" with JSON is still a config; broken YAML exits 2', async () => {
    const clean = await run(['lint', '-'], PIPELINE.replace('--cache', ''))
    expect(clean.code).toBe(0)
    const config = await run(['lint', '-'], '{"version": 2}')
    expect(config.code).toBe(0)
    expect(config.stdout).not.toContain('IMP')
    const broken = await run(['lint', '-'], 'a: [\n')
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^kanikoconfig: stdin:\d+:\d+: /)
  })
})
