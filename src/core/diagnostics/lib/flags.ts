import type { Version } from './executor-image.ts'

/**
 * The executor's flags (kaniko cmd/executor/cmd/root.go at v1.24.0, plus the osscontainertools
 * fork's own), for checking `advanced.extraFlags`. See docs/diagnostics.md and domain.md §2, §3.
 */
export type FlagType = 'bool' | 'string' | 'int' | 'duration'

export interface FlagSpec {
  /** Without dashes, as kaniko spells it. */
  readonly name: string
  readonly short?: string
  readonly type: FlagType
  readonly repeatable?: boolean
  /** First kaniko version that has the flag (absent: already in v1.9.0). */
  readonly since?: Version
  /** Only in the osscontainertools fork. */
  readonly forkOnly?: boolean
  /** Deprecated: the name to use instead. */
  readonly replacedBy?: string
  /** Config path of the form field that emits this flag. */
  readonly field?: string
  /** Turns off certificate checks (tls) or allows plain HTTP (http): reported by the TLS rules. */
  readonly insecure?: 'tls' | 'http'
  /** kaniko's value when the flag is absent, where it is not false, 0 or empty. */
  readonly default?: string
}

const V191: Version = [1, 9, 1]
const V1100: Version = [1, 10, 0]

export const FLAGS: readonly FlagSpec[] = [
  // Build input
  { name: 'dockerfile', short: 'f', type: 'string', field: 'build.dockerfile' },
  { name: 'context', short: 'c', type: 'string', field: 'build.context' },
  { name: 'context-sub-path', type: 'string' },
  { name: 'bucket', short: 'b', type: 'string' },
  { name: 'git', type: 'string' },
  { name: 'build-arg', type: 'string', repeatable: true, field: 'build.buildArgs' },
  { name: 'target', type: 'string', field: 'build.target' },
  { name: 'skip-unused-stages', type: 'bool', field: 'build.skipUnusedStages' },
  { name: 'custom-platform', type: 'string', since: V191, field: 'advanced.customPlatform' },
  { name: 'label', type: 'string', repeatable: true, field: 'build.labels' },
  // Output and push
  { name: 'destination', short: 'd', type: 'string', repeatable: true, field: 'destinations' },
  { name: 'no-push', type: 'bool', field: 'advanced.noPush' },
  { name: 'no-push-cache', type: 'bool' },
  { name: 'tar-path', type: 'string', since: V191, field: 'advanced.tarPath' },
  { name: 'oci-layout-path', type: 'string' },
  { name: 'digest-file', type: 'string', field: 'advanced.digestFile' },
  { name: 'image-name-with-digest-file', type: 'string', field: 'advanced.imageNameWithDigestFile' },
  { name: 'image-name-tag-with-digest-file', type: 'string' },
  { name: 'push-retry', type: 'int', field: 'advanced.pushRetry' },
  { name: 'push-ignore-immutable-tag-errors', type: 'bool', since: [1, 21, 0] },
  {
    name: 'skip-push-permission-check',
    type: 'bool',
    since: [1, 14, 0],
    field: 'advanced.skipPushPermissionCheck',
  },
  { name: 'reproducible', type: 'bool', field: 'advanced.reproducible' },
  { name: 'compression', type: 'string', since: V1100, field: 'advanced.compression' },
  { name: 'compression-level', type: 'int', since: V1100 },
  // Caching
  { name: 'cache', type: 'bool', field: 'cache.enabled' },
  { name: 'cache-repo', type: 'string', field: 'cache.repository' },
  { name: 'cache-dir', type: 'string' },
  { name: 'cache-ttl', type: 'duration', field: 'cache.ttl' },
  { name: 'cache-copy-layers', type: 'bool', field: 'cache.copyLayers' },
  { name: 'cache-run-layers', type: 'bool', field: 'cache.runLayers', default: 'true' },
  { name: 'compressed-caching', type: 'bool', field: 'cache.compressedCaching', default: 'true' },
  // Snapshotting
  { name: 'snapshot-mode', type: 'string', since: V191, field: 'snapshot.mode' },
  { name: 'single-snapshot', type: 'bool', field: 'snapshot.singleSnapshot' },
  { name: 'use-new-run', type: 'bool', field: 'snapshot.useNewRun' },
  { name: 'ignore-path', type: 'string', repeatable: true, field: 'snapshot.ignorePaths' },
  { name: 'ignore-var-run', type: 'bool' },
  { name: 'force-build-metadata', type: 'bool' },
  // Registries and TLS
  { name: 'insecure', type: 'bool', field: 'advanced.insecure', insecure: 'http' },
  { name: 'insecure-pull', type: 'bool', field: 'advanced.insecurePull', insecure: 'http' },
  {
    name: 'insecure-registry',
    type: 'string',
    repeatable: true,
    field: 'advanced.insecureRegistries',
    insecure: 'http',
  },
  { name: 'skip-tls-verify', type: 'bool', field: 'advanced.skipTlsVerify', insecure: 'tls' },
  { name: 'skip-tls-verify-pull', type: 'bool', field: 'advanced.skipTlsVerifyPull', insecure: 'tls' },
  {
    name: 'skip-tls-verify-registry',
    type: 'string',
    repeatable: true,
    field: 'advanced.skipTlsVerifyRegistries',
    insecure: 'tls',
  },
  { name: 'registry-certificate', type: 'string', repeatable: true },
  { name: 'registry-client-cert', type: 'string', repeatable: true, since: V1100 },
  { name: 'registry-mirror', type: 'string', repeatable: true, field: 'advanced.registryMirrors' },
  { name: 'skip-default-registry-fallback', type: 'bool', since: [1, 13, 0] },
  { name: 'registry-map', type: 'string', repeatable: true, since: [1, 21, 0] },
  // Retries, runtime and logging
  { name: 'image-fs-extract-retry', type: 'int' },
  { name: 'image-download-retry', type: 'int', since: [1, 19, 0], field: 'advanced.imageDownloadRetry' },
  { name: 'kaniko-dir', type: 'string' },
  { name: 'cleanup', type: 'bool', field: 'advanced.cleanup' },
  { name: 'force', type: 'bool' },
  { name: 'verbosity', short: 'v', type: 'string', field: 'advanced.verbosity' },
  { name: 'log-format', type: 'string', field: 'advanced.logFormat' },
  { name: 'log-timestamp', type: 'bool', field: 'advanced.logTimestamp' },
  // Deprecated, still accepted with a warning
  { name: 'snapshotMode', type: 'string', replacedBy: 'snapshot-mode', field: 'snapshot.mode' },
  { name: 'customPlatform', type: 'string', replacedBy: 'custom-platform', field: 'advanced.customPlatform' },
  { name: 'tarPath', type: 'string', replacedBy: 'tar-path', field: 'advanced.tarPath' },
  { name: 'whitelist-var-run', type: 'bool', replacedBy: 'ignore-var-run' },
  // osscontainertools fork only
  { name: 'annotation', type: 'string', repeatable: true, forkOnly: true },
  { name: 'credential-helpers', type: 'string', repeatable: true, forkOnly: true },
  { name: 'dryrun', type: 'bool', forkOnly: true },
  { name: 'image-format', type: 'string', forkOnly: true },
  { name: 'materialize', type: 'bool', forkOnly: true },
  { name: 'pre-cleanup', type: 'bool', forkOnly: true },
  { name: 'preserve-context', type: 'bool', forkOnly: true },
  { name: 'secret', type: 'string', repeatable: true, forkOnly: true },
]

