import { buildCases } from './build.ts'
import type { Case } from './case.ts'
import { destinationCases } from './destinations.ts'
import { executorCases } from './executor.ts'
import { multiArchCases } from './multi-arch.ts'
import { networkCases } from './network.ts'
import { pipelineCases } from './pipeline.ts'
import { registryCases } from './registries.ts'

export type { Case } from './case.ts'

/** Test data: at least one case per code (rules.test.ts checks that). */
export const CASES: readonly Case[] = [
  ...executorCases,
  ...destinationCases,
  ...networkCases,
  ...registryCases,
  ...multiArchCases,
  ...buildCases,
  ...pipelineCases,
]
