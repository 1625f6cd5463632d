import {
  COMPRESSIONS,
  type Destination,
  type Image,
  LOG_FORMATS,
  SNAPSHOT_MODES,
  VERBOSITY_LEVELS,
} from '../../config/schema.ts'
import type { ExecutorRun, FlagUse } from '../kaniko/argv.ts'
import { because, type ReasonCode } from '../reasons.ts'
import { wordText } from '../shell/words.ts'
import type { Origin } from '../types.ts'
import { flagText, type Notes, shellTextOf, wordVariables } from './values.ts'

/** Why a flag with a field is kept as an extra flag instead. */
type ExtraReason = Extract<ReasonCode, `extra-${string}`>

/** A setting shared by every image (`cache.enabled`), as one run of the original sets it. */
export interface SharedSetting {
  /** Dotted path in the config. */
  readonly key: string
  readonly value: unknown
  /** The flag as an extra flag, for an image whose value differs from the others'. */
  readonly asExtraFlags: readonly string[]
  /** The flags as notes name them. */
  readonly written: string
  readonly origin: Origin
}

/** One `--destination` of a run, and its place in the config's list where the matrix layout names it. */
export interface RunDestination {
  readonly text: string
  readonly origin: Origin
  readonly when: Destination['when']
  readonly slot?: DestinationSlot
}

/**
 * The 1-based place of a destination among several (`KC_REPOSITORY_<n>`, `KC_TAG_<n>_<m>`);
 * `orTag` when only `KC_TAG_<n>` names it, which is also the n-th tag of a single destination.
 */
export interface DestinationSlot {
  readonly place: number
  readonly orTag: boolean
}

/** What one executor run of the original sets: the image's own fields and the shared settings. */
export interface RunSettings {
  readonly image: Pick<
    Image,
    | 'context'
    | 'dockerfile'
    | 'target'
    | 'buildArgs'
    | 'labels'
    | 'skipUnusedStages'
    | 'extraFlags'
    | 'extraArgsVariable'
  > & { destinations: RunDestination[] }
  readonly shared: Map<string, SharedSetting>
  /** `--registry-certificate host=path`, matched with the CA writes later. */
  readonly registryCertificates: RegistryCertificate[]
  readonly origin: Origin
}

/** `--registry-certificate host=path`, passed always or only when a variable is set (`${X:+…}`). */
export interface RegistryCertificate {
  readonly host: string
  readonly path: string
  readonly onlyWhenSet: string | null
  readonly origin: Origin
  /** The flag as an extra flag of the image (for one no CA of the config writes). */
  readonly flag: string
}

type Kind =
  | { readonly type: 'bool'; readonly key: string }
  | { readonly type: 'text'; readonly key: string; readonly valid?: (value: string) => boolean }
  | { readonly type: 'enum'; readonly key: string; readonly values: readonly string[] }
  | { readonly type: 'int'; readonly key: string }
  | { readonly type: 'list'; readonly key: string; readonly fits: (value: string) => boolean }

const bool = (key: string): Kind => ({ type: 'bool', key })
const text = (key: string, valid?: (value: string) => boolean): Kind =>
  valid ? { type: 'text', key, valid } : { type: 'text', key }
const oneOf = (key: string, values: readonly string[]): Kind => ({ type: 'enum', key, values })
const list = (key: string, fits = oneWord): Kind => ({ type: 'list', key, fits })
function oneWord(value: string): boolean {
  return value !== '' && !/\s/.test(value)
}
/** A path kaniko skips may hold spaces (the config's ignore paths are single lines). */
const oneLine = (value: string) => value !== '' && !/[\r\n]/.test(value)
const isDuration = (value: string) => /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(value)

