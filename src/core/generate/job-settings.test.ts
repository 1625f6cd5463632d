import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { imageView } from '../config/image-view.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { ConfigInput } from '../config/schema.ts'
import { generate } from './index.ts'
import { buildNeeds, jobControls, jobServices, jobVariables } from './job-settings.ts'

const view = (input: ConfigInput, index = 0) => imageView(parseConfigOrThrow({ version: 2, ...input }), index)

describe('job settings', () => {
  it('sets nothing by default', () => {
    const config = view({})
    expect(jobVariables(config)).toEqual({})
    expect(buildNeeds(config)).toBeNull()
    expect(jobServices(config)).toEqual([])
    expect(jobControls(config)).toEqual({
      retry: undefined,
      timeout: undefined,
      interruptible: undefined,
      resource_group: undefined,
    })
  })

  it('orders variables proxy, pipeline, image (the image wins) and doubles literal dollars', () => {
    const config = view({
      proxy: { http: 'http://proxy:3128' },
      pipeline: {
        job: {
          variables: [
            { name: 'GIT_STRATEGY', value: 'fetch' },
            { name: 'GODEBUG', value: 'http2client=0' },
          ],
        },
      },
      images: [
        {
          variables: [
            { name: 'GIT_STRATEGY', value: 'none' },
            { name: 'PRICE', value: '5$ ${CI_JOB_ID}' },
          ],
        },
      ],
    })
    expect(jobVariables(config)).toEqual({
      http_proxy: 'http://proxy:3128',
      GIT_STRATEGY: 'none',
      GODEBUG: 'http2client=0',
      PRICE: '5$$ ${CI_JOB_ID}',
    })
  })

  it("takes the image's needs over the pipeline's, and keeps an empty list", () => {
    const input: ConfigInput = {
      pipeline: { job: { needs: [] } },
      images: [{ name: 'base' }, { name: 'app', needs: ['base'] }],
    }
    expect(buildNeeds(view(input, 0))).toEqual([])
    expect(buildNeeds(view(input, 1))).toEqual(['base'])
  })

  it('writes services short when they have no alias', () => {
    const config = view({
      pipeline: { job: { services: [{ name: 'registry:2' }, { name: 'docker:27-dind', alias: 'docker' }] } },
    })
    expect(jobServices(config)).toEqual(['registry:2', { name: 'docker:27-dind', alias: 'docker' }])
  })

  it('writes retry as a number, or with when; keeps interruptible: false', () => {
    expect(jobControls(view({ pipeline: { job: { retryMax: 2 } } })).retry).toBe(2)
    const config = view({
      pipeline: {
        job: {
          retryMax: 1,
          retryWhen: ['runner_system_failure', 'stuck_or_timeout_failure'],
          timeout: '1h 30m',
          interruptible: false,
          resourceGroup: 'registry-$CI_COMMIT_REF_SLUG',
        },
      },
    })
    expect(jobControls(config)).toEqual({
      retry: { max: 1, when: ['runner_system_failure', 'stuck_or_timeout_failure'] },
      timeout: '1h 30m',
      interruptible: false,
      resource_group: 'registry-$CI_COMMIT_REF_SLUG',
    })
  })

  it('places the keys in the documented order, needs: [] included', () => {
    const yaml = generate(
      parseConfigOrThrow({
        version: 2,
        pipeline: {
          triggers: { on: ['tag'] },
          job: {
            needs: [],
            retryMax: 1,
            timeout: '10m',
            interruptible: true,
            resourceGroup: 'rg',
            variables: [{ name: 'GIT_DEPTH', value: '1' }],
            services: [{ name: 'registry:2' }],
          },
        },
        images: [{ runnerTags: ['docker'] }],
        advanced: { digestFile: 'digest.txt' },
      }),
    )
    const job = (parse(yaml) as Record<string, Record<string, unknown>>).build ?? {}
    expect(Object.keys(job)).toEqual([
      'stage',
      'image',
      'services',
      'variables',
      'script',
      'artifacts',
      'needs',
      'retry',
      'timeout',
      'interruptible',
      'resource_group',
      'rules',
      'tags',
    ])
    expect(job.needs).toEqual([])
    expect(job.artifacts).toEqual({ paths: ['digest.txt'], expire_in: '1 week' })
  })

  it('gives the manifest job retry, timeout and interruptible, but not needs, resource_group, services or variables', () => {
    const config = parseConfigOrThrow({
      version: 2,
      pipeline: {
        job: {
          needs: [],
          retryMax: 2,
          retryWhen: ['runner_system_failure'],
          timeout: '30m',
          interruptible: false,
          resourceGroup: 'builds',
          services: [{ name: 'docker:dind' }],
          variables: [{ name: 'GIT_STRATEGY', value: 'none' }],
        },
      },
      images: [{ name: 'app', multiArch: { enabled: true } }],
    })
    const manifest = (parse(generate(config)) as Record<string, Record<string, unknown>>).manifest ?? {}
    expect(manifest.retry).toEqual({ max: 2, when: ['runner_system_failure'] })
    expect(manifest.timeout).toBe('30m')
    expect(manifest.interruptible).toBe(false)
    expect(manifest.needs).toEqual(['app-amd64', 'app-arm64'])
    for (const key of ['resource_group', 'services', 'variables']) expect(manifest).not.toHaveProperty(key)
    // In the documented key order, as the build jobs have them.
    expect(Object.keys(manifest)).toEqual([
      'stage',
      'image',
      'before_script',
      'script',
      'needs',
      'retry',
      'timeout',
      'interruptible',
      'rules',
    ])
  })

  it('leaves the manifest job without those keys when nothing is set', () => {
    const config = parseConfigOrThrow({ version: 2, images: [{ multiArch: { enabled: true } }] })
    const manifest = (parse(generate(config)) as Record<string, Record<string, unknown>>).manifest ?? {}
    for (const key of ['retry', 'timeout', 'interruptible']) expect(manifest).not.toHaveProperty(key)
  })
})

describe('the executor image', () => {
  // GitLab Runner expands variables in `image:`, and `$$` is its escape for a dollar.
  it('doubles a literal dollar and keeps a variable reference', () => {
    const yaml = generate(
      parseConfigOrThrow({
        version: 2,
        images: [{}],
        executor: { source: 'custom', customImage: 'registry.example.com/a$-b$/kaniko:${KANIKO_TAG}' },
      }),
    )
    expect(parse(yaml).build.image.name).toBe('registry.example.com/a$$-b$$/kaniko:${KANIKO_TAG}')
  })

  it('writes a reference without a literal dollar as it is', () => {
    const yaml = generate(
      parseConfigOrThrow({
        version: 2,
        images: [{}],
        executor: { source: 'custom', customImage: '$CI_REGISTRY/k:d' },
      }),
    )
    expect(parse(yaml).build.image.name).toBe('$CI_REGISTRY/k:d')
  })
})
