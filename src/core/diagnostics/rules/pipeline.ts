import { platformSlug } from '../../catalog/platforms.ts'
import { splitImageReference } from '../../catalog/version.ts'
import { deepEqual } from '../../config/defaults.ts'
import type { Config, DestinationWhen, Image } from '../../config/schema.ts'
import { matrixReasonMessage } from '../../generate/layout/index.ts'
import { pipelineLayout } from '../../generate/pipeline.ts'
import { splitShellText } from '../../shell/text.ts'
import { bracedReferences } from '../lib/shell.ts'
import { pushedTogether } from '../lib/when.ts'
import { definePipelineRule } from '../types.ts'
import { invalidTagFindings } from './destinations.ts'

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

/**
 * Writes in the values of `variables` (GitLab expands job variables before the script runs). With
 * `nested`, a value that names another variable is written in too, a few levels deep, as GitLab does;
 * without, a value holding `$` is left as its name. Unknown names (predefined ones) stay as they are.
 */
function expander(variables: ReadonlyMap<string, string>, { nested = false } = {}) {
  const once = (text: string) =>
    splitShellText(text)
      .map((part) => {
        if (part.kind === 'literal') return part.text
        const value = variables.get(part.name)
        return value === undefined || (!nested && value.includes('$')) ? part.source : value
      })
      .join('')
  return (text: string) => {
    let expanded = once(text)
    for (let depth = 1; nested && depth < 4; depth += 1) {
      const next = once(expanded)
      if (next === expanded) break
      expanded = next
    }
    return expanded
  }
}

type Variable = { name: string; value: string }

/** Variables by name; a later one of the same name wins (an image's own over the pipeline's). */
const byName = (...lists: (readonly Variable[])[]) => new Map(lists.flat().map((v) => [v.name, v.value]))

/**
 * Each written reference of an image: `repository:tag`, or the repository alone when it has no tags,
 * with `expand` applied (by default none), and the `key` references compare by: `$X` and `${X}` are
 * the same variable.
 */
function references(image: Image, expand: (text: string) => string = (text) => text) {
  const reference = (text: string, when: DestinationWhen, field: string) => {
    const expanded = expand(text)
    return { reference: expanded, key: bracedReferences(expanded), when, field }
  }
  return image.destinations.flatMap((d, k) =>
    d.tags.length === 0
      ? [reference(d.repository, d.when, `destinations[${k}]`)]
      : d.tags.map((tag, t) => reference(`${d.repository}:${tag}`, d.when, `destinations[${k}].tags[${t}]`)),
  )
}

