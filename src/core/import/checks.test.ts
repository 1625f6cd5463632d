import { describe, expect, it } from 'vitest'
import { IMPORT_FINDINGS } from './findings.ts'
import { importOk, KANIKO_IMAGE, kanikoJob } from './test-support/import.ts'

const codesOf = async (yaml: string) => (await importOk(yaml)).findings.map((finding) => finding.code)

describe('findings only hand-written YAML can have', () => {
  it('IMP101: # in a folded script comments out the next lines; a comment inside a continued command ends it', async () => {
    const folded = await importOk(`build:${KANIKO_IMAGE}
  script:
    - >-
      /kaniko/executor # build it
      --destination reg/a
`)
    expect(folded.findings.find((f) => f.code === 'IMP101')).toMatchObject({ line: 7 })
    expect(folded.jobs[0]?.runs[0]?.destinations).toEqual([])

    const literal = await codesOf(`build:${KANIKO_IMAGE}
  script:
    - |
      /kaniko/executor \\
        # the context
        --context . --destination reg/a
`)
    expect(literal).toContain('IMP101')

    const harmless = await codesOf(`build:${KANIKO_IMAGE}
  script:
    - |
      # a comment of its own
      /kaniko/executor --destination reg/a # trailing note
`)
    expect(harmless).not.toContain('IMP101')
  })

  it('IMP111: a more-indented line in a >- script keeps its newline', async () => {
    const result = await importOk(`build:${KANIKO_IMAGE}
  script:
    - >-
      /kaniko/executor
        --context .
        --destination reg/a
`)
    expect(result.findings.filter((f) => f.code === 'IMP111')).toMatchObject([{ line: 8 }])
    // The split-off lines are said to run as commands of their own, not as commands not understood.
    expect(result.unmapped.map((entry) => [entry.code, entry.line])).toEqual([
      ['fold-broken-command', 8],
      ['fold-broken-command', 9],
    ])
    expect(result.jobs[0]?.runs[0]?.flags).toEqual([])
    expect(result.jobs[0]?.intendedRuns[0]?.flags.map((flag) => flag.name)).toEqual([
      'context',
      'destination',
    ])
    const aligned = await codesOf(`build:${KANIKO_IMAGE}
  script:
    - >-
      /kaniko/executor
      --destination reg/a
`)
    expect(aligned).not.toContain('IMP111')
  })

  it('a finding of a matrix job, or of a template many jobs extend, is reported once for its line', async () => {
    const result = await importOk(`.kaniko:
  image: { name: "gcr.io/kaniko-project/executor:debug", entrypoint: [""] }
build:
  extends: .kaniko
  parallel:
    matrix:
      - SITE: [a, b, c]
  script:
    - >-
      /kaniko/executor
        --destination reg/$SITE
other:
  extends: .kaniko
  script: [/kaniko/executor --destination reg/other]
`)
    expect(result.jobs).toHaveLength(4)
    const reports = result.findings.map((f) => `${f.code} ${f.path}:${f.line}`)
    expect(reports).toEqual(['IMP105 .kaniko.image.name:2', 'IMP111 build.script[0]:11'])
  })

  it('IMP105/IMP106/IMP107: floating, shell-less and entrypoint-less executor images', async () => {
    const floating = await codesOf(`build:
  image: { name: "gcr.io/kaniko-project/executor:debug", entrypoint: [""] }
  script: [/kaniko/executor --destination reg/a]`)
    expect(floating).toEqual(['IMP105'])
    const noShell = await codesOf(`build:
  image: gcr.io/kaniko-project/executor:v1.23.2
  script: [/kaniko/executor --destination reg/a]`)
    expect(noShell.sort()).toEqual(['IMP106', 'IMP107'])
    const pinned = await codesOf(kanikoJob(['/kaniko/executor --destination reg/a']))
    expect(pinned).toEqual([])
    const byDigest = await codesOf(`build:
  image: { name: "gcr.io/kaniko-project/executor@sha256:${'a'.repeat(64)}", entrypoint: [""] }
  script: [/kaniko/executor --destination reg/a]`)
    expect(byDigest).toEqual([])
  })

  it('IMP109: needs on a job that does not exist (and not on one that does)', async () => {
    const result =
      await importOk(`${kanikoJob(['/kaniko/executor --destination reg/a'], '  needs: [test, { job: missing, artifacts: false }, { pipeline: other }]')}
test:
  script: [echo ok]
`)
    expect(result.findings.filter((f) => f.code === 'IMP109').map((f) => f.message.en)).toEqual([
      expect.stringContaining('`needs: missing`'),
    ])
  })

  it('IMP110: a password on the command line of a login tool, not mkdir -p', async () => {
    const result = await importOk(`publish:
  image: gcr.io/go-containerregistry/crane:debug
  script:
    - mkdir -p /tmp/x
    - crane auth login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY
    - manifest-tool --username u --password=$P push from-args --target x
`)
    expect(result.findings.filter((f) => f.code === 'IMP110').map((f) => f.line)).toEqual([5, 6])
  })

  it('IMP115: a destination gets an upper-case repository from a variable of the file', async () => {
    const result = await importOk(`
variables:
  DOCKER_IMAGE: CHANGE_ME
  OK_IMAGE: fine
build:${KANIKO_IMAGE}
  script:
    - /kaniko/executor --context . --destination "$USER/\${DOCKER_IMAGE}:$CI_COMMIT_SHA" --destination $USER/$OK_IMAGE:V1
`)
    const found = result.findings.filter((f) => f.code === 'IMP115')
    expect(found.map((f) => f.message.en)).toEqual([
      "`$USER/${DOCKER_IMAGE}:$CI_COMMIT_SHA` becomes `$USER/CHANGE_ME:$CI_COMMIT_SHA` with the file's value of `DOCKER_IMAGE`: a repository name must be lower case, so the push fails unless a project or pipeline variable overrides it.",
    ])
  })

  it('every code has a title and message in English and Japanese', () => {
    for (const [code, entry] of Object.entries(IMPORT_FINDINGS)) {
      const message = (entry.message as (p: Record<string, string | boolean>) => { en: string; ja: string })({
        comment: 'c',
        swallowed: 's',
        host: 'h',
        flag: '--f',
        value: '--v',
        image: 'i',
        target: 't',
        need: 'n',
        includes: true,
        command: 'crane',
        option: '-p',
        line: 'l',
        input: 'x',
        destination: 'd',
        resolved: 'r',
        variable: 'v',
      })
      for (const text of [entry.title, message]) {
        expect(text.en, code).not.toBe('')
        expect(text.ja, code).not.toBe('')
        expect(text.ja, code).not.toBe(text.en)
      }
    }
  })
})
