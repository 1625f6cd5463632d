import { describe, expect, it } from 'vitest'
import { runJob } from '../../testing/chroot-runner.ts'
import { ciVariables } from '../../testing/ci-env.ts'
import { extractPipeline, jobByName } from '../../testing/extract.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { ConfigInput } from '../config/schema.ts'
import { generate } from './index.ts'

/** Regressions of issue 10, each checked on the argv the executor receives under busybox. */

function executorArgv(input: ConfigInput): readonly string[] {
  const config = parseConfigOrThrow(input)
  const result = runJob(jobByName(extractPipeline(generate(config)), 'build'), {
    variables: ciVariables(config),
  })
  expect(result.exitCode).toBe(0)
  return result.executorCalls[0] ?? []
}

describe('--compressed-caching=false', () => {
  it('is passed without the cache too (kaniko compresses every snapshot with it)', () => {
    expect(executorArgv({ cache: { enabled: false, compressedCaching: false } })).toContain(
      '--compressed-caching=false',
    )
    expect(executorArgv({ cache: { enabled: true, compressedCaching: false } })).toContain(
      '--compressed-caching=false',
    )
    expect(executorArgv({ cache: { enabled: false } })).not.toContain('--compressed-caching=false')
  })
})

describe('extra arguments from a CI/CD variable', () => {
  const config = parseConfigOrThrow({
    advanced: { extraFlags: ['--cleanup'], extraArgsVariable: 'KANIKO_ADDITIONAL_ARGS' },
  })
  const job = jobByName(extractPipeline(generate(config)), 'build')
  const argsAfterFlags = (value: string | undefined, extra: Record<string, string> = {}) => {
    const variables = { ...ciVariables(config), ...extra }
    if (value !== undefined) variables.KANIKO_ADDITIONAL_ARGS = value
    const result = runJob(job, { variables })
    expect(result.stderr).toBe('')
    const argv = result.executorCalls[0] ?? []
    // Everything after the last fixed argument (the extra flag).
    return argv.slice(argv.indexOf('--cleanup') + 1)
  }

  it('come last, one argument per word; an unset or empty variable adds nothing', () => {
    expect(argsAfterFlags(undefined)).toEqual([])
    expect(argsAfterFlags('')).toEqual([])
    expect(argsAfterFlags('--verbosity=debug')).toEqual(['--verbosity=debug'])
    expect(argsAfterFlags(' --build-arg A=1  --label=k=v\t--skip-unused-stages\n')).toEqual([
      '--build-arg',
      'A=1',
      '--label=k=v',
      '--skip-unused-stages',
    ])
  })

  it('do not glob or run anything in the value', () => {
    // /kaniko holds files, so an unquoted * would expand there.
    expect(argsAfterFlags('--label=a=* * $(id) `id`', { CI_PROJECT_DIR: '/kaniko' })).toEqual([
      '--label=a=*',
      '*',
      '$(id)',
      '`id`',
    ])
  })
})

describe('a value that starts with `-`', () => {
  it('is written `--flag=value`, never as a word that reads like a flag of its own', () => {
    const argv = executorArgv({
      version: 2,
      images: [
        {
          context: '-ctx',
          target: '--no-push',
          labels: [{ key: '-k', value: 'v' }],
          destinations: [
            { repository: '-r', tags: ['t'] },
            { repository: '--x', tags: ['a'], when: 'tag' },
          ],
        },
      ],
    })
    expect(argv).toEqual(
      expect.arrayContaining([
        '--context=-ctx',
        '--target=--no-push',
        '--label=-k=v',
        '--destination=-r:t',
        '--destination=--x:a',
      ]),
    )
    // pflag would take `--target --no-push` as the target too, but a reader (and kanikoconfig's own
    // import and lint, IMP103) takes it for a flag that swallowed the next.
    for (const word of ['-ctx', '--no-push', '-k=v', '-r:t', '--x:a']) expect(argv).not.toContain(word)
  })
})
