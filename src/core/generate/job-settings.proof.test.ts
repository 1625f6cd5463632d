import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { validatePipelines } from '../../testing/gitlab-ci-local.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { ConfigInput } from '../config/schema.ts'
import { generate } from './index.ts'

/**
 * gitlab-ci-local (GitLab's CI schema, `needs` resolution) accepts every job setting the generator
 * writes, and reads each one back as written.
 */

const CASES: Record<string, ConfigInput> = {
  'two images, needs [] and a name': {
    pipeline: {
      job: {
        needs: [],
        retryMax: 2,
        retryWhen: ['runner_system_failure', 'stuck_or_timeout_failure', 'script_failure'],
        timeout: '1h 30m',
        interruptible: true,
        resourceGroup: 'registry-$CI_COMMIT_REF_SLUG',
        variables: [
          { name: 'GIT_STRATEGY', value: 'fetch' },
          { name: 'GIT_SUBMODULE_STRATEGY', value: 'recursive' },
          { name: 'GODEBUG', value: 'http2client=0' },
        ],
        services: [{ name: 'registry:2', alias: 'cache-registry' }, { name: 'docker:27-dind' }],
      },
    },
    images: [
      { name: 'base', variables: [{ name: 'GIT_DEPTH', value: '1' }] },
      { name: 'app', needs: ['base'] },
    ],
    advanced: { digestFile: '${CI_PROJECT_DIR}/digest.txt', imageNameWithDigestFile: 'image-ref.txt' },
  },
  'multi-arch, every build job starts at once': {
    pipeline: { triggers: { on: ['tag'] }, job: { needs: [], retryMax: 1, interruptible: false } },
    images: [{ multiArch: { enabled: true } }],
  },
  'tarball only, timeout in words': {
    pipeline: { job: { timeout: '2 hours and 10 minutes', retryMax: 1, retryWhen: ['always'] } },
    images: [{ destinations: [] }],
    advanced: { tarPath: 'out/image.tar', artifactsExpireIn: '3 days' },
  },
}

const SETTINGS = [
  'needs',
  'retry',
  'timeout',
  'interruptible',
  'resource_group',
  'variables',
  'services',
  'artifacts',
]

describe('job settings in gitlab-ci-local', () => {
  it('are accepted and read back as written', async () => {
    // Separate jobs: each job is read back as written (the layouts' own proof shows extends and matrix
    // run exactly these jobs).
    const yamls = Object.values(CASES).map((input) =>
      generate(parseConfigOrThrow({ version: 2, ...input, pipeline: { ...input.pipeline, layout: 'jobs' } })),
    )
    const [previews, lists] = await Promise.all([
      validatePipelines(yamls, { mode: 'preview', concurrency: 1 }),
      validatePipelines(yamls, { concurrency: 1 }),
    ])
    const labels = Object.keys(CASES)
    const problems: string[] = []
    yamls.forEach((yaml, i) => {
      const preview = previews[i]
      const list = lists[i]
      if (!preview?.ok || !list?.ok) {
        problems.push(`${labels[i]}: ${preview?.ok ? '' : preview?.error} ${list?.ok ? '' : list?.error}`)
        return
      }
      const ours = parse(yaml) as Record<string, Record<string, unknown>>
      const theirs = parse(preview.preview ?? '') as Record<string, Record<string, unknown>>
      for (const [name, job] of Object.entries(ours)) {
        if (name === 'stages') continue
        for (const key of SETTINGS) {
          if (!(key in job)) continue
          const read = theirs[name]?.[key]
          // gitlab-ci-local writes services and needs in their long forms, with GitLab's defaults.
          const long: Record<string, (item: unknown) => unknown> = {
            services: (s) => (typeof s === 'string' ? { name: s } : s),
            needs: (n) => (typeof n === 'string' ? { job: n, artifacts: true, optional: false } : n),
          }
          const toLong = long[key]
          const written = toLong ? (job[key] as unknown[]).map(toLong) : job[key]
          if (JSON.stringify(read) !== JSON.stringify(written))
            problems.push(
              `${labels[i]} ${name}.${key}: wrote ${JSON.stringify(written)}, read ${JSON.stringify(read)}`,
            )
        }
        const listed = list.jobs.find((j) => j.name === name)
        if (!listed) problems.push(`${labels[i]}: ${name} is not listed`)
      }
    })
    expect(problems.join('\n')).toBe('')
    // Every setting of the contract was exercised.
    const written = yamls.flatMap((yaml) =>
      Object.values(parse(yaml) as Record<string, Record<string, unknown>>).flatMap((job) =>
        Object.keys(job),
      ),
    )
    for (const key of SETTINGS) expect(written).toContain(key)
  }, 120_000)
})