/** Flags whose value every image shares, by kaniko's flag name (the inverse of generate/executor-args.ts). */
const SHARED_FLAGS: Readonly<Record<string, Kind>> = {
  cache: bool('cache.enabled'),
  'cache-repo': text('cache.repository'),
  'cache-ttl': text('cache.ttl', isDuration),
  'cache-copy-layers': bool('cache.copyLayers'),
  'cache-run-layers': bool('cache.runLayers'),
  'compressed-caching': bool('cache.compressedCaching'),
  'snapshot-mode': oneOf('snapshot.mode', SNAPSHOT_MODES),
  'single-snapshot': bool('snapshot.singleSnapshot'),
  'use-new-run': bool('snapshot.useNewRun'),
  'ignore-path': list('snapshot.ignorePaths', oneLine),
  'registry-mirror': list('advanced.registryMirrors'),
  'skip-tls-verify': bool('advanced.skipTlsVerify'),
  'skip-tls-verify-pull': bool('advanced.skipTlsVerifyPull'),
  'skip-tls-verify-registry': list('advanced.skipTlsVerifyRegistries'),
  insecure: bool('advanced.insecure'),
  'insecure-pull': bool('advanced.insecurePull'),
  'insecure-registry': list('advanced.insecureRegistries'),
  'custom-platform': text('advanced.customPlatform', oneWord),
  'no-push': bool('advanced.noPush'),
  'tar-path': text('advanced.tarPath'),
  'digest-file': text('advanced.digestFile'),
  'image-name-with-digest-file': text('advanced.imageNameWithDigestFile'),
  'push-retry': { type: 'int', key: 'advanced.pushRetry' },
  'image-download-retry': { type: 'int', key: 'advanced.imageDownloadRetry' },
  'skip-push-permission-check': bool('advanced.skipPushPermissionCheck'),
  reproducible: bool('advanced.reproducible'),
  compression: oneOf('advanced.compression', COMPRESSIONS),
  cleanup: bool('advanced.cleanup'),
  verbosity: oneOf('advanced.verbosity', VERBOSITY_LEVELS),
  'log-format': oneOf('advanced.logFormat', LOG_FORMATS),
  'log-timestamp': bool('advanced.logTimestamp'),
}

export const PROXY_PREFIX = 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'

/** Boolean settings whose default is on: `--cache-run-layers` alone changes nothing. */
const DEFAULT_ON = new Set(['cache.runLayers', 'cache.compressedCaching'])

export interface RunContext {
  /** Variables the job's script assigns: a value using one cannot be reproduced. */
  readonly scriptAssigned: ReadonlySet<string>
  /** The free-form variable the image keeps as `extraArgsVariable` (its flags are not mapped). */
  readonly extraArgsVariable: string
  readonly notes: Notes
}

/** A flag as an extra flag of the image: kaniko's current spelling, `--name=value`. */
function extraFlagText(flag: FlagUse, value: string | null): string {
  if (flag.spec.type === 'bool') return flag.enabled === false ? `--${flag.name}=false` : `--${flag.name}`
  return `--${flag.name}=${value ?? ''}`
}

