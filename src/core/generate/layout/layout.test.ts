import { describe, expect, it } from 'vitest'
import { imageViews } from '../../config/image-view.ts'
import { parseConfigOrThrow } from '../../config/parse.ts'
import type { ConfigInput } from '../../config/schema.ts'
import { command, ShellCommand } from '../command.ts'
import type { JobSpec } from '../job-spec.ts'
import { pipelineJobs, pipelineLayout } from '../pipeline.ts'
import { sameValue } from './equal.ts'
import { extendsLayout } from './extends.ts'
import {
  applyLayout,
  JOB_NAME_LIMIT,
  type LayoutJob,
  MATRIX_REASONS,
  matrixObstacle,
  matrixReasonMessage,
  resolveLayout,
} from './index.ts'
import { layoutJobs } from './layout-jobs.ts'
import { matrixLayout } from './matrix.ts'

type ImageInput = NonNullable<ConfigInput['images']>[number]

function jobsOf(images: ImageInput[], rest: Partial<ConfigInput> = {}) {
  const views = imageViews(parseConfigOrThrow({ version: 2, ...rest, images }))
  return { jobs: layoutJobs(views, { cells: true }), obstacle: matrixObstacle(views) }
}

const script = (job: JobSpec | undefined) => ((job?.body.script ?? []) as ShellCommand[]).map(String)
const build = (name: string, body: Record<string, unknown>): LayoutJob => ({
  spec: { name, comment: [], body },
  role: 'build',
})

describe('sameValue', () => {
  it('compares commands by their text, data deeply, key order included', () => {
    expect(sameValue(command('a', 'b'), new ShellCommand([['a'], ['b']]))).toBe(true)
    expect(sameValue(command('a', 'b'), 'a b')).toBe(false)
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true)
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false)
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false)
  })
})

describe('resolveLayout', () => {
  it('auto is jobs for one image (multi-arch too), extends for two or more; others stay', () => {
    expect(resolveLayout('auto', 1)).toBe('jobs')
    expect(resolveLayout('auto', 2)).toBe('extends')
    expect(resolveLayout('matrix', 1)).toBe('matrix')
    expect(resolveLayout('jobs', 3)).toBe('jobs')
  })
})

describe('extends', () => {
  it('puts what every build job shares into the template, each job keeps what differs', () => {
    const { jobs } = jobsOf([
      { name: 'app', context: '${CI_PROJECT_DIR}/app' },
      { name: 'api', context: '${CI_PROJECT_DIR}/api', runnerTags: ['big'] },
    ])
    const out = extendsLayout(jobs, '.kaniko')
    expect(out.map((j) => j.name)).toEqual(['.kaniko', 'app', 'api'])
    const [template, app, api] = out
    expect(Object.keys(template?.body ?? {})).toEqual(['stage', 'image', 'rules'])
    expect(template?.body.image).toEqual(jobs[0]?.spec.body.image)
    expect(Object.keys(app?.body ?? {})).toEqual(['extends', 'script'])
    expect(Object.keys(api?.body ?? {})).toEqual(['extends', 'script', 'tags'])
    expect(app?.body.extends).toBe('.kaniko')
    expect(script(api)).toEqual([script(jobs[1]?.spec)[0]])
    expect(api?.comment).toEqual(jobs[1]?.spec.comment)
  })

  it('shares the script too when it is the same, and leaves other jobs as they are, in order', () => {
    const { jobs } = jobsOf([
      { name: 'one' },
      { name: 'two', multiArch: { enabled: true, manifestJobName: 'two-manifest' } },
    ])
    const out = extendsLayout(jobs, '.build-template')
    expect(out.map((j) => j.name)).toEqual([
      '.build-template',
      'one',
      'two-amd64',
      'two-arm64',
      'two-manifest',
    ])
    expect(out[4]).toBe(jobs[3]?.spec)
    expect(Object.keys(out[0]?.body ?? {})).toEqual(['stage', 'image', 'rules'])
    // The per-platform jobs differ in their destination suffix and their runner tags.
    expect(Object.keys(out[2]?.body ?? {})).toEqual(['extends', 'script', 'tags'])
    const same = extendsLayout(
      [
        build('a', { stage: 's', script: [command('x')] }),
        build('b', { stage: 's', script: [command('x')] }),
      ],
      '.t',
    )
    expect(same.map((j) => j.body)).toEqual([
      { stage: 's', script: [command('x')] },
      { extends: '.t' },
      { extends: '.t' },
    ])
  })

  it('never puts a key into the template that one job lacks (GitLab would merge it into that job)', () => {
    const out = extendsLayout(
      [
        build('a', { stage: 's', tags: ['x'] }),
        build('b', { stage: 's' }),
        build('c', { stage: 's', tags: ['x'] }),
      ],
      '.t',
    )
    expect(out[0]?.body).toEqual({ stage: 's' })
    expect(out.slice(1).map((j) => j.body)).toEqual([
      { extends: '.t', tags: ['x'] },
      { extends: '.t' },
      { extends: '.t', tags: ['x'] },
    ])
  })
})

