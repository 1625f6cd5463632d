import type { ConfigInput } from './schema.ts'

/**
 * Version 1 → 2: one image becomes `images[0]`, the job's name, stage and triggers move to where
 * version 2 keeps them, and the layout stays separate jobs, so the generated YAML does not change.
 * Works on raw objects (a v1 file or link holds only what differs from the defaults): a key that was
 * absent stays absent and takes the same default in version 2. Never edit: links in the wild use it.
 */
export function migrateV1ToV2(v1: Record<string, unknown>): Record<string, unknown> {
  const { job, build, destinations, multiArch, advanced, ...shared } = v1
  const jobRecord = asRecord(job)
  const advancedRecord = asRecord(advanced)
  const image: Record<string, unknown> = {
    ...pick(jobRecord, { name: 'name', runnerTags: 'runnerTags' }),
    ...asRecord(build),
    ...(destinations === undefined ? {} : { destinations }),
    ...(multiArch === undefined ? {} : { multiArch }),
    ...pick(advancedRecord, { extraFlags: 'extraFlags', extraArgsVariable: 'extraArgsVariable' }),
  }
  const { extraFlags: _flags, extraArgsVariable: _variable, ...advancedRest } = advancedRecord
  const triggers: Record<string, unknown> = {
    ...pick(jobRecord, { triggers: 'on' }),
    ...(jobRecord.manual === undefined
      ? {}
      : {
          manual:
            jobRecord.manual === true ? 'manual' : jobRecord.manual === false ? 'off' : jobRecord.manual,
        }),
  }
  const pipeline: Record<string, unknown> = {
    ...pick(jobRecord, { stage: 'stage' }),
    layout: 'jobs',
    ...(Object.keys(triggers).length > 0 ? { triggers } : {}),
  }
  const { name: _n, runnerTags: _r, stage: _s, triggers: _t, manual: _m, ...unknownJobKeys } = jobRecord
  return {
    ...shared,
    pipeline: { ...pipeline, ...unknownJobKeys },
    images: [image],
    ...(advanced === undefined ? {} : { advanced: isRecord(advanced) ? advancedRest : advanced }),
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A non-object keeps its place so that validation names it; here it reads as empty. */
function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

function pick(from: Record<string, unknown>, renames: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [oldKey, newKey] of Object.entries(renames)) if (oldKey in from) out[newKey] = from[oldKey]
  return out
}

type ImageInput = NonNullable<ConfigInput['images']>[number]

/**
 * What a version 1 file or link could hold, written with the version 2 types of the parts that did
 * not change. Old links are read with it; tests of one-image behaviour use it as a short form.
 */
export type ConfigInputV1 = Omit<ConfigInput, 'version' | 'pipeline' | 'images' | 'release' | 'advanced'> & {
  version?: 1
  job?: {
    name?: string
    stage?: string
    runnerTags?: string[]
    triggers?: ('tag' | 'default-branch' | 'branch' | 'merge-request')[]
    manual?: boolean
  }
  build?: Pick<
    ImageInput,
    'context' | 'dockerfile' | 'target' | 'buildArgs' | 'labels' | 'ociLabels' | 'skipUnusedStages'
  >
  destinations?: ImageInput['destinations']
  multiArch?: ImageInput['multiArch']
  advanced?: ConfigInput['advanced'] & Pick<ImageInput, 'extraFlags' | 'extraArgsVariable'>
}