export function readRunSettings(run: ExecutorRun, context: RunContext): RunSettings {
  const { notes } = context
  const image: RunSettings['image'] = {
    context: '',
    dockerfile: '',
    target: '',
    buildArgs: [],
    labels: [],
    skipUnusedStages: false,
    extraFlags: [],
    extraArgsVariable: context.extraArgsVariable,
    destinations: [],
  }
  const shared = new Map<string, SharedSetting>()
  const registryCertificates: RunSettings['registryCertificates'] = []
  const lists = new Map<string, { values: string[]; flags: string[]; written: string[]; origin: Origin }>()

  for (const flag of run.flags) {
    const swallowed = run.swallowed.find(
      (s) => s.flag === flag.spelledAs && flag.value && wordText(flag.value) === s.value,
    )
    if (swallowed) {
      // pflag took the next flag as this one's value (IMP103): map what the author meant.
      notes.notMapped(flag, because('flag-swallowed', { flag: flagText(flag) }))
      const meant = swallowed.value.replace(/^--/, '').split('=')[0] ?? ''
      const kind = SHARED_FLAGS[meant]
      if (kind?.type === 'bool' && !swallowed.value.includes('=')) {
        shared.set(kind.key, {
          key: kind.key,
          value: true,
          asExtraFlags: [swallowed.value],
          written: `\`${swallowed.value}\``,
          origin: swallowed.origin,
        })
        notes.change(swallowed.origin, because('flag-swallowed-own', { value: swallowed.value }))
      } else notes.notMapped(swallowed.origin, because('flag-swallowed-lost', { value: swallowed.value }))
      continue
    }
    // `${X:+--flag} ${X:+value}`: only an optional CA's `--registry-certificate` is read so.
    if (flag.onlyWhenSet && flag.name !== 'registry-certificate') {
      notes.notMapped(
        flag,
        because('flag-only-when-set', { flag: flagText(flag), variable: flag.onlyWhenSet }),
      )
      continue
    }
    if (flag.source) {
      if (flag.source.variable === context.extraArgsVariable && flag.source.via !== 'substitution') continue
      notes.notMapped(
        flag,
        because('flag-other-free-form', {
          flag: flagText(flag),
          variable: flag.source.variable,
          kept: context.extraArgsVariable,
        }),
      )
      continue
    }
    if (flag.name === 'build-arg' && flag.value && wordText(flag.value).startsWith(PROXY_PREFIX)) {
      // The Dependency Proxy prefix: `registries.dependencyProxy` writes it (its form tells stripPort).
      const text = wordText(flag.value)
      image.buildArgs.push({
        name: PROXY_PREFIX,
        value: text.slice(PROXY_PREFIX.length + 1),
        fromEnvironment: !text.includes('='),
      })
      continue
    }
    let value: string | null = null
    if (flag.value) {
      const read = shellTextOf(flag.value)
      if (!read.ok) {
        notes.notMapped(
          flag,
          because(read.kind === 'command' ? 'flag-command-substitution' : 'flag-parameter-expansion', {
            flag: flagText(flag),
            expansion: read.expansion,
          }),
        )
        continue
      }
      value = read.text
      const assigned = wordVariables(flag.value).filter((name) => context.scriptAssigned.has(name))
      if (assigned.length > 0)
        notes.notMapped(
          flag,
          because('flag-uses-assigned', {
            flag: flagText(flag),
            variables: assigned.map((n) => `\`${n}\``).join(', '),
          }),
        )
    }
    if (flag.spelledAs !== `--${flag.name}` && flag.spelledAs.startsWith('--'))
      notes.change(flag, because('flag-renamed', { flag: flagText(flag), name: flag.name }))
    const toExtra = (why: ExtraReason | null) => {
      image.extraFlags.push(extraFlagText(flag, value))
      if (why) notes.change(flag, because(why, { flag: flagText(flag) }))
    }
    switch (flag.name) {
      case 'context':
      case 'dockerfile':
      case 'target':
        if (value === null || (value === '' && flag.name !== 'target')) {
          notes.notMapped(flag, because('flag-no-value', { flag: flagText(flag) }))
          break
        }
        if (image[flag.name] !== '') toExtra('extra-given-twice')
        else image[flag.name] = value
        break
      case 'destination':
        if (value) image.destinations.push({ text: value, origin: flag, when: flag.when ?? 'always' })
        break
      case 'build-arg': {
        if (!value) break
        const equals = value.indexOf('=')
        const name = equals < 0 ? value : value.slice(0, equals)
        if (name === '' || /[\s=]/.test(name)) toExtra('extra-name-not-word')
        else
          image.buildArgs.push({
            name,
            value: equals < 0 ? '' : value.slice(equals + 1),
            fromEnvironment: equals < 0,
          })
        break
      }
      case 'label': {
        const equals = value?.indexOf('=') ?? -1
        if (!value || equals < 1) toExtra('extra-not-key-value')
        else image.labels.push({ key: value.slice(0, equals), value: value.slice(equals + 1) })
        break
      }
      case 'skip-unused-stages':
        image.skipUnusedStages = flag.enabled === true
        break
      case 'registry-certificate': {
        const equals = value?.indexOf('=') ?? -1
        if (value && equals > 0)
          registryCertificates.push({
            host: value.slice(0, equals),
            path: value.slice(equals + 1),
            onlyWhenSet: flag.onlyWhenSet ?? null,
            origin: flag,
            flag: extraFlagText(flag, value),
          })
        else toExtra('extra-not-host-path')
        break
      }
      default: {
        const kind = SHARED_FLAGS[flag.name]
        if (!kind) {
          toExtra(null)
          notes.change(flag, because('flag-no-field', { flag: flagText(flag) }))
          break
        }
        const asExtraFlags = [extraFlagText(flag, value)]
        if (kind.type === 'list') {
          if (!value || !kind.fits(value)) {
            toExtra('extra-not-one-word')
            break
          }
          const entry = lists.get(kind.key) ?? { values: [], flags: [], written: [], origin: flag }
          entry.values.push(value)
          entry.flags.push(...asExtraFlags)
          entry.written.push(flagText(flag))
          lists.set(kind.key, entry)
          break
        }
        let setting: unknown
        if (kind.type === 'bool') setting = flag.enabled
        else if (value === null) setting = undefined
        else if (kind.type === 'int') setting = /^\d+$/.test(value) ? Number(value) : undefined
        else if (kind.type === 'enum') setting = kind.values.includes(value) ? value : undefined
        else setting = !kind.valid || kind.valid(value) ? value : undefined
        if (setting === undefined || setting === null) {
          toExtra(value?.includes('$') ? 'extra-variable-value' : 'extra-value-does-not-fit')
          break
        }
        if (kind.type === 'bool' && setting === DEFAULT_ON.has(kind.key)) break
        if (shared.has(kind.key)) {
          toExtra('extra-given-twice')
          break
        }
        shared.set(kind.key, {
          key: kind.key,
          value: setting,
          asExtraFlags,
          written: flagText(flag),
          origin: flag,
        })
      }
    }
  }
  for (const [key, entry] of lists)
    shared.set(key, {
      key,
      value: entry.values,
      asExtraFlags: entry.flags,
      written: entry.written.join(' '),
      origin: entry.origin,
    })
  return { image, shared, registryCertificates, origin: run }
}

