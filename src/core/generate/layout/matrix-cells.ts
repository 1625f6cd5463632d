import type { ImageView } from '../../config/image-view.ts'
import { gitlabVariableValue } from '../../shell/quote.ts'
import { referencedVariables, splitShellText } from '../../shell/text.ts'
import { buildJobName } from '../build-job.ts'
import type { JobSpec } from '../job-spec.ts'
import { expandPlatformTemplate } from '../platform-tags.ts'
import { sameValue } from './equal.ts'
import { IMAGE_VARIABLE } from './matrix.ts'
import type { MatrixReason } from './reasons.ts'
import type { MatrixCell } from './types.ts'

/**
 * The values of a build job a matrix variable can carry, and the image with a reference in their place.
 * A reference is shell text like any value (`${KC_CONTEXT}`), so the build-job generator quotes it as
 * it quotes the value, and the matrix job's argv is the separate job's: GitLab expands the variable's
 * value (written with gitlabVariableValue) as the shell expands the quoted value.
 */
interface MatrixField {
  readonly variable: string
  /** The value as written in the matrix (GitLab expands `$NAME` there, `$$` is a `$`). */
  readonly value: string
  readonly replace: (view: ImageView) => ImageView
  /** Carries a platform suffix, which the job rebuilt from references has no other place for. */
  readonly suffixed?: boolean
  readonly references: readonly string[]
}

const reference = (variable: string) => `\${${variable}}`
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
/** Literal text as a GitLab variable value: no references, `$` doubled. */
const literalValue = (text: string) => text.replaceAll('$', '$$$$')

/**
 * `text` then the literal `suffix` as one GitLab variable value. A reference at the end of `text` is
 * braced when the suffix would lengthen its name (`$TAG` then `arm64` is `${TAG}arm64`, not
 * `$TAGarm64`), as the separate jobs' shell text braces every reference.
 */
function valueWithSuffix(text: string, suffix: string): string {
  const value = gitlabVariableValue(text)
  const last = splitShellText(text).at(-1)
  if (last?.kind !== 'variable' || last.source.startsWith('${') || !/^[A-Za-z0-9_]/.test(suffix))
    return value + literalValue(suffix)
  return `${value.slice(0, value.length - last.source.length)}${reference(last.name)}${literalValue(suffix)}`
}

/** One build job of an image: a single-platform image's, or one platform's of a multi-arch image. */
interface BuildJobOf {
  readonly name: string
  /** The platform suffix of the destination tags ('' for a single-platform image). */
  readonly suffix: string
  readonly runnerTags: readonly string[]
}

function matrixFields(view: ImageView, job: BuildJobOf): MatrixField[] {
  const fields: MatrixField[] = []
  const add = (
    variable: string,
    text: string,
    replace: (view: ImageView, ref: string) => ImageView,
    suffix = '',
  ) =>
    fields.push({
      variable,
      value: valueWithSuffix(text, suffix),
      replace: (v) => replace(v, reference(variable)),
      references: referencedVariables(text),
      ...(suffix === '' ? {} : { suffixed: true }),
    })
  add('KC_CONTEXT', view.build.context, (v, ref) => ({ ...v, build: { ...v.build, context: ref } }))
  add('KC_DOCKERFILE', view.build.dockerfile, (v, ref) => ({ ...v, build: { ...v.build, dockerfile: ref } }))
  const several = view.destinations.length > 1
  view.destinations.forEach((destination, d) => {
    const at = several ? `_${d + 1}` : ''
    const withDestination = (v: ImageView, change: (x: typeof destination) => typeof destination) => ({
      ...v,
      destinations: v.destinations.map((x, i) => (i === d ? change(x) : x)),
    })
    // The platform suffix goes after the tag, or after the repository of a whole reference.
    const tagless = destination.tags.length === 0
    add(
      `KC_REPOSITORY${at}`,
      destination.repository,
      (v, ref) => withDestination(v, (x) => ({ ...x, repository: ref })),
      tagless ? job.suffix : '',
    )
    const severalTags = destination.tags.length > 1
    destination.tags.forEach((tag, t) => {
      add(
        `KC_TAG${at}${severalTags ? `_${t + 1}` : ''}`,
        tag,
        (v, ref) => withDestination(v, (x) => ({ ...x, tags: x.tags.map((y, j) => (j === t ? ref : y)) })),
        job.suffix,
      )
    })
  })
  if (view.build.target !== '')
    add('KC_TARGET', view.build.target, (v, ref) => ({ ...v, build: { ...v.build, target: ref } }))
  const names = view.build.buildArgs.map((arg) => arg.name)
  view.build.buildArgs.forEach((arg, i) => {
    if (arg.fromEnvironment) return
    const unique = VARIABLE_NAME.test(arg.name) && names.indexOf(arg.name) === names.lastIndexOf(arg.name)
    add(`KC_BUILD_ARG_${unique ? arg.name : i + 1}`, arg.value, (v, ref) => ({
      ...v,
      build: { ...v.build, buildArgs: v.build.buildArgs.map((x, j) => (j === i ? { ...x, value: ref } : x)) },
    }))
  })
  if (view.cache.enabled && view.cache.repository !== '')
    add('KC_CACHE_REPO', view.cache.repository, (v, ref) => ({
      ...v,
      cache: { ...v.cache, repository: ref },
    }))
  return fields
}

