import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { imageView } from '../config/image-view.ts'
import type { ConfigInputV1 as ConfigInput } from '../config/migrate-v1.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { executorCommand } from './executor-args.ts'

/**
 * The executor's flags come in the order docs/generated-pipeline.md lists them: read the list from
 * the document itself, so the document and the generator cannot drift apart.
 */

const DOC = readFileSync(new URL('../../../docs/generated-pipeline.md', import.meta.url), 'utf8')

/** Flag names in the order the section "Executor arguments, in this order" first names them. */
function documentedOrder(): string[] {
  const start = DOC.indexOf('## Executor arguments, in this order')
  const end = DOC.indexOf('\n## ', start + 1)
  const section = DOC.slice(start, end < 0 ? undefined : end)
  const names: string[] = []
  for (const match of section.matchAll(/`(--[a-z-]+)/g)) {
    const name = match[1] as string
    if (!names.includes(name)) names.push(name)
  }
  return names
}

/** Every option that adds a flag turned on. */
const EVERYTHING: ConfigInput = {
  build: {
    target: 'runtime',
    buildArgs: [{ name: 'A', value: '1' }],
    labels: [{ key: 'k', value: 'v' }],
    ociLabels: true,
    skipUnusedStages: true,
  },
  destinations: [{ repository: 'registry.example.com/app', tags: ['a', 'b'] }],
  registries: { dependencyProxy: { enabled: true } },
  proxy: { http: 'http://p:3128', https: 'http://p:3128', noProxy: 'localhost' },
  certificates: { enabled: true, registry: 'registry.example.com' },
  cache: { enabled: true, ttl: '24h', copyLayers: true, runLayers: false, compressedCaching: false },
  snapshot: { mode: 'redo', singleSnapshot: true, useNewRun: true, ignorePaths: ['/var'] },
  advanced: {
    verbosity: 'debug',
    logFormat: 'json',
    logTimestamp: true,
    pushRetry: 2,
    imageDownloadRetry: 2,
    digestFile: 'digest',
    imageNameWithDigestFile: 'names',
    registryMirrors: ['mirror.gcr.io'],
    reproducible: true,
    cleanup: true,
    noPush: true,
    tarPath: 'image.tar',
    compression: 'zstd',
    customPlatform: 'linux/arm64',
    skipPushPermissionCheck: true,
    skipTlsVerify: true,
    skipTlsVerifyPull: true,
    skipTlsVerifyRegistries: ['r.example.com'],
    insecure: true,
    insecurePull: true,
    insecureRegistries: ['i.example.com'],
    extraFlags: ['--image-fs-extract-retry=3'],
  },
}

/** The flag name each line of the command starts with (`--cache=true` → `--cache`). */
function emittedFlags(input: ConfigInput): string[] {
  const lines = executorCommand(imageView(parseConfigOrThrow(input), 0), '').lines.slice(1)
  return lines.map((line) => (line[0] as string).replace(/^"/, '').split('=')[0] as string)
}

describe('executor arguments', () => {
  it('start with --context, --dockerfile and the destinations, even with proxy build args', () => {
    const flags = emittedFlags({ proxy: { http: 'http://p:3128', https: 'http://p:3128' } })
    expect(flags.slice(0, 3)).toEqual(['--context', '--dockerfile', '--destination'])
  })

  it('follow the order of docs/generated-pipeline.md, extra flags last', () => {
    const order = documentedOrder()
    const flags = emittedFlags(EVERYTHING)
    expect(flags.at(-1)).toBe('--image-fs-extract-retry')
    const known = flags.slice(0, -1)
    for (const flag of known) expect(order, `${flag} is documented`).toContain(flag)
    const positions = known.map((flag) => order.indexOf(flag))
    const outOfOrder = known.filter(
      (_, i) => i > 0 && (positions[i] as number) < (positions[i - 1] as number),
    )
    expect(outOfOrder).toEqual([])
  })
})