describe('extends, variables', () => {
  it('puts the variables every job has with the same value into the template, each job keeps the rest', () => {
    const out = extendsLayout(
      [
        build('a', { stage: 's', variables: { GIT_STRATEGY: 'fetch', ONLY_A: '1', X: 'a' } }),
        build('b', { stage: 's', variables: { GIT_STRATEGY: 'fetch', X: 'b' } }),
        build('c', { stage: 's', variables: { X: 'c', GIT_STRATEGY: 'fetch' } }),
      ],
      '.t',
    )
    expect(out.map((j) => j.body)).toEqual([
      { stage: 's', variables: { GIT_STRATEGY: 'fetch' } },
      { extends: '.t', variables: { ONLY_A: '1', X: 'a' } },
      { extends: '.t', variables: { X: 'b' } },
      { extends: '.t', variables: { X: 'c' } },
    ])
  })

  it('keeps variables out of the template when one job has none', () => {
    const out = extendsLayout([build('a', { variables: { V: '1' } }), build('b', {})], '.t')
    expect(out.map((j) => j.body)).toEqual([{}, { extends: '.t', variables: { V: '1' } }, { extends: '.t' }])
  })
})

describe('matrix', () => {
  it('makes one job whose cells carry the values that differ, read by the script from variables', () => {
    const { jobs, obstacle } = jobsOf([
      {
        name: 'app',
        context: '${CI_PROJECT_DIR}/app',
        destinations: [{ repository: '${CI_REGISTRY_IMAGE}/app', tags: ['$CI_COMMIT_TAG'] }],
        buildArgs: [{ name: 'FLAVOUR', value: 'a $ b' }],
      },
      {
        name: 'api',
        context: '${CI_PROJECT_DIR}/api',
        destinations: [{ repository: '${CI_REGISTRY_IMAGE}/api', tags: ['$CI_COMMIT_TAG'] }],
        buildArgs: [{ name: 'FLAVOUR', value: 'c' }],
      },
    ])
    expect(obstacle).toBeNull()
    const result = applyLayout('matrix', jobs, { templateName: '.kaniko', images: 2, obstacle })
    expect(result.layout).toBe('matrix')
    expect(result.reason).toBeUndefined()
    expect(result.jobs.map((j) => j.name)).toEqual(['kaniko'])
    const [job] = result.jobs
    expect(job?.body.parallel).toEqual({
      matrix: [
        {
          KC_IMAGE: 'app',
          KC_CONTEXT: '${CI_PROJECT_DIR}/app',
          KC_REPOSITORY: '${CI_REGISTRY_IMAGE}/app',
          KC_BUILD_ARG_FLAVOUR: 'a $$ b',
        },
        {
          KC_IMAGE: 'api',
          KC_CONTEXT: '${CI_PROJECT_DIR}/api',
          KC_REPOSITORY: '${CI_REGISTRY_IMAGE}/api',
          KC_BUILD_ARG_FLAVOUR: 'c',
        },
      ],
    })
    // What is the same in every image stays written in the script.
    expect(script(job)).toEqual([
      '/kaniko/executor --context "${KC_CONTEXT}" --dockerfile "${CI_PROJECT_DIR}/Dockerfile" --destination "${KC_REPOSITORY}:${CI_COMMIT_TAG}" --build-arg "FLAVOUR=${KC_BUILD_ARG_FLAVOUR}"',
    ])
    expect(Object.keys(job?.body ?? {})).toEqual(['stage', 'image', 'script', 'rules', 'parallel'])
  })

  it('takes multi-arch build jobs as cells: suffixed tags and runner tags from variables, manifests need their cells', () => {
    const multiArch = (manifestJobName: string) => ({
      enabled: true,
      manifestJobName,
      platforms: [
        { platform: 'linux/amd64' as const, runnerTags: ['amd'] },
        { platform: 'linux/arm64' as const, runnerTags: ['arm'] },
      ],
    })
    const { jobs, obstacle } = jobsOf([
      { name: 'web', context: 'web', multiArch: multiArch('web-manifest') },
      { name: 'api', context: 'api', multiArch: multiArch('api-manifest') },
    ])
    expect(obstacle).toBeNull()
    const result = applyLayout('matrix', jobs, { templateName: '.kaniko', images: 2, obstacle })
    expect(result.jobs.map((j) => j.name)).toEqual(['kaniko', 'web-manifest', 'api-manifest'])
    const [job, webManifest] = result.jobs
    const cells = [
      { KC_IMAGE: 'web-amd64', KC_CONTEXT: 'web', KC_TAG: '${CI_COMMIT_TAG}-amd64', KC_RUNNER_TAG: 'amd' },
      { KC_IMAGE: 'web-arm64', KC_CONTEXT: 'web', KC_TAG: '${CI_COMMIT_TAG}-arm64', KC_RUNNER_TAG: 'arm' },
      { KC_IMAGE: 'api-amd64', KC_CONTEXT: 'api', KC_TAG: '${CI_COMMIT_TAG}-amd64', KC_RUNNER_TAG: 'amd' },
      { KC_IMAGE: 'api-arm64', KC_CONTEXT: 'api', KC_TAG: '${CI_COMMIT_TAG}-arm64', KC_RUNNER_TAG: 'arm' },
    ]
    expect(job?.body.parallel).toEqual({ matrix: cells })
    expect(job?.body.tags).toEqual(['${KC_RUNNER_TAG}'])
    expect(script(job)).toEqual([
      '/kaniko/executor --context "${KC_CONTEXT}" --dockerfile "${CI_PROJECT_DIR}/Dockerfile" --destination "${CI_REGISTRY_IMAGE}:${KC_TAG}"',
    ])
    // The comment names no platform: the job builds all of them.
    expect(job?.comment[0]).toBe('Builds and pushes the image with kaniko.')
    expect(webManifest?.body.needs).toEqual([{ job: 'kaniko', parallel: { matrix: cells.slice(0, 2) } }])
  })

  it('braces a tag ending in $NAME when the platform suffix would lengthen the name', () => {
    const image = (name: string) => ({
      name,
      context: name,
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['$VERSION', 'v$$1'] }],
      multiArch: { enabled: true, tagSuffix: 'ARCH', manifestJobName: `${name}-manifest` },
    })
    const { jobs, obstacle } = jobsOf([image('web'), image('api')])
    const result = applyLayout('matrix', jobs, { templateName: '.kaniko', images: 2, obstacle })
    const cells = (result.jobs[0]?.body.parallel as { matrix: Record<string, string>[] } | undefined)?.matrix
    // `$VERSIONamd64` would be the variable VERSIONamd64; a literal `$` stays doubled.
    expect(cells?.[0]).toMatchObject({ KC_TAG_1: '${VERSION}amd64', KC_TAG_2: 'v$$$$1amd64' })
  })

  it('numbers destinations and tags when there are several', () => {
    const destinations = (name: string) => [
      { repository: `registry.example.com/${name}`, tags: ['latest', `${name}-1`] },
      { repository: 'docker.io/x', tags: [name] },
    ]
    const { jobs } = jobsOf([
      { name: 'a', destinations: destinations('a') },
      { name: 'b', destinations: destinations('b') },
    ])
    const result = applyLayout('matrix', jobs, { templateName: '.kaniko', images: 2 })
    expect((result.jobs[0]?.body.parallel as { matrix: unknown[] } | undefined)?.matrix[1]).toEqual({
      KC_IMAGE: 'b',
      KC_REPOSITORY_1: 'registry.example.com/b',
      KC_TAG_1_2: 'b-1',
      KC_TAG_2: 'b',
    })
  })

  const fallbacks: [string, ImageInput[], Partial<ConfigInput>, string, string?][] = [
    ['one build job', [{ name: 'a' }], {}, 'single-build-job'],
    [
      'runner tags in one image only',
      [{ name: 'a' }, { name: 'b', multiArch: { enabled: true } }],
      {},
      'jobs-differ',
      'tags',
    ],
    [
      'labels',
      [{ name: 'a' }, { name: 'b', labels: [{ key: 'k', value: 'v' }] }],
      {},
      'image-setting-differs',
      'labels',
    ],
    [
      'runner tag counts',
      [
        { name: 'a', runnerTags: ['x', 'y'] },
        { name: 'b', runnerTags: ['x'] },
      ],
      {},
      'jobs-differ',
      'tags',
    ],
    ['a target in one', [{ name: 'a', target: 'prod' }, { name: 'b' }], {}, 'target-in-some'],
    [
      'destination count',
      [
        { name: 'a' },
        {
          name: 'b',
          destinations: [
            { repository: 'r', tags: ['1'] },
            { repository: 'q', tags: ['1'] },
          ],
        },
      ],
      {},
      'destinations-differ',
    ],
    [
      'tag count',
      [{ name: 'a' }, { name: 'b', destinations: [{ repository: 'r', tags: ['1', '2'] }] }],
      {},
      'destinations-differ',
    ],
    [
      'build arg names',
      [
        { name: 'a', buildArgs: [{ name: 'X', value: '1' }] },
        { name: 'b', buildArgs: [{ name: 'Y', value: '1' }] },
      ],
      {},
      'build-args-differ',
    ],
    [
      'a value from the image’s environment',
      [{ name: 'a', context: '$HOME/a' }, { name: 'b' }],
      {},
      'shell-only-variable',
      '$HOME',
    ],
    [
      'a keyword as name',
      [{ name: 'a' }, { name: 'b' }],
      { pipeline: { templateName: '.variables' } },
      'name-taken',
      'variables',
    ],
  ]
  for (const [what, images, rest, code, subject] of fallbacks) {
    it(`falls back to extends and says why: ${what}`, () => {
      const { jobs, obstacle } = jobsOf(images, rest)
      const templateName = rest.pipeline?.templateName ?? '.kaniko'
      const result = applyLayout('matrix', jobs, { templateName, images: images.length, obstacle })
      expect(result.layout).toBe('extends')
      expect(result.reason).toEqual(subject === undefined ? { code } : { code, subject })
      expect(result.jobs).toEqual(extendsLayout(jobs, templateName))
    })
  }

  it('refuses a cell name longer than GitLab allows', () => {
    const long = 'x'.repeat(JOB_NAME_LIMIT)
    const { jobs, obstacle } = jobsOf([{ name: 'a' }, { name: 'b', context: long }])
    expect(obstacle).toBeNull()
    const result = applyLayout('matrix', jobs, { templateName: '.kaniko', images: 2, obstacle })
    expect(result.reason?.code).toBe('name-too-long')
    expect(result.reason?.subject).toBe(`kaniko: [b, ${long}]`)
  })

  it('checks the jobs themselves: anything else that differs keeps them apart', () => {
    const cellOf = (name: string, tags: string[]): LayoutJob => ({
      ...build(name, { script: [command('x')], tags }),
      cell: {
        variables: { KC_IMAGE: name },
        fixed: [],
        withReferences: () => ({ name, comment: [], body: { script: [command('x')], tags } }),
      },
    })
    expect(matrixLayout([cellOf('a', ['1']), cellOf('b', ['2'])], '.kaniko')).toEqual({
      ok: false,
      reason: { code: 'jobs-differ', subject: 'tags' },
    })
  })

  it('turns needs on build jobs into needs on their cells; a build job needing another is refused', () => {
    const cell = (name: string, needs?: string[]): LayoutJob => {
      const body = needs === undefined ? { script: [command('x')] } : { script: [command('x')], needs }
      return {
        ...build(name, body),
        cell: {
          variables: { KC_IMAGE: name, KC_CONTEXT: name },
          fixed: [],
          withReferences: () => ({ name, comment: [], body }),
        },
      }
    }
    const other: LayoutJob = {
      spec: { name: 'after', comment: [], body: { needs: ['lint', 'b', { job: 'a', artifacts: false }] } },
      role: 'other',
    }
    const result = matrixLayout([cell('a'), cell('b'), other], '.kaniko')
    expect(result.ok && result.jobs[1]?.body.needs).toEqual([
      'lint',
      {
        job: 'kaniko',
        parallel: {
          matrix: [
            { KC_IMAGE: 'b', KC_CONTEXT: 'b' },
            { KC_IMAGE: 'a', KC_CONTEXT: 'a' },
          ],
        },
      },
    ])
    expect(matrixLayout([cell('a', ['b']), cell('b', ['b'])], '.kaniko')).toEqual({
      ok: false,
      reason: { code: 'needs-between-images' },
    })
  })

  it('refuses more cells than GitLab runs from one matrix', () => {
    const cells = Array.from({ length: 201 }, (_, i): LayoutJob => {
      const name = `i${i}`
      const spec = { name, comment: [], body: { script: [command('x')] } }
      return {
        spec,
        role: 'build',
        cell: { variables: { KC_IMAGE: name }, fixed: [], withReferences: () => spec },
      }
    })
    expect(matrixLayout(cells, '.kaniko')).toEqual({
      ok: false,
      reason: { code: 'too-many-cells', subject: '201' },
    })
    expect(matrixLayout(cells.slice(0, 200), '.kaniko').ok).toBe(true)
  })

  it('refuses a matrix name another job has', () => {
    const { jobs } = jobsOf([{ name: 'a' }, { name: 'b', context: 'b' }])
    const other: LayoutJob = { spec: { name: 'kaniko', comment: [], body: {} }, role: 'other' }
    expect(matrixLayout([...jobs, other], '.kaniko')).toEqual({
      ok: false,
      reason: { code: 'name-taken', subject: 'kaniko' },
    })
    expect(matrixLayout(jobs, '.kaniko').ok).toBe(true)
  })

  it('has a message for every reason in English and Japanese', () => {
    for (const code of MATRIX_REASONS) {
      const en = matrixReasonMessage({ code, subject: 'labels' }, 'en')
      const ja = matrixReasonMessage({ code, subject: 'labels' }, 'ja')
      expect(en).toMatch(/^[A-Z].*\.$/)
      expect(ja).toMatch(/[ぁ-んァ-ン一-龯]/)
      expect(ja).toMatch(/。$/)
    }
  })
})

