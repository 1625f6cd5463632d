import { EXECUTOR_FAMILIES } from '../catalog/executors.ts'
import { parseExecutorTag, splitImageReference } from '../catalog/version.ts'
import type { ImageView } from '../config/image-view.ts'

/** The executor image reference the build jobs run in. */
export function executorImage(config: ImageView): string {
  const { executor } = config
  if (executor.source === 'custom') return executor.customImage
  const tag = executor.tagVariable === '' ? executor.tag : `\${${executor.tagVariable}}`
  return `${EXECUTOR_FAMILIES[executor.source].repository}:${tag}`
}

/**
 * Whether the executor image is a debug image by its tag (`*-debug`, `debug`): the variant with the
 * busybox shell GitLab needs. Unknown for a reference built from variables.
 */
export function isDebugExecutorImage(config: ImageView): boolean {
  const image = executorImage(config)
  if (image.includes('$')) return false
  const tag = config.executor.source === 'custom' ? splitImageReference(image).tag : config.executor.tag
  return parseExecutorTag(tag).debug
}

/** The pinned kaniko version of the executor image, when the tag tells it. */
export function executorVersion(config: ImageView): readonly [number, number, number] | null {
  if (config.executor.source !== 'custom' && config.executor.tagVariable !== '') return null
  const tag =
    config.executor.source === 'custom'
      ? splitImageReference(config.executor.customImage).tag
      : config.executor.tag
  return parseExecutorTag(tag).version
}
