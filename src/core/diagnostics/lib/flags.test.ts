import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../config/defaults.ts'
import { imageView } from '../../config/image-view.ts'
import { parseConfigOrThrow } from '../../config/parse.ts'
import { executorCommand } from '../../generate/executor-args.ts'
import { FIELD_MOVERS } from './flag-fields.ts'
import { FLAGS, flagByName, suggestFlag } from './flags.ts'
import { getPath } from './paths.ts'

/** A config that makes the generator emit every flag it knows. */
const everything = imageView(
  parseConfigOrThrow({
    build: {
      target: 'runtime',
      buildArgs: [{ name: 'A', value: '1' }],
      labels: [{ key: 'k', value: 'v' }],
      ociLabels: true,
      skipUnusedStages: true,
    },
    registries: { dependencyProxy: { enabled: true } },
    proxy: { http: 'http://p:1', https: 'http://p:1', noProxy: 'x' },
    certificates: { enabled: true, registry: 'registry.example.com' },
    cache: { enabled: true, ttl: '24h', copyLayers: true, runLayers: false, compressedCaching: false },
    snapshot: { mode: 'redo', singleSnapshot: true, useNewRun: true, ignorePaths: ['/x'] },
    advanced: {
      verbosity: 'debug',
      logFormat: 'json',
      logTimestamp: true,
      pushRetry: 1,
      imageDownloadRetry: 1,
      digestFile: 'd',
      imageNameWithDigestFile: 'n',
      registryMirrors: ['m'],
      reproducible: true,
      cleanup: true,
      noPush: true,
      tarPath: 't',
      compression: 'zstd',
      customPlatform: 'linux/arm64',
      skipPushPermissionCheck: true,
      skipTlsVerify: true,
      skipTlsVerifyPull: true,
      skipTlsVerifyRegistries: ['r'],
      insecure: true,
      insecurePull: true,
      insecureRegistries: ['r'],
    },
  }),
  0,
)

describe('the flag table', () => {
  it('has unique names and shorthands, and deprecated flags point at current ones', () => {
    const names = FLAGS.map((f) => f.name)
    const shorts = FLAGS.flatMap((f) => (f.short ? [f.short] : []))
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(shorts).size).toBe(shorts.length)
    for (const flag of FLAGS.filter((f) => f.replacedBy)) {
      expect(flagByName(flag.replacedBy as string)?.replacedBy, flag.name).toBeUndefined()
    }
  })

  it('names form fields that exist in the config', () => {
    for (const flag of FLAGS.filter((f) => f.field)) {
      expect(getPath(imageView(defaultConfig(), 0), flag.field as string), flag.name).not.toBeUndefined()
    }
  })

  it('knows every flag the generator emits, under its current name and not as a fork-only flag', () => {
    const emitted = executorCommand(everything, '')
      .lines.map((line) => line[0] ?? '')
      .filter((word) => word.startsWith('--'))
      .map((word) => word.slice(2).split('=')[0] as string)
    expect(emitted.length).toBeGreaterThan(40)
    for (const name of emitted) {
      const spec = flagByName(name)
      expect(spec, name).toBeDefined()
      expect(spec?.replacedBy, name).toBeUndefined()
      expect(spec?.forkOnly, name).toBeUndefined()
    }
  })

  it('can move every form-field flag into its field, except the TLS and plain-HTTP ones', () => {
    for (const flag of FLAGS.filter((f) => f.field && !f.insecure)) {
      expect(FIELD_MOVERS[flag.replacedBy ?? flag.name], flag.name).toBeDefined()
    }
  })
})

describe('suggestFlag', () => {
  it('finds the flag meant by a typo, a case or camelCase slip', () => {
    expect(suggestFlag('cahce')?.name).toBe('cache')
    expect(suggestFlag('cahce-ttl')?.name).toBe('cache-ttl')
    expect(suggestFlag('snapshot_mode')?.name).toBe('snapshot-mode')
    expect(suggestFlag('customPlatform')?.name).toBe('custom-platform')
    expect(suggestFlag('Destination')?.name).toBe('destination')
  })

  it('suggests nothing for short or far-off names', () => {
    expect(suggestFlag('GA')).toBeUndefined()
    expect(suggestFlag('frobnicate')).toBeUndefined()
  })
})
