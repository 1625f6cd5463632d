import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { ConfigInput } from '../config/schema.ts'
import { generate } from './index.ts'
import { releaseJob } from './release-job.ts'

const config = (input: ConfigInput) => parseConfigOrThrow({ version: 2, ...input })

describe('release job', () => {
  it('is not written unless enabled', () => {
    expect(releaseJob(config({}))).toBeNull()
    expect(Object.keys(parse(generate(config({}))) as object)).toEqual(['stages', 'build'])
  })

  it('runs on tags matching the tag pattern, after a stage of its own', () => {
    const yaml = generate(
      config({
        pipeline: { triggers: { on: ['branch'], tagPattern: '^v\\d+' } },
        release: { enabled: true, runnerTags: ['docker'] },
      }),
    )
    const doc = parse(yaml) as Record<string, Record<string, unknown>>
    expect(doc.stages).toEqual(['build', 'release'])
    expect(doc.release?.rules).toEqual([{ if: '$CI_COMMIT_TAG =~ /^v\\d+/' }])
    expect(doc.release?.tags).toEqual(['docker'])
    expect(doc.release?.image).toEqual({ name: 'gcr.io/go-containerregistry/crane:debug', entrypoint: [''] })
  })

  it('shares the build stage when the release stage is the same', () => {
    const doc = parse(generate(config({ release: { enabled: true, stage: 'build' } }))) as Record<
      string,
      unknown
    >
    expect(doc.stages).toEqual(['build'])
  })

  it('needs what finishes each image, optionally: builds that do not run on tags leave no gap', () => {
    const job = releaseJob(
      config({
        images: [
          { name: 'api' },
          { name: 'web', multiArch: { enabled: true, manifestJobName: 'web-manifest' } },
        ],
        release: { enabled: true },
      }),
    )
    expect(job?.body.needs).toEqual([
      { job: 'api', artifacts: false, optional: true },
      { job: 'web-manifest', artifacts: false, optional: true },
    ])
  })

  it('tags with crane, signed in through a config.json outside the project, never a password in argv', () => {
    const job = releaseJob(config({ release: { enabled: true, toTags: ['${CI_COMMIT_TAG}', 'latest'] } }))
    const before = ((job?.body.before_script ?? []) as unknown[]).map(String)
    const script = ((job?.body.script ?? []) as unknown[]).map(String)
    expect(before.at(-1)).toBe('export DOCKER_CONFIG=/tmp/release-docker')
    expect(before.some((line) => line.includes('> /tmp/release-docker/config.json'))).toBe(true)
    expect(script).toEqual([
      'crane tag "${CI_REGISTRY_IMAGE}:${CI_COMMIT_SHORT_SHA}" "${CI_COMMIT_TAG}"',
      'crane tag "${CI_REGISTRY_IMAGE}:${CI_COMMIT_SHORT_SHA}" latest',
    ])
    expect(script.join('\n')).not.toMatch(/PASSWORD|--password|-p /)
  })

  it('signs in with the config.json of DOCKER_AUTH_CONFIG as the build jobs do (as it is, or merged)', () => {
    const beforeOf = (merge: boolean) => {
      const job = releaseJob(
        config({
          release: { enabled: true },
          registries: { dockerAuthConfig: { source: 'variable', variable: 'DOCKER_AUTH_CONFIG', merge } },
        }),
      )
      return ((job?.body.before_script ?? []) as unknown[]).map(String)
    }
    const asItIs = beforeOf(false)
    expect(asItIs.some((line) => line.includes('"${DOCKER_AUTH_CONFIG}"'))).toBe(true)
    expect(asItIs).toContain('printf \'%s\\n\' "$1" > /tmp/release-docker/config.json')
    expect(asItIs.join('\n')).not.toContain('CI_REGISTRY_PASSWORD')
    const merged = beforeOf(true)
    expect(merged.some((line) => line.includes('"${DOCKER_AUTH_CONFIG}"'))).toBe(true)
    expect(merged.join('\n')).toContain('CI_REGISTRY_PASSWORD')
  })

  it('trusts the custom CA through SSL_CERT_FILE on a copy of the system bundle', () => {
    const job = releaseJob(config({ release: { enabled: true }, certificates: { enabled: true } }))
    expect(((job?.body.before_script ?? []) as unknown[]).map(String).slice(0, 3)).toEqual([
      'cat /etc/ssl/certs/ca-certificates.crt > /tmp/release-ca-certificates.crt',
      'cat "${CUSTOM_CA_CERT}" >> /tmp/release-ca-certificates.crt',
      'export SSL_CERT_FILE=/tmp/release-ca-certificates.crt',
    ])
  })
})
