import { deepEqual } from '../../core/config/defaults.ts'
import { getIn, type Path } from './paths.ts'

export const SECTION_IDS = [
  'executor',
  'build',
  'destinations',
  'registries',
  'proxy',
  'certificates',
  'multiArch',
  'cache',
  'advanced',
  'output',
] as const
export type SectionId = (typeof SECTION_IDS)[number]

/**
 * The config fields each form section edits, as dotted paths. A list counts as one field. Together
 * they cover every field of the config except `version` (a unit test checks it).
 */
export const SECTION_FIELDS: Readonly<Record<SectionId, readonly string[]>> = {
  executor: ['executor.source', 'executor.tag', 'executor.customImage', 'executor.overrideEntrypoint'],
  build: [
    'job.name',
    'job.stage',
    'build.context',
    'build.dockerfile',
    'build.target',
    'build.buildArgs',
    'build.labels',
    'build.ociLabels',
    'build.skipUnusedStages',
  ],
  destinations: ['destinations', 'job.triggers', 'job.manual', 'job.runnerTags'],
  registries: [
    'registries.gitlabAuth',
    'registries.dependencyProxy.enabled',
    'registries.dependencyProxy.stripPort',
    'registries.dependencyProxy.prefixBuildArg',
    'registries.extra',
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
    'certificates.registry',
  ],
  multiArch: [
    'multiArch.enabled',
    'multiArch.platforms',
    'multiArch.tagSuffix',
    'multiArch.manifestToolImage',
    'multiArch.manifestJobName',
    'multiArch.manifestRunnerTags',
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
    'advanced.extraFlags',
    'advanced.extraArgsVariable',
  ],
  output: ['output.comments', 'output.stagesBlock', 'output.header'],
}

export const toPath = (dotted: string): Path => dotted.split('.')

/** How many of a section's fields differ from the defaults. */
export function changedCount(draft: unknown, defaults: unknown, id: SectionId): number {
  return SECTION_FIELDS[id].filter((f) => !deepEqual(getIn(draft, toPath(f)), getIn(defaults, toPath(f))))
    .length
}

/** The section whose field owns an issue path such as `destinations[0].tags[1]`; undefined when none. */
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
