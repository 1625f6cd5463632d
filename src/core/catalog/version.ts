/** What an executor image tag tells us about the kaniko version inside and whether it has a shell. */
export interface ExecutorTagInfo {
  /** [major, minor, patch] when the tag pins a version, otherwise null (floating `debug`, `latest`, digests…). */
  readonly version: readonly [number, number, number] | null
  /** True for `*-debug`, `debug` and the old `debug-vX.Y.Z` scheme: the only images with a shell. */
  readonly debug: boolean
  /** True when the tag moves over time (`debug`, `latest`, `slim`). */
  readonly floating: boolean
}

const PINNED = /^v?(\d+)\.(\d+)\.(\d+)(?:-(debug|slim))?$/
const OLD_DEBUG_SCHEME = /^debug-v(\d+)\.(\d+)\.(\d+)$/

export function parseExecutorTag(tag: string): ExecutorTagInfo {
  const pinned = PINNED.exec(tag)
  if (pinned) {
    return { version: toVersion(pinned), debug: pinned[4] === 'debug', floating: false }
  }
  const old = OLD_DEBUG_SCHEME.exec(tag)
  if (old) return { version: toVersion(old), debug: true, floating: false }
  if (tag === 'debug') return { version: null, debug: true, floating: true }
  return { version: null, debug: false, floating: tag === 'latest' || tag === 'slim' || tag === '' }
}

function toVersion(match: RegExpExecArray): [number, number, number] {
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/** -1, 0 or 1, like a comparator. */
export function compareVersions(
  a: readonly [number, number, number],
  b: readonly [number, number, number],
): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}

/** Splits `host/path/name:tag@digest` into its repository and tag (tag '' when absent). */
export function splitImageReference(reference: string): { repository: string; tag: string; digest: string } {
  const [withoutDigest = '', digest = ''] = reference.split('@', 2)
  const lastSlash = withoutDigest.lastIndexOf('/')
  const lastColon = withoutDigest.lastIndexOf(':')
  if (lastColon > lastSlash) {
    return { repository: withoutDigest.slice(0, lastColon), tag: withoutDigest.slice(lastColon + 1), digest }
  }
  return { repository: withoutDigest, tag: '', digest }
}
