import { splitImageReference } from '../../catalog/version.ts'
import type { ImageView } from '../../config/image-view.ts'
import { COMPRESSIONS, LOG_FORMATS, SNAPSHOT_MODES, VERBOSITY_LEVELS } from '../../config/schema.ts'
import { parseGoBool } from './args.ts'

/**
 * How to move an extra flag's value into its form field. A mover returns the change to make, or null
 * when the value does not fit the field (then the finding has no one-click fix).
 */
type Change = (draft: ImageView) => void
type Mover = (value: string | undefined) => Change | null

const bool =
  (set: (c: ImageView, on: boolean) => void): Mover =>
  (value) => {
    const on = value === undefined ? true : parseGoBool(value)
    return on === undefined ? null : (c) => set(c, on)
  }

const text =
  (set: (c: ImageView, value: string) => void, valid: (v: string) => boolean = () => true): Mover =>
  (value) =>
    value === undefined || !valid(value) ? null : (c) => set(c, value)

const oneOf = <T extends string>(values: readonly T[], set: (c: ImageView, value: T) => void): Mover =>
  text(
    (c, v) => set(c, v as T),
    (v) => (values as readonly string[]).includes(v) && v !== 'default',
  )

const retries = (set: (c: ImageView, n: number) => void): Mover =>
  text(
    (c, v) => set(c, Number(v)),
    (v) => /^\d+$/.test(v) && Number(v) <= 100,
  )

const nonEmpty = (v: string) => v !== ''
const oneWord = (v: string) => v !== '' && !/\s/.test(v)
const singleLine = (v: string) => !/[\r\n]/.test(v)
const argName = (v: string) => v !== '' && !/[\s=]/.test(v)

function destination(value: string | undefined): Change | null {
  if (value === undefined) return null
  const { repository, tag, digest } = splitImageReference(value)
  if (repository === '' || digest !== '') return null
  const wanted = tag === '' ? 'latest' : tag
  return (c) => {
    const existing = c.destinations.find((d) => d.repository === repository)
    if (!existing) c.destinations.push({ repository, tags: [wanted], when: 'always' })
    else if (!existing.tags.includes(wanted)) existing.tags.push(wanted)
  }
}

function buildArg(value: string | undefined): Change | null {
  if (value === undefined) return null
  const eq = value.indexOf('=')
  const name = eq < 0 ? value : value.slice(0, eq)
  if (!argName(name)) return null
  return (c) => {
    c.build.buildArgs.push({ name, value: eq < 0 ? '' : value.slice(eq + 1), fromEnvironment: eq < 0 })
  }
}

function label(value: string | undefined): Change | null {
  const eq = value?.indexOf('=') ?? -1
  if (value === undefined || eq < 1 || !argName(value.slice(0, eq))) return null
  return (c) => {
    c.build.labels.push({ key: value.slice(0, eq), value: value.slice(eq + 1) })
  }
}

/** By kaniko's current flag name (deprecated names use their replacement's mover). */
export const FIELD_MOVERS: Readonly<Record<string, Mover>> = {
  dockerfile: text((c, v) => {
    c.build.dockerfile = v
  }, nonEmpty),
  context: text((c, v) => {
    c.build.context = v
  }, nonEmpty),
  target: text((c, v) => {
    c.build.target = v
  }, singleLine),
  'skip-unused-stages': bool((c, on) => {
    c.build.skipUnusedStages = on
  }),
  'custom-platform': text((c, v) => {
    c.advanced.customPlatform = v
  }, oneWord),
  'build-arg': buildArg,
  label,
  destination,
  'no-push': bool((c, on) => {
    c.advanced.noPush = on
  }),
  'tar-path': text((c, v) => {
    c.advanced.tarPath = v
  }),
  'digest-file': text((c, v) => {
    c.advanced.digestFile = v
  }),
  'image-name-with-digest-file': text((c, v) => {
    c.advanced.imageNameWithDigestFile = v
  }),
  'push-retry': retries((c, n) => {
    c.advanced.pushRetry = n
  }),
  'image-download-retry': retries((c, n) => {
    c.advanced.imageDownloadRetry = n
  }),
  'skip-push-permission-check': bool((c, on) => {
    c.advanced.skipPushPermissionCheck = on
  }),
  reproducible: bool((c, on) => {
    c.advanced.reproducible = on
  }),
  compression: oneOf(COMPRESSIONS, (c, v) => {
    c.advanced.compression = v
  }),
  cache: bool((c, on) => {
    c.cache.enabled = on
  }),
  'cache-repo': text((c, v) => {
    c.cache.repository = v
  }),
  'cache-ttl': text(
    (c, v) => {
      c.cache.ttl = v
    },
    (v) => /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(v),
  ),
  'cache-copy-layers': bool((c, on) => {
    c.cache.copyLayers = on
  }),
  'cache-run-layers': bool((c, on) => {
    c.cache.runLayers = on
  }),
  'compressed-caching': bool((c, on) => {
    c.cache.compressedCaching = on
  }),
  'snapshot-mode': oneOf(SNAPSHOT_MODES, (c, v) => {
    c.snapshot.mode = v
  }),
  'single-snapshot': bool((c, on) => {
    c.snapshot.singleSnapshot = on
  }),
  'use-new-run': bool((c, on) => {
    c.snapshot.useNewRun = on
  }),
  'ignore-path': text(
    (c, v) => {
      c.snapshot.ignorePaths.push(v)
    },
    (v) => v !== '' && singleLine(v),
  ),
  'registry-mirror': text((c, v) => {
    c.advanced.registryMirrors.push(v)
  }, oneWord),
  cleanup: bool((c, on) => {
    c.advanced.cleanup = on
  }),
  verbosity: oneOf(VERBOSITY_LEVELS, (c, v) => {
    c.advanced.verbosity = v
  }),
  'log-format': oneOf(LOG_FORMATS, (c, v) => {
    c.advanced.logFormat = v
  }),
  'log-timestamp': bool((c, on) => {
    c.advanced.logTimestamp = on
  }),
}
