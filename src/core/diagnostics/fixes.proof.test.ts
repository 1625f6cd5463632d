import { describe, expect, it } from 'vitest'
import { runJob } from '../../testing/chroot-runner.ts'
import { ciVariables } from '../../testing/ci-env.ts'
import { extractPipeline, jobByName } from '../../testing/extract.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { Config, ConfigInput } from '../config/schema.ts'
import { generate } from '../generate/index.ts'
import { diagnose } from './engine.ts'
import type { Code } from './params.ts'

/**
 * What some findings claim about the running job, checked by running it in the chroot (busybox, the
 * executor stubbed): the problem is real before the fix and gone after it.
 */

/** The executor's argv of the build job, run with the test CI/CD variables. */
function executorArgv(config: Config): readonly string[] {
  const job = jobByName(extractPipeline(generate(config)), config.job.name)
  const run = runJob(job, { variables: ciVariables(config) })
  expect(run.exitCode, run.stderr).toBe(0)
  return run.executorCalls[0] ?? []
}

/** The labels kaniko ends up with: each `--label key=value` in order, the last of a key wins. */
function labelsOf(argv: readonly string[]): Map<string, string> {
  const labels = new Map<string, string>()
  argv.forEach((word, i) => {
    if (word !== '--label') return
    const pair = argv[i + 1] ?? ''
    const eq = pair.indexOf('=')
    labels.set(pair.slice(0, eq), pair.slice(eq + 1))
  })
  return labels
}

function applyFix(config: Config, code: Code): Config {
  const fix = diagnose(config).find((f) => f.code === code)?.fix
  expect(fix, code).toBeDefined()
  return fix ? fix.apply(config) : config
}

const config = (input: ConfigInput) => parseConfigOrThrow(input)

describe('KC606 duplicate labels', () => {
  it('an OCI label replaces the user’s value; after the fix the user’s value and every other OCI label are there', () => {
    const shadowed = config({
      build: { ociLabels: true, labels: [{ key: 'org.opencontainers.image.version', value: '2.1.0' }] },
    })
    const before = labelsOf(executorArgv(shadowed))
    const variables = ciVariables(shadowed)
    expect(before.get('org.opencontainers.image.version')).toBe(variables.CI_COMMIT_REF_NAME)

    const after = labelsOf(executorArgv(applyFix(shadowed, 'KC606')))
    expect(after.get('org.opencontainers.image.version')).toBe('2.1.0')
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [key, value] of before)
      if (key !== 'org.opencontainers.image.version') expect(after.get(key)).toBe(value)
  })

  it('two labels of the user: the fix leaves the image’s labels as they are', () => {
    const twice = config({
      build: {
        labels: [
          { key: 'maintainer', value: 'old@example.com' },
          { key: 'maintainer', value: 'new@example.com' },
        ],
      },
    })
    const before = labelsOf(executorArgv(twice))
    expect(before.get('maintainer')).toBe('new@example.com')
    expect(labelsOf(executorArgv(applyFix(twice, 'KC606')))).toEqual(before)
  })
})