/** Runner tags as matrix variables (GitLab expands them in `tags:`); one with a `$` stays written. */
function runnerTagFields(tags: readonly string[]): { variable: string; value: string; index: number }[] {
  return tags.flatMap((tag, index) =>
    tag.includes('$')
      ? []
      : [{ variable: `KC_RUNNER_TAG${tags.length > 1 ? `_${index + 1}` : ''}`, value: tag, index }],
  )
}

/** Builds a build job the way the `jobs` layout does (kanikoJob), with no platform suffix. */
export type BuildJobMaker = (view: ImageView, name: string, runnerTags: readonly string[]) => JobSpec

/**
 * The image's build jobs as matrix cells, in the `jobs` layout's order: one for a single-platform
 * image, one per platform for a multi-arch image (its manifest job then needs the cells). `buildJob`
 * is the `jobs` layout's generator, so the matrix job is made by the same code as the separate jobs.
 */
export function matrixCells(view: ImageView, buildJob: BuildJobMaker): MatrixCell[] {
  const jobs: BuildJobOf[] = view.multiArch.enabled
    ? view.multiArch.platforms.map((p) => ({
        name: buildJobName(view, p.platform),
        suffix: expandPlatformTemplate(view.multiArch.tagSuffix, p.platform),
        runnerTags: p.runnerTags,
      }))
    : [{ name: view.job.name, suffix: '', runnerTags: view.job.runnerTags }]
  return jobs.map((job) => matrixCell(view, job, buildJob))
}

function matrixCell(view: ImageView, job: BuildJobOf, buildJob: BuildJobMaker): MatrixCell {
  const fields = matrixFields(view, job)
  const tags = runnerTagFields(job.runnerTags)
  return {
    variables: {
      [IMAGE_VARIABLE]: literalValue(job.name),
      ...Object.fromEntries(fields.map((field) => [field.variable, field.value])),
      ...Object.fromEntries(tags.map((tag) => [tag.variable, literalValue(tag.value)])),
    },
    fixed: fields.filter((field) => field.suffixed).map((field) => field.variable),
    references: Object.fromEntries(fields.map((field) => [field.variable, field.references])),
    withReferences: (names) => {
      const rebuilt = fields.reduce((v, field) => (names.has(field.variable) ? field.replace(v) : v), view)
      const runnerTags = job.runnerTags.map((tag, index) => {
        const field = tags.find((t) => t.index === index)
        return field !== undefined && names.has(field.variable) ? reference(field.variable) : tag
      })
      return buildJob(rebuilt, job.name, runnerTags)
    },
  }
}

/** Image settings that are not values: when they differ, the images need jobs of their own. */
const SETTINGS = [
  'labels',
  'ociLabels',
  'skipUnusedStages',
  'extraFlags',
  'extraArgsVariable',
  'changes',
  'changesCompareTo',
  'exists',
  'needs',
  'variables',
] as const

/**
 * Why these images cannot share one matrix job, in the terms of the config (the layout checks the
 * jobs themselves too, see matrix.ts); null when nothing in the config stands in the way.
 */
export function matrixObstacle(views: readonly ImageView[]): MatrixReason | null {
  const [first, ...rest] = views
  const buildJobs = views.reduce((n, v) => n + (v.multiArch.enabled ? v.multiArch.platforms.length : 1), 0)
  if (first === undefined || buildJobs < 2) return { code: 'single-build-job' }
  const images = views.map((view) => view.image as unknown as Record<string, unknown>)
  const setting = SETTINGS.find((key) => images.some((image) => !sameValue(image[key], images[0]?.[key])))
  if (setting !== undefined) return { code: 'image-setting-differs', subject: setting }
  const cacheShape = (view: ImageView) => view.cache.enabled && view.cache.repository !== ''
  if (rest.some((view) => cacheShape(view) !== cacheShape(first)))
    return { code: 'image-setting-differs', subject: 'cacheRepository' }
  if (rest.some((view) => (view.build.target === '') !== (first.build.target === '')))
    return { code: 'target-in-some' }
  const destinationShape = (view: ImageView) => view.destinations.map((d) => [d.when, d.tags.length])
  if (rest.some((view) => !sameValue(destinationShape(view), destinationShape(first))))
    return { code: 'destinations-differ' }
  const argShape = (view: ImageView) => view.build.buildArgs.map((a) => [a.name, a.fromEnvironment])
  if (rest.some((view) => !sameValue(argShape(view), argShape(first)))) return { code: 'build-args-differ' }
  return null
}