describe('comments', () => {
  it('say what the template and the matrix job are, with no user text', () => {
    const images = [{ name: 'user-web' }, { name: 'user-api', context: 'user-context' }]
    const config = (layout: 'extends' | 'matrix') =>
      parseConfigOrThrow({ version: 2, pipeline: { layout, templateName: '.user_template' }, images })
    const [template] = pipelineLayout(config('extends')).jobs
    expect(template?.comment).toEqual([
      'What every build job below shares: each of them extends this template.',
    ])
    const [matrix] = pipelineLayout(config('matrix')).jobs
    expect(matrix?.comment).toEqual([
      'Builds and pushes the image with kaniko.',
      'The -debug image has the shell the job script needs.',
      'parallel:matrix runs it once per build job, with KC_IMAGE and the values that differ.',
    ])
  })
})

describe('pipelineLayout', () => {
  it('auto keeps a one-image config (multi-arch too) in separate jobs; two images get extends', () => {
    const one = parseConfigOrThrow({ version: 2, images: [{ multiArch: { enabled: true } }] })
    expect(pipelineLayout(one)).toEqual({ layout: 'jobs', jobs: pipelineJobs(one) })
    const two = parseConfigOrThrow({ version: 2, images: [{ name: 'a' }, { name: 'b' }] })
    expect(pipelineLayout(two).layout).toBe('extends')
    expect(pipelineLayout(two).jobs.map((j) => j.name)).toEqual(['.kaniko', 'a', 'b'])
  })

  it('writes what was asked, and says why a matrix is written as extends', () => {
    const images = [{ name: 'a' }, { name: 'b', labels: [{ key: 'k', value: 'v' }] }]
    const jobs = parseConfigOrThrow({ version: 2, pipeline: { layout: 'jobs' }, images })
    expect(pipelineLayout(jobs).jobs.map((j) => j.name)).toEqual(['a', 'b'])
    const matrix = parseConfigOrThrow({
      version: 2,
      pipeline: { layout: 'matrix', templateName: '.k' },
      images,
    })
    expect(pipelineLayout(matrix)).toMatchObject({
      layout: 'extends',
      reason: { code: 'image-setting-differs', subject: 'labels' },
    })
    expect(pipelineLayout(matrix).jobs.map((j) => j.name)).toEqual(['.k', 'a', 'b'])
  })
})
