import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMap, isScalar, parseDocument } from 'yaml'
import { arbitraryConfig } from '../../testing/arbitraries.ts'
import type { ConfigInputV1 as ConfigInput } from '../config/migrate-v1.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { Config } from '../config/schema.ts'
import { generate } from './index.ts'

/** Every generated comment must be true of the config it was generated for (issue 10, item 11). */

/** The comment above each job, by job name. */
function jobComments(config: Config): Map<string, string> {
  const doc = parseDocument(generate(config))
  const comments = new Map<string, string>()
  if (!isMap(doc.contents)) return comments
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.value !== 'stages') {
      comments.set(String(pair.key.value), pair.key.commentBefore ?? '')
    }
  }
  return comments
}

const DEBUG_LINE = 'The -debug image has the shell the job script needs.'

const table: readonly {
  readonly name: string
  readonly input: ConfigInput
  readonly job?: string
  readonly has: readonly string[]
  readonly hasNot?: readonly string[]
}[] = [
  {
    name: 'the default',
    input: {},
    has: ['Builds and pushes the image with kaniko.', DEBUG_LINE],
    hasNot: ['tarball', 'Dependency Proxy'],
  },
  {
    name: '--no-push',
    input: { advanced: { noPush: true } },
    has: ['Builds the image with kaniko without pushing it (--no-push).'],
    hasNot: ['pushes'],
  },
  {
    name: '--no-push with a tarball',
    input: { advanced: { noPush: true, tarPath: 'image.tar' } },
    has: ['without pushing it', 'Also writes the image to a tarball (--tar-path).'],
    hasNot: ['pushes'],
  },
  {
    name: 'a pinned image without a shell',
    input: { executor: { source: 'google', tag: 'v1.23.2' } },
    has: ['Builds and pushes'],
    hasNot: [DEBUG_LINE],
  },
  {
    name: 'the fork’s floating debug tag',
    input: { executor: { source: 'osscontainertools', tag: 'debug' } },
    has: [DEBUG_LINE],
  },
  {
    name: 'a custom image of another name',
    input: { executor: { source: 'custom', customImage: 'registry.example.com/tools/builder:2.1' } },
    has: ['Builds and pushes'],
    hasNot: [DEBUG_LINE],
  },
  {
    name: 'a custom mirror of a -debug image',
    input: {
      executor: { source: 'custom', customImage: 'registry.example.com/mirror/kaniko:v1.23.2-debug' },
    },
    has: [DEBUG_LINE],
  },
  {
    name: 'a custom image from a variable',
    input: { executor: { source: 'custom', customImage: '$KANIKO_IMAGE' } },
    has: ['Builds and pushes'],
    hasNot: [DEBUG_LINE],
  },
  {
    name: 'a multi-arch build job',
    input: { multiArch: { enabled: true } },
    job: 'build-arm64',
    has: ['Builds and pushes the linux/arm64 image with kaniko.'],
  },
  {
    name: 'the Dependency Proxy with its prefix build arg',
    input: { registries: { dependencyProxy: { enabled: true } } },
    has: ['ARG CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'],
  },
  {
    name: 'the Dependency Proxy without the prefix build arg',
    input: { registries: { dependencyProxy: { enabled: true, prefixBuildArg: false } } },
    has: ['Builds and pushes'],
    hasNot: ['ARG CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'],
  },
  {
    name: 'extra arguments from a variable',
    input: { advanced: { extraArgsVariable: 'KANIKO_ARGS' } },
    has: ['Each word of $KANIKO_ARGS is one more executor argument'],
  },
]

describe('job comments', () => {
  it.each(table.map((row) => [row.name, row] as const))('%s', (_, row) => {
    const comment = jobComments(parseConfigOrThrow(row.input)).get(row.job ?? 'build') ?? ''
    for (const text of row.has) expect(comment).toContain(text)
    for (const text of row.hasNot ?? []) expect(comment).not.toContain(text)
  })

  it('say "pushes" only for jobs that push, and "-debug" only for -debug images, for any config', () => {
    fc.assert(
      fc.property(arbitraryConfig, (config) => {
        if (!config.output.comments) return
        const image =
          config.executor.source === 'custom' ? config.executor.customImage : `x:${config.executor.tag}`
        const debugTag = !image.includes('$') && /:(?:[^:/]*-debug|debug|debug-v[\d.]+)$/.test(image)
        for (const [name, comment] of jobComments(config)) {
          const manifests = config.images
            .filter((i) => i.multiArch.enabled)
            .map((i) => i.multiArch.manifestJobName)
          if (manifests.includes(name)) continue
          expect(comment.includes('pushes'), name).toBe(!config.advanced.noPush)
          expect(comment.includes(DEBUG_LINE), name).toBe(debugTag)
        }
      }),
      { numRuns: 300 },
    )
  })
})
