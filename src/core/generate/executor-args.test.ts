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
