import { describe, expect, it } from 'vitest'
import { defaultConfig, stripDefaults } from '../config/defaults.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { PRESET_NAMES, presetConfig } from '../config/presets.ts'
import { linkJson } from './link-json.ts'
import { THREE_IMAGE_KITCHEN_SINK } from './test-support/multi-image-configs.ts'

describe('linkJson', () => {
  it('writes the default config as its version only', () => {
    expect(linkJson(defaultConfig())).toEqual({ version: 2 })
  })

  it('leaves the defaults of list items out: images, destinations, registries, variables', () => {
    const config = parseConfigOrThrow({
      version: 2,
      pipeline: { job: { variables: [{ name: 'GIT_DEPTH' }] } },
      images: [
        {},
        {
          name: 'api',
          destinations: [
            { repository: '${CI_REGISTRY_IMAGE}/api', tags: ['latest'], when: 'always' },
            { repository: '$IMAGE_REF' },
          ],
          multiArch: { enabled: true, platforms: [{ platform: 'linux/arm64' }] },
        },
      ],
      registries: { extra: [{ host: 'ghcr.io', usernameLiteral: 'x-token' }] },
    })
    expect(linkJson(config)).toEqual({
      version: 2,
      pipeline: { job: { variables: [{ name: 'GIT_DEPTH' }] } },
      images: [
        {},
        {
          name: 'api',
          destinations: [
            { repository: '${CI_REGISTRY_IMAGE}/api', tags: ['latest'] },
            { repository: '$IMAGE_REF' },
          ],
          multiArch: { enabled: true, platforms: [{ platform: 'linux/arm64' }] },
        },
      ],
      registries: { extra: [{ host: 'ghcr.io', usernameLiteral: 'x-token' }] },
    })
  })

  it('keeps a value that differs from the item default even when it equals the list default', () => {
    // A destination item has no tags by default; the default destination list has ${CI_COMMIT_TAG}.
    const config = parseConfigOrThrow({
      version: 2,
      images: [{ destinations: [{ repository: 'docker.io/example/app', tags: ['${CI_COMMIT_TAG}'] }] }],
    })
    expect(linkJson(config).images).toEqual([
      { destinations: [{ repository: 'docker.io/example/app', tags: ['${CI_COMMIT_TAG}'] }] },
    ])
  })

  it('gives back the same config, and never more than stripDefaults writes', () => {
    const configs = [
      ...PRESET_NAMES.map((name) => presetConfig(name)),
      parseConfigOrThrow(THREE_IMAGE_KITCHEN_SINK),
      parseConfigOrThrow({ version: 1, job: { name: 'v1 job', manual: true } }),
    ]
    for (const config of configs) {
      const json = linkJson(config)
      expect(parseConfigOrThrow(json)).toEqual(config)
      expect(JSON.stringify(json).length).toBeLessThanOrEqual(JSON.stringify(stripDefaults(config)).length)
    }
  })
})
