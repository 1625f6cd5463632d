import { platformSlug } from '../../catalog/platforms.ts'
import type { Config, DestinationWhen, Image } from '../../config/schema.ts'
import { definePipelineRule } from '../types.ts'

/** Rules over the whole pipeline: triggers, several images, needs and the retag job. */

const scheduleNeverAndOn = definePipelineRule({
  code: 'KC222',
  name: 'schedule-trigger-and-never',
  severity: 'warning',
  check: (config) => {
    const { triggers } = config.pipeline
    if (triggers.schedules !== 'never' || !triggers.on.includes('schedule')) return []
    return [
      {
        fields: ['pipeline.triggers.on', 'pipeline.triggers.schedules'],
        params: {},
        fix: (c: Config) => ({
          ...c,
          pipeline: {
            ...c.pipeline,
            triggers: { ...c.pipeline.triggers, on: c.pipeline.triggers.on.filter((t) => t !== 'schedule') },
          },
        }),
      },
    ]
  },
})

/** Pipelines where GitLab has no push to diff, so rules:changes is always true. */
function pipelinesWithoutDiff(config: Config, image: Image): string[] {
  const on = config.pipeline.triggers.on
  const kinds: string[] = []
  if (on.includes('tag')) kinds.push('tag')
  if (on.includes('schedule')) kinds.push('schedule')
  if (on.includes('web')) kinds.push('web')
  const branches = on.some((t) => t === 'branch' || t === 'default-branch' || t === 'named-branches')
  if (branches && image.changesCompareTo === '') kinds.push('new-branch')
  return kinds
}

const changesWithoutDiff = definePipelineRule({
  code: 'KC223',
  name: 'changes-without-diff',
  severity: 'info',
  check: (config) =>
    config.images.flatMap((image, i) => {
      if (image.changes.length === 0) return []
      const kinds = pipelinesWithoutDiff(config, image)
      if (kinds.length === 0) return []
      return [{ fields: [`images[${i}].changes`], params: { image: image.name, kinds: kinds.join(',') } }]
    }),
})

/** The pipeline kinds a destination is pushed in (see destinations.ts in the generator). */
const PUSHED_IN: Readonly<Record<DestinationWhen, readonly string[]>> = {
  always: ['tag', 'default', 'other', 'merge-request'],
  tag: ['tag'],
  'default-branch': ['default'],
  'other-branches': ['other'],
  'not-tag': ['default', 'other', 'merge-request'],
  'merge-request': ['merge-request'],
}

const overlap = (a: DestinationWhen, b: DestinationWhen) => PUSHED_IN[a].some((k) => PUSHED_IN[b].includes(k))

/** Each written reference of an image: `repository:tag`, or the repository alone when it has no tags. */
function references(image: Image) {
  return image.destinations.flatMap((d, k) =>
    d.tags.length === 0
      ? [{ reference: d.repository, when: d.when, field: `destinations[${k}]` }]
      : d.tags.map((tag, t) => ({
          reference: `${d.repository}:${tag}`,
          when: d.when,
          field: `destinations[${k}].tags[${t}]`,
        })),
  )
}

const sameReferenceTwice = definePipelineRule({
  code: 'KC230',
  name: 'duplicate-destination-across-images',
  severity: 'error',
  check: (config) => {
    if (config.advanced.noPush) return []
    const hits = []
    const seen: { reference: string; when: DestinationWhen; image: string }[] = []
    for (const [i, image] of config.images.entries()) {
      // An image with platforms pushes per-platform tags too, but its joined tag is what collides.
      for (const ref of references(image)) {
        const earlier = seen.find(
          (s) => s.reference === ref.reference && s.image !== image.name && overlap(s.when, ref.when),
        )
        if (earlier)
          hits.push({
            fields: [`images[${i}].${ref.field}`],
            params: { reference: ref.reference, image: image.name, other: earlier.image },
          })
      }
      for (const ref of references(image))
        seen.push({ reference: ref.reference, when: ref.when, image: image.name })
    }
    return hits
  },
})

/** Every job name the generator writes. */
function jobNames(config: Config): Set<string> {
  const names = new Set<string>()
  for (const image of config.images) {
    if (!image.multiArch.enabled) names.add(image.name)
    else {
      for (const p of image.multiArch.platforms) names.add(`${image.name}-${platformSlug(p.platform)}`)
      names.add(image.multiArch.manifestJobName)
    }
  }
  if (config.release.enabled) names.add(config.release.jobName)
  return names
}

const needsUnknownJob = definePipelineRule({
  code: 'KC231',
  name: 'needs-unknown-job',
  severity: 'warning',
  check: (config) => {
    const names = jobNames(config)
    const lists: { path: string; needs: readonly string[] | null }[] = [
      { path: 'pipeline.job.needs', needs: config.pipeline.job.needs },
      ...config.images.map((image, i) => ({ path: `images[${i}].needs`, needs: image.needs })),
    ]
    return lists.flatMap(({ path, needs }) =>
      (needs ?? []).flatMap((job, k) =>
        names.has(job)
          ? []
          : [{ fields: [`${path}[${k}]`], params: { job }, fix: (c: Config) => withoutNeed(c, path, job) }],
      ),
    )
  },
})

function withoutNeed(config: Config, path: string, job: string): Config {
  const drop = (needs: string[] | null) => (needs === null ? null : needs.filter((n) => n !== job))
  if (path === 'pipeline.job.needs')
    return {
      ...config,
      pipeline: {
        ...config.pipeline,
        job: { ...config.pipeline.job, needs: drop(config.pipeline.job.needs) },
      },
    }
  const index = Number(/^images\[(\d+)\]/.exec(path)?.[1])
  return {
    ...config,
    images: config.images.map((image, i) => (i === index ? { ...image, needs: drop(image.needs) } : image)),
  }
}

const releaseSourceNotPushed = definePipelineRule({
  code: 'KC235',
  name: 'release-source-not-pushed',
  severity: 'warning',
  check: (config) => {
    const { release } = config
    if (!release.enabled) return []
    const wanted = `${release.repository}:${release.fromTag}`
    const pushedBeforeTag = config.images.some((image) =>
      references(image).some((ref) => ref.reference === wanted && ref.when !== 'tag'),
    )
    const buildsOnBranches = config.pipeline.triggers.on.some((t) => t !== 'tag')
    if (pushedBeforeTag && (buildsOnBranches || config.pipeline.triggers.on.length === 0)) return []
    return [{ fields: ['release.fromTag'], params: { reference: wanted } }]
  },
})

export const pipelineRules = [
  scheduleNeverAndOn,
  changesWithoutDiff,
  sameReferenceTwice,
  needsUnknownJob,
  releaseSourceNotPushed,
]
