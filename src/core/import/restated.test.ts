import { describe, expect, it } from 'vitest'
import { diagnose } from '../diagnostics/index.ts'
import type { ImportedPipeline } from './index.ts'
import { withoutRestatements } from './restated.ts'
import { importOk, KANIKO_IMAGE } from './test-support/import.ts'

/** The codes of the mapped config's diagnostics: all of them, and those the lint of the file shows. */
async function configCodes(yaml: string): Promise<{ all: string[]; shown: string[] }> {
  return codes(await importOk(yaml))
}

function codes(result: ImportedPipeline): { all: string[]; shown: string[] } {
  if (!result.config) return expect.fail('no config')
  const all = diagnose(result.config)
  return { all: all.map((f) => f.code), shown: withoutRestatements(result, all).map((f) => f.code) }
}

/** A build job with its own image, script lines and more keys. */
const job = (name: string, script: string[], more = '', image = KANIKO_IMAGE) => `${name}:${image}
${more}  script:
${script.map((line) => `    - ${line}`).join('\n')}
`

const FLOATING_IMAGE = `
  image:
    name: registry.example.com/tools/kaniko-executor:debug
    entrypoint: [""]`

describe('config diagnostics that restate the import report are left out', () => {
  it('KC104: IMP105 names the same floating image at its line', async () => {
    const result = await importOk(
      job('build', ['/kaniko/executor --destination reg.example.com/a:v1'], '', FLOATING_IMAGE),
    )
    expect(result.findings.map((f) => f.code)).toContain('IMP105')
    expect(codes(result).all).toContain('KC104')
    expect(codes(result).shown).not.toContain('KC104')
    // Near miss: without IMP105 at the image's line, KC104 is the only one to say it.
    const elsewhere = { ...result, findings: result.findings.map((f) => ({ ...f, line: f.line + 100 })) }
    expect(codes(elsewhere).shown).toContain('KC104')
  })

  it('KC230: the same reference from a variable the script assigns (reported) is no finding', async () => {
    const assigned = await configCodes(
      job('a', [
        'export TARGET=reg.example.com/a',
        '/kaniko/executor --context a --destination $TARGET:latest',
      ]) +
        job('b', [
          'export TARGET=reg.example.com/b',
          '/kaniko/executor --context b --destination $TARGET:latest',
        ]),
    )
    expect(assigned.all).toContain('KC230')
    expect(assigned.shown).not.toContain('KC230')
    // Near miss: the same reference from a CI/CD variable: both jobs do push it.
    const same = await configCodes(
      job('a', ['/kaniko/executor --context a --destination $TARGET:latest']) +
        job('b', ['/kaniko/executor --context b --destination $TARGET:latest']),
    )
    expect(same.shown).toContain('KC230')
  })

  it('KC238: a job that runs in other pipelines than the config’s triggers (reported) is no finding', async () => {
    const first = job('a', ['/kaniko/executor --context a --destination reg.example.com/a:${CI_COMMIT_SHA}'])
    const other = await configCodes(
      first +
        job('b', ['/kaniko/executor --context b --destination reg.example.com/b:latest'], '  only: [main]\n'),
    )
    expect(other.all).toContain('KC238')
    expect(other.shown).not.toContain('KC238')
    // Near miss: the job does run in every pipeline, as the config says.
    const every = await configCodes(
      first + job('b', ['/kaniko/executor --context b --destination reg.example.com/b:latest']),
    )
    expect(every.shown).toContain('KC238')
  })

  it('KC239: builds whose scripts write the Dockerfile first (reported) are no finding', async () => {
    const mirror = (name: string, from: string, write: boolean) =>
      job(name, [
        ...(write ? [`echo 'FROM ${from}' > /workspace/Dockerfile`] : []),
        `/kaniko/executor --context /workspace --dockerfile /workspace/Dockerfile --destination reg.example.com/${name}:v1`,
      ])
    const written = await configCodes(
      mirror('traefik', 'traefik:2.4', true) + mirror('agent', 'amazon/cloudwatch-agent', true),
    )
    expect(written.all).toContain('KC239')
    expect(written.shown).not.toContain('KC239')
    // Near miss: the same Dockerfile from the repository: the two jobs do build the same.
    const same = await configCodes(mirror('traefik', '', false) + mirror('agent', '', false))
    expect(same.shown).toContain('KC239')
  })

  it('KC610: a shared setting one job sets otherwise, kept as its extra flag (reported), is no finding', async () => {
    const differs = await importOk(
      job('a', ['/kaniko/executor --context a --destination reg.example.com/a:v1 --snapshotMode=redo']) +
        job('b', ['/kaniko/executor --context b --destination reg.example.com/b:v1']),
    )
    expect(differs.changed.map((entry) => entry.code)).toContain('flag-differs')
    expect(differs.config?.images[0]?.extraFlags).toEqual(['--snapshot-mode=redo'])
    expect(codes(differs).all).toContain('KC610')
    expect(codes(differs).shown).not.toContain('KC610')
    // Near miss: a flag given twice keeps its later value as an extra flag, which the form's field
    // could hold (KC610's fix): said by KC610 only.
    const twice = await importOk(
      job('a', [
        '/kaniko/executor --context a --dockerfile a/Dockerfile --dockerfile b/Dockerfile --destination reg.example.com/a:v1',
      ]),
    )
    expect(twice.changed.map((entry) => entry.code)).not.toContain('flag-differs')
    expect(codes(twice).shown).toContain('KC610')
  })

  it('keeps KC236: no report entry says that the author’s matrix comes back as jobs with extends', async () => {
    const matrix = await importOk(
      job(
        'build',
        [
          '/kaniko/executor --context $CI_PROJECT_DIR --dockerfile Dockerfile --destination reg.example.com/$APP:v1',
        ],
        '  parallel:\n    matrix:\n      - APP: [api, web]\n',
      ),
    )
    expect(matrix.config?.pipeline.layout).toBe('matrix')
    expect(matrix.unmapped.concat(matrix.changed)).toEqual([])
    expect(codes(matrix).shown).toContain('KC236')
  })
})
