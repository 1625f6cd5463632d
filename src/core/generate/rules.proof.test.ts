import { describe, expect, it } from 'vitest'
import { validatePipeline } from '../../testing/gitlab-ci-local.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { Config, ConfigInput, Trigger } from '../config/schema.ts'
import { generate } from './index.ts'

/**
 * The `rules:` do what the form promises, evaluated by gitlab-ci-local (GitLab's expression
 * language) in the four kinds of pipelines. The jobs of several configs share one file here only so
 * that each kind of pipeline costs one gitlab-ci-local run.
 */

const PIPELINES = {
  tag: {
    CI_COMMIT_TAG: 'v1.2.3',
    CI_COMMIT_BRANCH: '',
    CI_DEFAULT_BRANCH: 'main',
    CI_PIPELINE_SOURCE: 'push',
  },
  'default branch': {
    CI_COMMIT_TAG: '',
    CI_COMMIT_BRANCH: 'main',
    CI_DEFAULT_BRANCH: 'main',
    CI_PIPELINE_SOURCE: 'push',
  },
  'other branch': {
    CI_COMMIT_TAG: '',
    CI_COMMIT_BRANCH: 'feature/x',
    CI_DEFAULT_BRANCH: 'main',
    CI_PIPELINE_SOURCE: 'push',
  },
  // Merge request pipelines have no CI_COMMIT_BRANCH.
  'merge request': {
    CI_COMMIT_TAG: '',
    CI_COMMIT_BRANCH: '',
    CI_DEFAULT_BRANCH: 'main',
    CI_PIPELINE_SOURCE: 'merge_request_event',
  },
} as const

type Pipeline = keyof typeof PIPELINES

const MATCHES: Record<Trigger, (p: Pipeline) => boolean> = {
  tag: (p) => p === 'tag',
  'default-branch': (p) => p === 'default branch',
  branch: (p) => p === 'default branch' || p === 'other branch',
  'merge-request': (p) => p === 'merge request',
}

/** What the form promises: the job runs in the pipelines of its triggers (all when none), by hand when manual. */
function expectedWhen(config: Config, pipeline: Pipeline, manifest: boolean): string {
  const runs = config.job.triggers.length === 0 || config.job.triggers.some((t) => MATCHES[t](pipeline))
  if (!runs) return 'never'
  return config.job.manual && !manifest ? 'manual' : 'on_success'
}

const CONFIGS: ConfigInput[] = [
  { job: { name: 'every-pipeline', triggers: [] } },
  { job: { name: 'by-hand', triggers: [], manual: true } },
  { job: { name: 'tags', triggers: ['tag'] } },
  { job: { name: 'default-branch', triggers: ['default-branch'] } },
  { job: { name: 'branches', triggers: ['branch'] } },
  { job: { name: 'merge-requests', triggers: ['merge-request'], manual: true } },
  { job: { name: 'release', triggers: ['default-branch', 'tag'], manual: true } },
  {
    job: { name: 'multi', triggers: ['merge-request', 'tag'], manual: true },
    multiArch: { enabled: true, manifestJobName: 'multi-manifest' },
  },
]

describe('rules', () => {
  const configs = CONFIGS.map((input) =>
    parseConfigOrThrow({ ...input, destinations: [{ repository: 'r', tags: ['t'] }] }),
  )
  const yaml = configs.map((c) => generate(c, { jobOnly: true })).join('\n')

  for (const pipeline of Object.keys(PIPELINES) as Pipeline[]) {
    it(`run the right jobs in a ${pipeline} pipeline`, async () => {
      const result = await validatePipeline(yaml, { variables: PIPELINES[pipeline] })
      expect(result.ok ? '' : result.error).toBe('')
      if (!result.ok) return
      const got = Object.fromEntries(result.jobs.map((j) => [j.name, j.when]))
      const expected: Record<string, string> = {}
      for (const config of configs) {
        if (!config.multiArch.enabled) expected[config.job.name] = expectedWhen(config, pipeline, false)
        else {
          for (const arch of ['amd64', 'arm64'])
            expected[`${config.job.name}-${arch}`] = expectedWhen(config, pipeline, false)
          expected[config.multiArch.manifestJobName] = expectedWhen(config, pipeline, true)
        }
      }
      expect(got).toEqual(expected)
    })
  }
})