const sameReferenceTwice = definePipelineRule({
  code: 'KC230',
  name: 'duplicate-destination-across-images',
  severity: 'error',
  check: (config) => {
    if (config.advanced.noPush) return []
    const hits = []
    const seen: { key: string; when: DestinationWhen; image: string }[] = []
    for (const [i, image] of config.images.entries()) {
      // An image with platforms pushes per-platform tags too, but its joined tag is what collides.
      for (const ref of references(image, expander(byName(image.variables)))) {
        const earlier = seen.find(
          (s) => s.key === ref.key && s.image !== image.name && pushedTogether(s.when, ref.when),
        )
        if (earlier)
          hits.push({
            fields: [`images[${i}].${ref.field}`],
            params: { reference: ref.reference, image: image.name, other: earlier.image },
          })
      }
      for (const ref of references(image, expander(byName(image.variables))))
        seen.push({ key: ref.key, when: ref.when, image: image.name })
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
    const written = `${release.repository}:${release.fromTag}`
    // Both sides as GitLab expands them: a destination may be a variable holding the whole reference.
    const wanted = bracedReferences(
      expander(byName(config.pipeline.job.variables), { nested: true })(written),
    )
    const { on } = config.pipeline.triggers
    const everyPipeline = on.length === 0
    const buildsOnBranches = everyPipeline || on.some((t) => t !== 'tag')
    const buildsOnTags = everyPipeline || on.includes('tag')
    // The retag job waits for the builds (needs), so a push earlier in the tag pipeline counts, as
    // does one from a branch pipeline of the same commit before it.
    const pushedFirst = config.images.some((image) => {
      const expand = expander(byName(config.pipeline.job.variables, image.variables), { nested: true })
      return references(image, expand).some(
        (ref) =>
          ref.key === wanted &&
          ((buildsOnBranches && ref.when !== 'tag') ||
            (buildsOnTags && (ref.when === 'always' || ref.when === 'tag'))),
      )
    })
    if (pushedFirst) return []
    return [{ fields: ['release.fromTag'], params: { reference: written } }]
  },
})

/** Only when a matrix was asked for: laying the jobs out costs a generation of every image. */
const matrixNotPossible = definePipelineRule({
  code: 'KC236',
  name: 'matrix-not-possible',
  severity: 'info',
  check: (config) => {
    if (config.pipeline.layout !== 'matrix') return []
    const { reason } = pipelineLayout(config)
    if (!reason) return []
    return [
      {
        fields: ['pipeline.layout'],
        params: { reasonEn: matrixReasonMessage(reason, 'en'), reasonJa: matrixReasonMessage(reason, 'ja') },
        fix: (c: Config) => ({ ...c, pipeline: { ...c.pipeline, layout: 'extends' } }),
      },
    ]
  },
})

/** Tags that go on moving: `:debug`, `:latest`, or none (kaniko's and crane's own floating tags). */
const FLOATING_TAGS = new Set(['', 'debug', 'latest'])

const releaseImageUnpinned = definePipelineRule({
  code: 'KC237',
  name: 'release-image-unpinned',
  severity: 'info',
  check: (config) => {
    const { release } = config
    if (!release.enabled || release.image.includes('$')) return []
    const { tag, digest } = splitImageReference(release.image)
    if (digest || !FLOATING_TAGS.has(tag)) return []
    return [{ fields: ['release.image'], params: { image: release.image } }]
  },
})

/** Destination kinds pushed in every pipeline the job runs in, branches and merge requests included. */
const EVERY_PIPELINE: readonly DestinationWhen[] = ['always', 'not-tag']

const fixedTagEveryPipeline = definePipelineRule({
  code: 'KC238',
  name: 'fixed-tag-every-pipeline',
  severity: 'warning',
  check: (config) => {
    const { on } = config.pipeline.triggers
    const anyBranch = on.length === 0 || on.includes('branch') || on.includes('merge-request')
    if (config.advanced.noPush || !anyBranch) return []
    return config.images.flatMap((image, i) =>
      image.destinations.flatMap((destination, k) => {
        if (!EVERY_PIPELINE.includes(destination.when)) return []
        const fixed = destination.tags.filter((tag) => !tag.includes('$'))
        // No tags: the reference is written whole; kaniko pushes `latest` unless a variable in it holds a tag.
        if (destination.tags.length === 0 ? destination.repository.includes('$') : fixed.length === 0)
          return []
        const reference = fixed.length > 0 ? `${destination.repository}:${fixed[0]}` : destination.repository
        return [
          {
            fields: [`images[${i}].destinations[${k}]`],
            params: { reference, image: image.name },
            // Beside tags with a variable, the fixed ones would need a destination of their own
            // (a copy of this one, with whatever else it has wrong): only said, not fixed.
            ...(fixed.length === destination.tags.length
              ? { fix: (c: Config) => pushOnDefaultBranch(c, i, k) }
              : {}),
          },
        ]
      }),
    )
  },
})

/** The destination, whose tags are all fixed, pushed on the default branch only. */
function pushOnDefaultBranch(config: Config, i: number, k: number): Config {
  const draft = structuredClone(config)
  const destination = draft.images[i]?.destinations[k]
  if (destination) destination.when = 'default-branch'
  return draft
}

/** What an image builds and how its job runs: everything but its name, destinations and runner tags. */
function buildKey(image: Image): string {
  const { name: _name, destinations: _destinations, runnerTags: _runnerTags, ...build } = image
  return JSON.stringify(build)
}

const sameBuildSeveralImages = definePipelineRule({
  code: 'KC239',
  name: 'same-build-several-images',
  severity: 'info',
  check: (config) => {
    const groups = new Map<string, number[]>()
    for (const [i, image] of config.images.entries()) {
      if (image.multiArch.enabled) continue
      const key = buildKey(image)
      groups.set(key, [...(groups.get(key) ?? []), i])
    }
    return [...groups.values()]
      .filter((indexes) => indexes.length > 1)
      .map((indexes) => {
        const images = indexes.map((i) => config.images[i] as Image)
        const sameRunners = images.every((image) => deepEqual(image.runnerTags, images[0]?.runnerTags ?? []))
        return {
          fields: indexes.map((i) => `images[${i}].destinations`),
          params: { images: images.map((image) => image.name).join(', ') },
          ...(sameRunners ? { fix: (c: Config) => buildOnce(c, indexes) } : {}),
        }
      })
  },
})

/** The first image pushes every destination of the others, which are removed. */
function buildOnce(config: Config, indexes: readonly number[]): Config {
  const [first, ...others] = indexes
  const draft = structuredClone(config)
  const target = draft.images[first as number]
  if (!target) return draft
  for (const i of others) target.destinations.push(...(draft.images[i]?.destinations ?? []))
  draft.images = draft.images.filter((_, i) => !others.includes(i))
  return draft
}

/**
 * The retag job's tags are crane's positional arguments: one that is not a tag (`-x`, a space) fails
 * the job, and one starting with `-` is read by crane as an option.
 */
const releaseInvalidTag = definePipelineRule({
  code: 'KC240',
  name: 'release-invalid-tag',
  severity: 'error',
  check: (config) => {
    const { release } = config
    if (!release.enabled) return []
    const tags = [
      {
        tag: release.fromTag,
        field: 'release.fromTag',
        set: (r: Config['release'], v: string) => ({ ...r, fromTag: v }),
      },
      ...release.toTags.map((tag, t) => ({
        tag,
        field: `release.toTags[${t}]`,
        set: (r: Config['release'], v: string) => ({
          ...r,
          toTags: r.toTags.map((x, k) => (k === t ? v : x)),
        }),
      })),
    ]
    return invalidTagFindings(tags, (e, fixed) => (c: Config) => ({ ...c, release: e.set(c.release, fixed) }))
  },
})

export const pipelineRules = [
  scheduleNeverAndOn,
  changesWithoutDiff,
  sameReferenceTwice,
  needsUnknownJob,
  releaseSourceNotPushed,
  matrixNotPossible,
  releaseImageUnpinned,
  fixedTagEveryPipeline,
  sameBuildSeveralImages,
  releaseInvalidTag,
]
