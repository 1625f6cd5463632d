import { describe, expect, it } from 'vitest'
import { wordText } from '../shell/words.ts'
import { importOk, kanikoJob } from '../test-support/import.ts'

async function firstRun(script: string[], extra = '') {
  const result = await importOk(kanikoJob(script, extra))
  const run = result.jobs[0]?.runs[0]
  if (!run) throw new Error('no executor run')
  return {
    run,
    result,
    flags: run.flags.map((flag) => [flag.name, flag.value ? wordText(flag.value) : flag.enabled]),
  }
}

describe('executor argv', () => {
  it('normalizes --flag=value, --flag value, short flags and booleans', async () => {
    const { flags } = await firstRun([
      '/kaniko/executor -c ctx -f=Dockerfile -dreg/a:1 --destination reg/a:2 --cache=false --cleanup --push-retry=3',
    ])
    expect(flags).toEqual([
      ['context', 'ctx'],
      ['dockerfile', 'Dockerfile'],
      ['destination', 'reg/a:1'],
      ['destination', 'reg/a:2'],
      ['cache', 'false'],
      ['cleanup', true],
      ['push-retry', '3'],
    ])
  })

  it('maps deprecated camelCase spellings to their flags and keeps the spelling', async () => {
    const { run } = await firstRun([
      '/kaniko/executor --snapshotMode=redo --tarPath t.tar --customPlatform linux/arm64 --whitelist-var-run=false --no-push',
    ])
    expect(run.flags.map((flag) => [flag.spelledAs, flag.name])).toEqual([
      ['--snapshotMode', 'snapshot-mode'],
      ['--tarPath', 'tar-path'],
      ['--customPlatform', 'custom-platform'],
      ['--whitelist-var-run', 'ignore-var-run'],
      ['--no-push', 'no-push'],
    ])
  })

  it('reads multi-line commands: folded, literal with \\ continuations, several runs per job', async () => {
    const result = await importOk(`build:
  image: { name: gcr.io/kaniko-project/executor:v1.23.2-debug, entrypoint: [""] }
  script:
    - |
      /kaniko/executor \\
        --context "$CI_PROJECT_DIR" \\
        --destination "$CI_REGISTRY_IMAGE:a b"
    - >-
      /kaniko/executor
      --context sub
      --destination reg/b
`)
    const runs = result.jobs[0]?.runs ?? []
    expect(runs.map((run) => run.destinations.map(wordText))).toEqual([['$CI_REGISTRY_IMAGE:a b'], ['reg/b']])
    expect(runs[0]?.line).toBe(5)
  })

  it('reads free-form arguments from a literal variable and reports them', async () => {
    const { run, result } = await firstRun(
      ['/kaniko/executor $KANIKO_ARGS --destination reg/a'],
      '  variables:\n    KANIKO_ARGS: --cache --cache-repo=reg/cache',
    )
    expect(run.flags.map((flag) => [flag.name, flag.source?.variable ?? null])).toEqual([
      ['cache', 'KANIKO_ARGS'],
      ['cache-repo', 'KANIKO_ARGS'],
      ['destination', null],
    ])
    expect(
      result.unmapped.some((entry) =>
        entry.reason.includes('free-form arguments from a variable: KANIKO_ARGS'),
      ),
    ).toBe(true)
  })

  it('follows script assignments and $(… echo …) substitutions into conditional arguments', async () => {
    const { run } = await firstRun([
      'OPTS="--verbosity=debug"',
      'if [ -n "$X" ]; then OPTS="$OPTS --no-push"; fi',
      '/kaniko/executor --destination reg/a $OPTS $( [ -n "$Y" ] && echo "--reproducible" )',
    ])
    const byName = Object.fromEntries(run.flags.map((flag) => [flag.name, flag.source]))
    expect(byName.verbosity).toMatchObject({ variable: 'OPTS', via: 'script', conditional: false })
    expect(byName['no-push']).toMatchObject({ variable: 'OPTS', via: 'script', conditional: true })
    expect(byName.reproducible).toMatchObject({ via: 'substitution', conditional: true })
  })

  it('reads ${X:+word} where a flag is expected as arguments passed only when X is set', async () => {
    const { run, flags, result } = await firstRun([
      '/kaniko/executor --destination reg/a ${CA:+--registry-certificate} ${CA:+"reg=${CA}"} ${V:+--verbosity=debug --cleanup}',
    ])
    expect(flags).toEqual([
      ['destination', 'reg/a'],
      ['registry-certificate', 'reg=${CA}'],
      ['verbosity', 'debug'],
      ['cleanup', true],
    ])
    expect(run.flags.map((flag) => flag.onlyWhenSet ?? null)).toEqual([null, 'CA', 'V', 'V'])
    // Not a free-form variable: the words are read.
    expect(run.freeForm).toEqual([])
    expect(result.unmapped.map((entry) => entry.code)).not.toContain('free-form-variable')
  })

  it('reads a variable inside ${X:+…} as arguments passed only when X is set', async () => {
    const { run } = await firstRun(
      ['/kaniko/executor --destination reg/a ${X:+$OPTS}'],
      '  variables:\n    OPTS: --cleanup --verbosity=debug',
    )
    expect(
      run.flags.map((flag) => [flag.name, flag.source?.variable ?? null, flag.onlyWhenSet ?? null]),
    ).toEqual([
      ['destination', null, null],
      ['cleanup', 'OPTS', 'X'],
      ['verbosity', 'OPTS', 'X'],
    ])
    expect(run.freeForm).toMatchObject([{ variable: 'OPTS', onlyWhenSet: 'X' }])
  })

  it('reads ${X:+$X} (the generator’s free-form variable) as $X', async () => {
    const { run } = await firstRun(
      ['/kaniko/executor --destination reg/a ${OPTS:+$OPTS}'],
      '  variables:\n    OPTS: --cleanup',
    )
    expect(
      run.flags.map((flag) => [flag.name, flag.source?.variable ?? null, flag.onlyWhenSet ?? null]),
    ).toEqual([
      ['destination', null, null],
      ['cleanup', 'OPTS', null],
    ])
    expect(run.freeForm).toEqual([expect.objectContaining({ variable: 'OPTS', read: true })])
    expect(run.freeForm[0]).not.toHaveProperty('onlyWhenSet')
  })

  it('reports a flag and its value not both passed only when the same variable is set', async () => {
    const { run, result } = await firstRun([
      '/kaniko/executor --destination reg/a ${CA:+--registry-certificate} reg=/ca.pem --verbosity ${V:+debug}',
    ])
    expect(run.flags.map((flag) => flag.onlyWhenSet ?? null)).toEqual([null, 'CA', null])
    expect(result.unmapped.filter((entry) => entry.code === 'argv-only-when-set-apart')).toMatchObject([
      { params: { flag: '--registry-certificate', value: 'reg=/ca.pem', variable: 'CA' } },
      { params: { flag: '--verbosity', value: 'debug', variable: 'V' } },
    ])
  })

  it('reports a flag that swallows the next flag, unknown flags, positional words and a missing value', async () => {
    const { run, result } = await firstRun([
      '/kaniko/executor --insecure-registry --insecure-pull --frobnicate stray --destination',
    ])
    expect(run.swallowed).toMatchObject([{ flag: '--insecure-registry', value: '--insecure-pull' }])
    const reasons = result.unmapped.map((entry) => entry.reason)
    expect(reasons).toContain('unknown executor flag `--frobnicate`')
    expect(reasons).toContain('positional argument `stray` (kaniko takes none)')
    expect(reasons).toContain('flag `--destination` without its value')
    expect(result.findings.map((finding) => finding.code)).toContain('IMP103')
  })

  it('keeps a variable used as a flag value as the value, and writes in literal job variables', async () => {
    const { flags, run } = await firstRun(
      [
        'TAG=$CI_COMMIT_SHA',
        '/kaniko/executor --context $CI_PROJECT_DIR --dockerfile $DOCKERFILE --destination ${IMAGE}:$TAG',
      ],
      '  variables:\n    DOCKERFILE: docker/Dockerfile\n    IMAGE: $CI_REGISTRY_IMAGE/app\n    TAG: latest',
    )
    expect(flags).toEqual([
      ['context', '$CI_PROJECT_DIR'],
      ['dockerfile', '$DOCKERFILE'],
      ['destination', '${IMAGE}:$TAG'],
    ])
    expect(run.flags.map((flag) => flag.resolved)).toEqual([
      '$CI_PROJECT_DIR',
      'docker/Dockerfile',
      '${IMAGE}:$TAG',
    ])
  })

  it('finds executor runs by `executor` on the PATH of a kaniko image and inside if/&&', async () => {
    const result = await importOk(
      kanikoJob([
        'if true; then executor --destination reg/a; fi',
        'true && /kaniko/executor --destination reg/b',
      ]),
    )
    expect(result.jobs[0]?.runs.map((run) => [run.command, run.conditional])).toEqual([
      ['executor', true],
      ['/kaniko/executor', true],
    ])
  })
})
