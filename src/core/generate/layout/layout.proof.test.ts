import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryConfigInput } from '../../../testing/arbitraries.ts'
import type { RunResult } from '../../../testing/chroot-runner.ts'
import { ciVariables } from '../../../testing/ci-env.ts'
import { extractPipeline } from '../../../testing/extract.ts'
import { gitlabCiSchemaErrors } from '../../../testing/gitlab-ci-schema.ts'
import { layoutProblems, resolveWithGitlabCiLocal } from '../../../testing/layout-equivalence.ts'
import { psychProblems } from '../../../testing/psych.ts'
import { parseConfig } from '../../config/parse.ts'
import {
  type Config,
  type ConfigInput,
  DESTINATION_WHEN,
  type Image,
  type Layout,
} from '../../config/schema.ts'
import { generate } from '../document.ts'
import { pipelineLayout } from '../pipeline.ts'

/**
 * The layouts change how the pipeline is written, never what it does: for random configs with
 * several images, the `extends` and `matrix` pipelines, resolved by gitlab-ci-local and with each
 * matrix cell as a job, run job by job in the chroot exactly like the `jobs` layout's (argv,
 * environment, config.json, CA bundle, exit), with the same stage, image, rules, tags, artifacts and
 * job settings, and `needs` on the same jobs. Raise the count with KANIKOCONFIG_LAYOUT_PROOF_RUNS,
 * replay a failure with FC_SEED.
 */

const RUNS = Number(process.env.KANIKOCONFIG_LAYOUT_PROOF_RUNS ?? 10)
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
const seedOption = SEED === undefined ? {} : { seed: SEED }

/** Job variable values: plain, references (GitLab expands them), `$$`, quotes. */
const variableValue = fc.constantFrom(
  '1',
  'fetch',
  '${CI_PROJECT_DIR}/x',
  'a $$ b "c"',
  '$KANIKOCONFIG_UNSET',
  '',
)

/**
 * Images made from random one-image configs: a whole other image (its own labels, flags, platforms…),
 * or the first image with only its values changed (context, Dockerfile, repositories, tags, target,
 * build-arg values, cache repository), which a matrix can carry. Shared settings are the first config's.
 */
