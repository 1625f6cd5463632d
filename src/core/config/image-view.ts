import type { Config, Image, Release, Trigger } from './schema.ts'

/** The release job is not part of a view; a config made from a view has none. */
const RELEASE_OFF: Release = {
  enabled: false,
  jobName: 'release',
  stage: 'release',
  image: 'gcr.io/go-containerregistry/crane:debug',
  repository: '${CI_REGISTRY_IMAGE}',
  fromTag: '${CI_COMMIT_SHORT_SHA}',
  toTags: ['${CI_COMMIT_TAG}'],
  runnerTags: [],
}

/**
 * One image seen with the settings shared by every image, in the shape the build-job generators and
 * the diagnostics read (the shape of a version 1 config, plus the version 2 pipeline and image).
 * `withImageView` writes a changed view back, so a diagnostic's fix on a view is a fix on the config.
 * Mutable, like the config, for the diagnostics' `edit` drafts; nothing else changes a view in place.
 */
export interface ImageView {
  executor: Config['executor']
  job: {
    name: string
    stage: string
    runnerTags: string[]
    triggers: Trigger[]
    manual: boolean
  }
  build: Pick<
    Image,
    'context' | 'dockerfile' | 'target' | 'buildArgs' | 'labels' | 'ociLabels' | 'skipUnusedStages'
  >
  destinations: Image['destinations']
  registries: Config['registries']
  proxy: Config['proxy']
  certificates: Config['certificates']
  multiArch: Image['multiArch']
  cache: Config['cache']
  snapshot: Config['snapshot']
  advanced: Config['advanced'] & Pick<Image, 'extraFlags' | 'extraArgsVariable'>
  output: Config['output']
  pipeline: Config['pipeline']
  image: Image
  imageIndex: number
}

export function imageView(config: Config, index: number): ImageView {
  const image = config.images[index]
  if (!image) throw new RangeError(`no image ${index}`)
  const { triggers } = config.pipeline
  return {
    executor: config.executor,
    job: {
      name: image.name,
      stage: config.pipeline.stage,
      runnerTags: image.runnerTags,
      triggers: triggers.on,
      manual: triggers.manual !== 'off',
    },
    build: {
      context: image.context,
      dockerfile: image.dockerfile,
      target: image.target,
      buildArgs: image.buildArgs,
      labels: image.labels,
      ociLabels: image.ociLabels,
      skipUnusedStages: image.skipUnusedStages,
    },
    destinations: image.destinations,
    registries: config.registries,
    proxy: config.proxy,
    certificates: config.certificates,
    multiArch: image.multiArch,
    cache:
      image.cacheRepository === '' ? config.cache : { ...config.cache, repository: image.cacheRepository },
    snapshot: config.snapshot,
    advanced: {
      ...config.advanced,
      extraFlags: image.extraFlags,
      extraArgsVariable: image.extraArgsVariable,
    },
    output: config.output,
    pipeline: config.pipeline,
    image,
    imageIndex: index,
  }
}

/** Every image's view, in order. */
export function imageViews(config: Config): ImageView[] {
  return config.images.map((_, i) => imageView(config, i))
}

/** The config with image `index` and the shared settings taken from a (changed) view. */
export function withImageView(config: Config, index: number, view: ImageView): Config {
  const before = imageView(config, index)
  const { extraFlags, extraArgsVariable, ...advanced } = view.advanced
  const cacheChanged = view.cache.repository !== before.cache.repository
  const image: Image = {
    ...config.images[index],
    ...view.build,
    name: view.job.name,
    runnerTags: [...view.job.runnerTags],
    destinations: view.destinations,
    multiArch: view.multiArch,
    extraFlags,
    extraArgsVariable,
  } as Image
  const ownCache = (config.images[index] as Image).cacheRepository !== ''
  if (cacheChanged && ownCache) image.cacheRepository = view.cache.repository
  const manual =
    view.job.manual === before.job.manual
      ? config.pipeline.triggers.manual
      : view.job.manual
        ? 'manual'
        : 'off'
  return {
    ...config,
    executor: view.executor,
    pipeline: {
      ...config.pipeline,
      stage: view.job.stage,
      triggers: { ...config.pipeline.triggers, on: [...view.job.triggers], manual },
    },
    images: config.images.map((img, i) => (i === index ? image : img)),
    registries: view.registries,
    proxy: view.proxy,
    certificates: view.certificates,
    cache: cacheChanged && ownCache ? config.cache : view.cache,
    snapshot: view.snapshot,
    advanced,
    output: view.output,
  }
}

const IMAGE_SECTIONS: Readonly<Record<string, string>> = {
  build: '',
  destinations: 'destinations',
  multiArch: 'multiArch',
}
const RENAMED: Readonly<Record<string, (index: number) => string>> = {
  'job.name': (i) => `images[${i}].name`,
  'job.runnerTags': (i) => `images[${i}].runnerTags`,
  'job.stage': () => 'pipeline.stage',
  'job.triggers': () => 'pipeline.triggers.on',
  'job.manual': () => 'pipeline.triggers.manual',
  'advanced.extraFlags': (i) => `images[${i}].extraFlags`,
  'advanced.extraArgsVariable': (i) => `images[${i}].extraArgsVariable`,
}

/** A view's field path (`build.buildArgs[0].name`) as the config's (`images[1].buildArgs[0].name`). */
export function configPathOfView(path: string, index: number, view?: ImageView): string {
  if (path === 'image' || path.startsWith('image.')) return `images[${index}]${path.slice('image'.length)}`
  for (const [from, to] of Object.entries(RENAMED)) {
    if (path === from || path.startsWith(`${from}.`) || path.startsWith(`${from}[`))
      return to(index) + path.slice(from.length)
  }
  const match = /^([A-Za-z]+)(.*)$/.exec(path)
  const [, head = '', rest = ''] = match ?? []
  if (head in IMAGE_SECTIONS) {
    const inner = IMAGE_SECTIONS[head]
    const tail = inner === '' ? rest.replace(/^\./, '') : `${inner}${rest}`
    return tail === '' ? `images[${index}]` : `images[${index}].${tail}`.replace('.[', '[')
  }
  if (path === 'cache.repository' && view && view.image.cacheRepository !== '')
    return `images[${index}].cacheRepository`
  return path
}

/** A one-image config holding exactly what the view holds (to validate a changed view). */
export function configOfView(view: ImageView): Config {
  const { extraFlags: _f, extraArgsVariable: _v, ...advanced } = view.advanced
  const alone: Config = {
    version: 2,
    executor: view.executor,
    pipeline: view.pipeline,
    images: [view.image],
    release: RELEASE_OFF,
    registries: view.registries,
    proxy: view.proxy,
    certificates: view.certificates,
    cache: view.cache,
    snapshot: view.snapshot,
    advanced,
    output: view.output,
  }
  return withImageView(alone, 0, view)
}
