import { EXECUTOR_FAMILIES, type ExecutorSource } from '../../core/catalog/executors.ts'
import type { Config } from '../../core/config/schema.ts'

/**
 * The executor after choosing another source: a tag that only the old family publishes is replaced
 * by the new family's default, so switching never produces an image that does not exist.
 */
export function switchExecutorSource(
  executor: Config['executor'],
  source: ExecutorSource,
): Config['executor'] {
  if (source === executor.source) return executor
  if (source === 'custom') return { ...executor, source }
  const family = EXECUTOR_FAMILIES[source]
  const tag = family.tags.includes(executor.tag) ? executor.tag : family.defaultTag
  return { ...executor, source, tag }
}