const arbitraryFamily = fc
  .record({
    base: arbitraryConfigInput,
    others: fc.array(
      fc.record({
        input: arbitraryConfigInput,
        kind: fc.constantFrom('values', 'whole'),
        ownCache: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    // Half the families differ only in values: what a matrix can carry.
    valuesOnly: fc.boolean(),
    singleArch: fc.boolean(),
    templateName: fc.constantFrom('.kaniko', '.build-template', '.k8s_img.v2'),
    // Destinations pushed only in some pipelines (`set --` lines in the script), job settings.
    whens: fc.array(fc.constantFrom(...DESTINATION_WHEN), { maxLength: 3 }),
    job: fc.record({
      retryMax: fc.integer({ min: 0, max: 2 }),
      interruptible: fc.option(fc.boolean()),
      variables: fc.array(
        fc.record({ name: fc.constantFrom('GIT_STRATEGY', 'GODEBUG'), value: variableValue }),
        {
          maxLength: 1,
        },
      ),
    }),
    imageVariables: fc.array(variableValue, { maxLength: 3 }),
  })
  .map(({ base, others: drawn, valuesOnly, singleArch, templateName, whens, job, imageVariables }) => {
    const others = valuesOnly ? drawn.map((o) => ({ ...o, kind: 'values' })) : drawn
    const shared = parseConfig(base)
    if (!shared.ok) throw new Error(`arbitrary produced an invalid config: ${JSON.stringify(shared.issues)}`)
    const drawnFirst = shared.config.images[0] as Image
    const first: Image = {
      ...drawnFirst,
      destinations: drawnFirst.destinations.map((d, i) => ({ ...d, when: whens[i] ?? d.when })),
    }
    const images = [first, ...others.map((other, k) => otherImage(first, other, k + 1))].map((image, i) => {
      // A `whole` image has variables of its own now and then (per-image `variables:`).
      const value = image !== first && !valuesOnly ? imageVariables[i - 1] : undefined
      const variables = value === undefined ? image.variables : [{ name: 'IMAGE_ONLY', value }]
      return {
        ...image,
        variables,
        multiArch: { ...image.multiArch, enabled: image.multiArch.enabled && !singleArch },
      }
    })
    const input: ConfigInput = {
      ...shared.config,
      // Every stage declared, so gitlab-ci-local knows it (GitLab's default stages are a diagnostics matter).
      output: { ...shared.config.output, stagesBlock: true },
      pipeline: { ...shared.config.pipeline, templateName, job: { ...shared.config.pipeline.job, ...job } },
      images,
    }
    const parsed = parseConfig(input)
    return parsed.ok ? parsed.config : null
  })
  .filter((config): config is Config => config !== null)

function otherImage(
  first: Image,
  other: { input: ConfigInput; kind: string; ownCache: boolean },
  k: number,
): Image {
  const parsed = parseConfig(other.input)
  if (!parsed.ok) throw new Error(`arbitrary produced an invalid config: ${JSON.stringify(parsed.issues)}`)
  const image = parsed.config.images[0] as Image
  const named = (img: Image): Image => ({
    ...img,
    name: `${img.name}-${k}`,
    multiArch: { ...img.multiArch, manifestJobName: `${img.multiArch.manifestJobName}-${k}` },
  })
  if (other.kind === 'whole') return named(image)
  const pick = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(list.length, 1)]
  return named({
    ...first,
    context: image.context,
    dockerfile: image.dockerfile,
    target: first.target === '' ? '' : image.target || `${first.target}-${k}`,
    destinations: first.destinations.map((d, i) => {
      const o = pick(image.destinations, i)
      return { ...d, repository: o?.repository ?? d.repository, tags: d.tags.map((t, j) => o?.tags[j] ?? t) }
    }),
    buildArgs: first.buildArgs.map((a, i) => ({
      ...a,
      value: image.buildArgs[i]?.value ?? `${a.value}-${k}`,
    })),
    cacheRepository: other.ownCache ? parsed.config.cache.repository : first.cacheRepository,
  })
}

const withLayout = (config: Config, layout: Layout): Config => ({
  ...config,
  pipeline: { ...config.pipeline, layout },
})

describe('layouts', () => {
  it('extends and matrix pipelines run every job exactly as the jobs layout does (gitlab-ci-local + busybox)', async () => {
    const started = performance.now()
    const configs = fc.sample(arbitraryFamily, { numRuns: RUNS, ...seedOption })
    const cases = configs.map(layoutCase)
    const { problems, jobsChecked, pipelines, gitlabCiLocalMs } = await proveLayouts(cases)
    const matrices = cases.filter((c) => c.matrixWritten.layout === 'matrix').length
    const cells = cases.reduce((n, c) => n + (c.matrix.match(/^ {6}- KC_IMAGE: /gm)?.length ?? 0), 0)
    const reasons = cases.map((c) => c.matrixWritten.reason?.code).filter((r) => r !== undefined)
    console.info(
      `layout proof: ${cases.length} configs, ${pipelines} pipelines through gitlab-ci-local, ${jobsChecked} jobs run and matched, ${matrices} written as matrix (${cells} cells; fallbacks: ${JSON.stringify(countBy(reasons))}), ${Math.round(performance.now() - started)} ms (gitlab-ci-local ${Math.round(gitlabCiLocalMs)} ms)`,
    )
    expect(problems.slice(0, 5)).toEqual([])
    // Not vacuous: real matrices and real templates were proven, job by job.
    expect(matrices).toBeGreaterThan(0)
    expect(jobsChecked).toBeGreaterThanOrEqual(cases.length * 2)
  }, 900_000)

  it('a monorepo of multi-arch images as one matrix: manifests need their cells, every job as in the jobs layout', async () => {
    const image = (name: string) => ({
      name,
      context: `\${CI_PROJECT_DIR}/${name}`,
      dockerfile: `\${CI_PROJECT_DIR}/${name}/Dockerfile`,
      destinations: [
        { repository: `\${CI_REGISTRY_IMAGE}/${name}`, tags: ['${CI_COMMIT_SHORT_SHA}'] },
        {
          repository: `\${CI_REGISTRY_IMAGE}/${name}`,
          tags: ['${CI_COMMIT_TAG}', 'latest'],
          when: 'tag' as const,
        },
      ],
      buildArgs: [{ name: 'APP', value: name }],
      multiArch: { enabled: true, manifestJobName: `${name}-manifest` },
    })
    const config = parseConfig({
      version: 2,
      registries: {
        extra: [{ host: 'docker.io', usernameVariable: 'HUB_USER', passwordVariable: 'HUB_TOKEN' }],
      },
      certificates: { enabled: true },
      images: [image('web'), image('api')],
    })
    if (!config.ok) throw new Error(JSON.stringify(config.issues))
    const c = layoutCase(config.config)
    expect(c.matrixWritten.layout).toBe('matrix')
    expect(c.matrix).toMatch(/needs:\n\s+- job: kaniko\n\s+parallel:/)
    const { problems, jobsChecked } = await proveLayouts([c])
    expect(problems).toEqual([])
    // Two images × two platforms + two manifests, in extends and in matrix.
    expect(jobsChecked).toBe(12)
  }, 300_000)

  it('GitLab’s schema and its YAML parser (Psych) read every layout as the tests do', () => {
    const configs = fc.sample(arbitraryFamily, { numRuns: RUNS * 10, ...seedOption })
    const cases = configs.flatMap((config) =>
      (['extends', 'matrix'] as const).map((layout) => ({
        label: `${layout} ${JSON.stringify(config.images.map((i) => i.name))}`,
        yaml: generate(withLayout(config, layout)),
      })),
    )
    const schema = cases.flatMap((c) =>
      gitlabCiSchemaErrors(extractPipeline(c.yaml).document).map((e) => `${c.label}: ${e}`),
    )
    expect(schema.slice(0, 5)).toEqual([])
    expect(psychProblems(cases).slice(0, 3)).toEqual([])
    expect(cases.some((c) => c.yaml.includes('parallel:'))).toBe(true)
  })
})

interface LayoutCase {
  readonly config: Config
  readonly jobs: string
  readonly extends: string
  readonly matrix: string
  readonly matrixWritten: ReturnType<typeof pipelineLayout>
}

function layoutCase(config: Config): LayoutCase {
  return {
    config,
    jobs: generate(withLayout(config, 'jobs')),
    extends: generate(withLayout(config, 'extends')),
    matrix: generate(withLayout(config, 'matrix')),
    matrixWritten: pipelineLayout(withLayout(config, 'matrix')),
  }
}

/** Every case's extends and matrix pipelines against its jobs pipeline (see layout-equivalence.ts). */
async function proveLayouts(cases: readonly LayoutCase[]) {
  const yamls = [...new Set(cases.flatMap((c) => [c.jobs, c.extends, c.matrix]))]
  const generated = performance.now()
  const resolved = new Map(
    (await resolveWithGitlabCiLocal(yamls)).map((result, i) => [yamls[i] as string, result]),
  )
  const gitlabCiLocalMs = performance.now() - generated
  const problems: string[] = []
  let jobsChecked = 0
  for (const c of cases) {
    const label = JSON.stringify(c.config.images.map((i) => i.name))
    const jobs = resolved.get(c.jobs)
    if (typeof jobs === 'string' || jobs === undefined) {
      problems.push(`${label} jobs layout: ${jobs}`)
      continue
    }
    const variables = ciVariables(c.config)
    const runs = new Map<string, RunResult>()
    for (const layout of ['extends', 'matrix'] as const) {
      const other = resolved.get(c[layout])
      if (typeof other === 'string' || other === undefined) {
        problems.push(`${label} ${layout}: ${other}`)
        continue
      }
      const result = layoutProblems(jobs, other, variables, runs)
      problems.push(...result.problems.map((p) => `${label} ${layout}: ${p}`))
      jobsChecked += result.jobsChecked
    }
  }
  return { problems, jobsChecked, pipelines: yamls.length, gitlabCiLocalMs }
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
