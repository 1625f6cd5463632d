import type { ImageView } from '../../config/image-view.ts'
import { gitlabVariableValue } from '../../shell/quote.ts'
import type { JobSpec } from '../job-spec.ts'
import { sameValue } from './equal.ts'
import { IMAGE_VARIABLE } from './matrix.ts'
import type { MatrixReason } from './reasons.ts'
import type { MatrixCell } from './types.ts'

/**
 * The values of an image a matrix variable can carry, and the image with a reference in their place.
 * A reference is shell text like any value (`${KC_CONTEXT}`), so the build-job generator quotes it as
 * it quotes the value, and the matrix job's argv is the separate job's: GitLab expands the variable's
 * value (written with gitlabVariableValue) as the shell expands the quoted value.
 */
interface MatrixField {
  readonly variable: string
  /** The value as written in the matrix (GitLab expands `$NAME` there, `$$` is a `$`). */
  readonly value: string
  readonly replace: (view: ImageView) => ImageView
}

const reference = (variable: string) => `\${${variable}}`
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

function matrixFields(view: ImageView): MatrixField[] {
  const fields: MatrixField[] = []
  const add = (variable: string, text: string, replace: (view: ImageView, ref: string) => ImageView) =>
    fields.push({
      variable,
      value: gitlabVariableValue(text),
      replace: (v) => replace(v, reference(variable)),
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
    add(`KC_REPOSITORY${at}`, destination.repository, (v, ref) =>
      withDestination(v, (x) => ({ ...x, repository: ref })),
    )
    const severalTags = destination.tags.length > 1
    destination.tags.forEach((tag, t) => {
      add(`KC_TAG${at}${severalTags ? `_${t + 1}` : ''}`, tag, (v, ref) =>
        withDestination(v, (x) => ({ ...x, tags: x.tags.map((y, j) => (j === t ? ref : y)) })),
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

/**
 * The image's build job as a matrix cell; `buildJob` is the `jobs` layout's generator for a view,
 * so the matrix job is made by the same code as the separate jobs.
 */
export function matrixCell(view: ImageView, buildJob: (view: ImageView) => JobSpec): MatrixCell {
  const fields = matrixFields(view)
  return {
    variables: {
      [IMAGE_VARIABLE]: view.job.name.replaceAll('$', '$$$$'),
      ...Object.fromEntries(fields.map((field) => [field.variable, field.value])),
    },
    withReferences: (names) =>
      buildJob(fields.reduce((v, field) => (names.has(field.variable) ? field.replace(v) : v), view)),
  }
}

/** Image settings that are not values: when they differ, the images need jobs of their own. */
const SETTINGS = [
  'labels',
  'ociLabels',
  'skipUnusedStages',
  'runnerTags',
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
  if (first === undefined || rest.length === 0) return { code: 'single-build-job' }
  if (views.some((view) => view.multiArch.enabled)) return { code: 'multi-arch' }
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