const BY_NAME = new Map(FLAGS.map((f) => [f.name, f]))
const BY_SHORT = new Map(FLAGS.filter((f) => f.short).map((f) => [f.short as string, f]))

export function flagByName(name: string): FlagSpec | undefined {
  return BY_NAME.get(name)
}

export function flagByShort(letter: string): FlagSpec | undefined {
  return BY_SHORT.get(letter)
}

/**
 * A known flag close to a misspelt one: the same but for case, `_` or camelCase, or one typo away
 * (two for names of eight letters or more; swapping two letters counts as one typo).
 */
export function suggestFlag(name: string): FlagSpec | undefined {
  const kebab = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase()
  const exact = BY_NAME.get(kebab)
  if (exact) return exact.replacedBy ? BY_NAME.get(exact.replacedBy) : exact
  const allowed = kebab.length >= 8 ? 2 : kebab.length >= 4 ? 1 : 0
  let best: FlagSpec | undefined
  let bestDistance = allowed + 1
  for (const flag of FLAGS) {
    if (flag.replacedBy) continue
    const d = typoDistance(kebab, flag.name, bestDistance)
    if (d < bestDistance) {
      best = flag
      bestDistance = d
    }
  }
  return best
}

/** Edit distance with adjacent swaps (optimal string alignment); gives up at `limit`. */
function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin >= limit) return limit
    before = previous
    previous = current
  }
  return Math.min(previous[b.length] ?? limit, limit)
}
