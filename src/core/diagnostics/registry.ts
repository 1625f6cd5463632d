import { buildRules } from './rules/build.ts'
import { caCompanionRules } from './rules/ca-companions.ts'
import { cacheRules } from './rules/cache.ts'
import { credentialRules } from './rules/credentials.ts'
import { destinationRules } from './rules/destinations.ts'
import { executorRules } from './rules/executor.ts'
import { extraFlagRules } from './rules/extra-flags.ts'
import { jobRules } from './rules/job.ts'
import { multiArchRules } from './rules/multi-arch.ts'
import { pipelineRules } from './rules/pipeline.ts'
import { proxyRules } from './rules/proxy.ts'
import { registryRules } from './rules/registries.ts'
import { tlsRules } from './rules/tls.ts'
import type { AnyPipelineRule, AnyRule } from './types.ts'

/** Every rule, in the order findings of equal severity are listed. One file per area under rules/. */
export const RULES: readonly AnyRule[] = [
  ...executorRules,
  ...destinationRules,
  ...jobRules,
  ...proxyRules,
  ...credentialRules,
  ...tlsRules,
  ...registryRules,
  ...cacheRules,
  ...multiArchRules,
  ...buildRules,
  ...extraFlagRules,
]

/** Rules over the whole config (several images, pipeline settings), listed after the image rules. */
export const PIPELINE_RULES: readonly AnyPipelineRule[] = [...pipelineRules, ...caCompanionRules]
