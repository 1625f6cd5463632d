import {
  EXECUTOR_FAMILIES,
  type ExecutorImageFamily,
  GOOGLE_EXECUTOR,
  OSSCONTAINERTOOLS_EXECUTOR,
} from '../../catalog/executors.ts'
import { type ExecutorTagInfo, parseExecutorTag, splitImageReference } from '../../catalog/version.ts'
import type { ImageView } from '../../config/image-view.ts'

export type Version = readonly [number, number, number]

/** The executor image a config runs, as far as the diagnostics can tell. */
export interface ExecutorImage {
  /** The field the user edits to change the image. */
  readonly field: 'executor.tag' | 'executor.tagVariable' | 'executor.customImage'
  /** The known image family (also for a custom reference to a known repository), else null. */
  readonly family: ExecutorImageFamily | null
  readonly repository: string
  /** '' when the reference has no tag. */
  readonly tag: string
  readonly digest: string
  /** What the tag says; null when it cannot be known (unknown image, or `$VARIABLE` in it). */
  readonly info: ExecutorTagInfo | null
}

/** Other names of the known repositories (Docker Hub mirror of the fork). */
const REPOSITORY_ALIASES: Readonly<Record<string, ExecutorImageFamily>> = {
  [GOOGLE_EXECUTOR.repository]: GOOGLE_EXECUTOR,
  [OSSCONTAINERTOOLS_EXECUTOR.repository]: OSSCONTAINERTOOLS_EXECUTOR,
  'martizih/kaniko': OSSCONTAINERTOOLS_EXECUTOR,
  'docker.io/martizih/kaniko': OSSCONTAINERTOOLS_EXECUTOR,
  'index.docker.io/martizih/kaniko': OSSCONTAINERTOOLS_EXECUTOR,
}

export function resolveExecutorImage(config: ImageView): ExecutorImage {
  const { executor } = config
  if (executor.source !== 'custom') {
    const family = EXECUTOR_FAMILIES[executor.source]
    // A tag from a variable is known only when the job runs.
    if (executor.tagVariable !== '')
      return {
        field: 'executor.tagVariable',
        family,
        repository: family.repository,
        tag: `\${${executor.tagVariable}}`,
        digest: '',
        info: null,
      }
    return {
      field: 'executor.tag',
      family,
      repository: family.repository,
      tag: executor.tag,
      digest: '',
      info: parseExecutorTag(executor.tag),
    }
  }
  const { repository, tag, digest } = splitImageReference(executor.customImage)
  const family = REPOSITORY_ALIASES[repository] ?? null
  const dynamic = executor.customImage.includes('$')
  // A digest alone pins the image but says nothing about its version or shell.
  const unknowable = dynamic || (tag === '' && digest !== '')
  return {
    field: 'executor.customImage',
    family,
    repository,
    tag,
    digest,
    info: unknowable ? null : parseExecutorTag(tag),
  }
}

/** The pinned version, only for images of a known family (a vendor's tag numbers mean nothing here). */
export function knownVersion(image: ExecutorImage): Version | null {
  return image.family ? (image.info?.version ?? null) : null
}

/** The config with the executor image's tag changed, keeping a custom reference's repository. */
export function withExecutorTag(config: ImageView, tag: string): void {
  const image = resolveExecutorImage(config)
  if (config.executor.source === 'custom') config.executor.customImage = `${image.repository}:${tag}`
  else config.executor.tag = tag
}

/** Switch to the maintained fork's default tag. */
export function useMaintainedFork(config: ImageView): void {
  config.executor.source = 'osscontainertools'
  config.executor.tag = OSSCONTAINERTOOLS_EXECUTOR.defaultTag
}

export function formatVersion(version: Version): string {
  return `v${version.join('.')}`
}