/** `repo:tag` → repository and tag; a reference without a tag is kept whole (`tags: []`). */
export function splitDestination(text: string): { repository: string; tag: string | null } {
  if (text.includes('@')) return { repository: text, tag: null }
  const slash = text.lastIndexOf('/')
  const colon = text.lastIndexOf(':')
  // `${X:-y}` is refused before this; a colon inside `${…}` cannot occur.
  if (colon <= slash || colon === text.length - 1) return { repository: text, tag: null }
  return { repository: text.slice(0, colon), tag: text.slice(colon + 1) }
}

/**
 * Destinations grouped by repository, all pushed when `when` says: where a destination's `slot`
 * names its place in the config (the `matrix` layout's numbered variables), there; the others fill
 * the free places in the order the job pushes them. A reference pushed twice stays twice (KC204
 * reports it): dropping one would change the pipeline.
 */
export function groupDestinations(
  texts: readonly { text: string; when: Destination['when']; slot?: DestinationSlot }[],
): Destination[] {
  const groups: { destination: Destination; slot: DestinationSlot | undefined }[] = []
  for (const { text, when, slot } of texts) {
    const { repository, tag } = splitDestination(text)
    const existing = groups.find(
      ({ destination: d, slot: s }) =>
        d.repository === repository && d.when === when && d.tags.length > 0 && sameSlot(s, slot),
    )
    if (tag === null) groups.push({ destination: { repository, tags: [], when }, slot })
    else if (existing) existing.destination.tags.push(tag)
    else groups.push({ destination: { repository, tags: [tag], when }, slot })
  }
  const placed: (Destination | undefined)[] = new Array(groups.length).fill(undefined)
  const free: Destination[] = []
  for (const { destination, slot } of groups) {
    const at = slot === undefined ? -1 : slot.place - 1
    if (at >= 0 && at < placed.length && placed[at] === undefined) placed[at] = destination
    else free.push(destination)
  }
  return placed.map((d) => d ?? (free.shift() as Destination))
}

/** Two tags of one destination: their places agree, or one is a tag's number. */
const sameSlot = (a: DestinationSlot | undefined, b: DestinationSlot | undefined) =>
  a?.place === b?.place || a?.orTag === true || b?.orTag === true
