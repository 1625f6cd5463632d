import { EXECUTOR_FAMILIES } from '../catalog/executors.ts'
import { parseExecutorTag, splitImageReference } from '../catalog/version.ts'
import type { Config } from '../config/schema.ts'

/** The executor image reference the build jobs run in. */
export function executorImage(config: Config): string {
  const { executor } = config
  if (executor.source === 'custom') return executor.customImage
  return `${EXECUTOR_FAMILIES[executor.source].repository}:${executor.tag}`
}

/** The pinned kaniko version of the executor image, when the tag tells it. */
export function executorVersion(config: Config): readonly [number, number, number] | null {
  const tag =
    config.executor.source === 'custom'
      ? splitImageReference(config.executor.customImage).tag
      : config.executor.tag
  return parseExecutorTag(tag).version
}
