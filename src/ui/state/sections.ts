import { deepEqual } from '../../core/config/defaults.ts'
import { getIn, type Path } from './paths.ts'

export const SECTION_IDS = [
  'executor',
  'images',
  'pipeline',
  'registries',
  'proxy',
  'certificates',
  'cache',
  'advanced',
  'output',
] as const
export type SectionId = (typeof SECTION_IDS)[number]

/**
 * The fields of one image (relative to `images[i]`), as the Images section edits them. A list counts
 * as one field. Together they cover every field of an image (a unit test checks it).
 */
export const IMAGE_FIELDS: readonly string[] = [
  'name',
  'context',
  'dockerfile',
  'target',
  'buildArgs',
  'labels',
  'ociLabels',
  'skipUnusedStages',
  'destinations',
  'runnerTags',
  'multiArch.enabled',
  'multiArch.platforms',
  'multiArch.tagSuffix',
  'multiArch.manifestToolImage',
  'multiArch.manifestJobName',
  'multiArch.manifestRunnerTags',
  'extraFlags',
  'extraArgsVariable',
  'cacheRepository',
  'changes',
  'changesCompareTo',
  'exists',
  'needs',
  'variables',
]

/**
 * The config fields each form section edits, as dotted paths. A list counts as one field; `images`
 * is counted per image field (IMAGE_FIELDS). Together they cover every field of the config except
 * `version` (a unit test checks it).
 */
export const SECTION_FIELDS: Readonly<Record<SectionId, readonly string[]>> = {
  executor: [
    'executor.source',
    'executor.tag',
    'executor.tagVariable',
    'executor.customImage',
    'executor.overrideEntrypoint',
  ],
  images: ['images'],
  pipeline: [
    'pipeline.stage',
    'pipeline.layout',
    'pipeline.templateName',
    'pipeline.triggers.on',
    'pipeline.triggers.tagPattern',
    'pipeline.triggers.branches',
    'pipeline.triggers.schedules',
    'pipeline.triggers.manual',
    'pipeline.job.needs',
    'pipeline.job.retryMax',
    'pipeline.job.retryWhen',
    'pipeline.job.timeout',
    'pipeline.job.interruptible',
    'pipeline.job.resourceGroup',
    'pipeline.job.variables',
    'pipeline.job.services',
    'release.enabled',
    'release.jobName',
    'release.stage',
    'release.image',
    'release.repository',
    'release.fromTag',
    'release.toTags',
    'release.runnerTags',
  ],
  registries: [
    'registries.gitlabAuth',
    'registries.dependencyProxy.enabled',
    'registries.dependencyProxy.stripPort',
    'registries.dependencyProxy.prefixBuildArg',
    'registries.extra',
    'registries.dockerAuthConfig.source',
    'registries.dockerAuthConfig.variable',
    'registries.dockerAuthConfig.merge',
  ],
  proxy: [
    'proxy.fromRunner',
    'proxy.http',
    'proxy.https',
    'proxy.noProxy',
    'proxy.jobVariables',
    'proxy.buildArgs',
  ],
  certificates: [
    'certificates.enabled',
    'certificates.source',
    'certificates.fileVariable',
    'certificates.onlyWhenSet',
    'certificates.pem',
    'certificates.base64Variable',
    'certificates.path',
    'certificates.registry',
    'certificates.more',
  ],
  cache: [
    'cache.enabled',
    'cache.repository',
    'cache.ttl',
    'cache.copyLayers',
    'cache.runLayers',
    'cache.compressedCaching',
    'snapshot.mode',
    'snapshot.singleSnapshot',
    'snapshot.useNewRun',
    'snapshot.ignorePaths',
  ],
  advanced: [
    'advanced.verbosity',
    'advanced.logFormat',
    'advanced.logTimestamp',
    'advanced.pushRetry',
    'advanced.imageDownloadRetry',
    'advanced.digestFile',
    'advanced.imageNameWithDigestFile',
    'advanced.artifactsExpireIn',
    'advanced.registryMirrors',
    'advanced.reproducible',
    'advanced.cleanup',
    'advanced.noPush',
    'advanced.tarPath',
    'advanced.compression',
    'advanced.customPlatform',
    'advanced.skipPushPermissionCheck',
    'advanced.skipTlsVerify',
    'advanced.skipTlsVerifyPull',
    'advanced.skipTlsVerifyRegistries',
    'advanced.insecure',
    'advanced.insecurePull',
    'advanced.insecureRegistries',
  ],
  output: ['output.comments', 'output.stagesBlock', 'output.header'],
}

export const toPath = (dotted: string): Path => dotted.split('.')

/** How many fields of one image differ from `base` (the default image). */
export function imageChangedCount(image: unknown, base: unknown): number {
  return IMAGE_FIELDS.filter((f) => !deepEqual(getIn(image, toPath(f)), getIn(base, toPath(f)))).length
}

// The form draws the change counts on every render (the section index, each section's header):
// they are counted again only for what changed. A keystroke's draft keeps the identity of every
// part it did not change (setIn), so typing into one image recounts that image only.
const imageCounts = new WeakMap<object, { readonly base: unknown; readonly count: number }>()

function cachedImageChangedCount(image: unknown, base: unknown): number {
  if (image === null || typeof image !== 'object') return imageChangedCount(image, base)
  const last = imageCounts.get(image)
  if (last !== undefined && last.base === base) return last.count
  const count = imageChangedCount(image, base)
  imageCounts.set(image, { base, count })
  return count
}

/** The top-level config keys a section's fields live under. */
const SECTION_ROOTS: ReadonlyMap<SectionId, readonly string[]> = new Map(
  SECTION_IDS.map((id) => [id, [...new Set(SECTION_FIELDS[id].map((f) => f.split('.')[0] ?? f))]]),
)

const lastCounts = new Map<SectionId, { readonly parts: readonly unknown[]; readonly count: number }>()

/**
 * How many of a section's fields differ from the defaults. Images count field by field against the
 * default image; an image beyond the first counts at least once (it adds jobs by itself).
 */
export function changedCount(draft: unknown, defaults: unknown, id: SectionId): number {
  const parts = [defaults, ...(SECTION_ROOTS.get(id) ?? []).map((root) => getIn(draft, [root]))]
  const last = lastCounts.get(id)
  if (last?.parts.every((part, i) => part === parts[i])) return last.count
  const count = countChanged(draft, defaults, id)
  lastCounts.set(id, { parts, count })
  return count
}

function countChanged(draft: unknown, defaults: unknown, id: SectionId): number {
  if (id === 'images') {
    const images = getIn(draft, ['images'])
    const base = getIn(defaults, ['images', 0])
    if (!Array.isArray(images)) return 0
    return images.reduce<number>(
      (n, image, i) => n + Math.max(i > 0 ? 1 : 0, cachedImageChangedCount(image, base)),
      0,
    )
  }
  return SECTION_FIELDS[id].filter((f) => !deepEqual(getIn(draft, toPath(f)), getIn(defaults, toPath(f))))
    .length
}

/** The section whose field owns an issue path such as `images[0].destinations[1].tags`; undefined when none. */
export function sectionOfIssue(issuePath: string): SectionId | undefined {
  for (const id of SECTION_IDS) {
    for (const field of SECTION_FIELDS[id]) {
      if (issuePath === field || issuePath.startsWith(`${field}.`) || issuePath.startsWith(`${field}[`)) {
        return id
      }
    }
  }
  return undefined
}
