import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePipeline } from '../../testing/gitlab-ci-local.ts'
import {
  expectedJobState,
  imageJobRoles,
  PIPELINE_KINDS,
  PIPELINE_VARIABLES,
  type ProjectState,
} from '../../testing/trigger-oracle.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { presetConfig } from '../config/presets.ts'
import { type Config, type ConfigInput, TRIGGERS } from '../config/schema.ts'
import { generate } from './index.ts'

/**
 * The `rules:` do what the form promises: gitlab-ci-local (GitLab's expression language, `exists`
 * globbed in the project, `changes` diffed against the default branch in a real git repository)
 * evaluates random trigger settings in tag, branch, merge request, schedule, web and API pipelines,
 * and every job must be in exactly the pipelines the oracle (src/testing/trigger-oracle.ts) names,
 * manual and allowed to fail as configured. The jobs of all configs share one file, so each pipeline
 * costs one gitlab-ci-local run.
 */

const CONFIGS = Number(process.env.KANIKOCONFIG_TRIGGER_CONFIGS ?? 40)
const SEED = Number(process.env.KANIKOCONFIG_TRIGGER_SEED ?? 20261130)

const TAG_PATTERNS = ['', '/^v\\d+\\.\\d+\\.\\d+$/', '^v\\d+', 'nightly', '/^V2/i', '/^(v1|nightly)/']
const BRANCHES = ['main', 'develop', 'release/1.2', '/^release\\//', '/^feature/', '/^FEAT/i', '/^release/1/']
const FILES = [
  'Dockerfile',
  'app/main.go',
  'app/Dockerfile',
  'docs/guide/readme.md',
  'lib/util.go',
  'services/api/main.go',
  'services/web/index.js',
]
const PATTERNS = ['app/**/*', 'lib/*', '*.md', '**/*.md', 'docs/**/*', 'Dockerfile', 'services/**/*']
const PROJECTS: readonly ProjectState[] = [
  { files: FILES, changed: ['app/main.go', 'services/api/main.go'] },
  { files: FILES, changed: ['docs/guide/readme.md', 'lib/util.go', 'services/web/index.js'] },
]

const subset = <T>(values: readonly T[], maxLength = values.length) =>
  fc.shuffledSubarray([...values], { maxLength })

const imageArbitrary = fc.record({
  changes: fc.oneof(fc.constant<string[]>([]), subset(PATTERNS, 2)),
  changesCompareTo: fc.constantFrom('', 'refs/heads/main'),
  exists: fc.oneof(fc.constant<string[]>([]), fc.constant<string[]>([]), subset(PATTERNS, 2)),
  multiArch: fc.boolean(),
})

const configArbitrary = fc.record({
  on: subset(TRIGGERS, 4),
  tagPattern: fc.constantFrom(...TAG_PATTERNS),
  branches: fc.shuffledSubarray(BRANCHES, { minLength: 1, maxLength: 3 }),
  schedules: fc.constantFrom('inherit', 'never'),
  manual: fc.constantFrom('off', 'manual', 'manual-allow-failure'),
  images: fc.array(imageArbitrary, { minLength: 1, maxLength: 3 }),
})

type Drawn = ReturnType<typeof draw>[number]

function configOf(index: number, drawn: Drawn): Config {
  const input: ConfigInput = {
    version: 2,
    pipeline: {
      layout: 'jobs',
      triggers: {
        on: drawn.on,
        tagPattern: drawn.tagPattern,
        branches: drawn.branches,
        schedules: drawn.schedules,
        manual: drawn.manual,
      },
    },
    images: drawn.images.map((image, j) => ({
      name: `c${index}-${j}`,
      changes: image.changes,
      changesCompareTo: image.changesCompareTo,
      exists: image.exists,
      destinations: [{ repository: 'r', tags: ['t'] }],
      multiArch: { enabled: image.multiArch, manifestJobName: `c${index}-${j}-manifest` },
    })),
  }
  return parseConfigOrThrow(input)
}

function draw() {
  return fc.sample(configArbitrary, { seed: SEED, numRuns: CONFIGS })
}

/** Two processes at a time: the machine is shared. */
async function inPool<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await run(items[index] as T)
    }
  }
  await Promise.all([worker(), worker()])
  return results
}

describe('rules in gitlab-ci-local', () => {
  it(`run each job in exactly the pipelines intended (2 presets and ${CONFIGS} random configs × ${PIPELINE_KINDS.length} pipelines × ${PROJECTS.length} change sets)`, async () => {
    // The presets whose point is where they run, beside the random configs (their job names differ).
    const presets = (['monorepo', 'version-tags'] as const).map((name) => presetConfig(name))
    const configs = [...presets, ...draw().map((drawn, i) => configOf(i, drawn))]
    const yaml = configs.map((c) => generate(c, { jobOnly: true })).join('\n')
    const runs = PIPELINE_KINDS.flatMap((pipeline) => PROJECTS.map((project) => ({ pipeline, project })))
    const started = performance.now()
    const results = await inPool(runs, ({ pipeline, project }) =>
      validatePipeline(yaml, {
        variables: pipeline.variables,
        unset: PIPELINE_VARIABLES.filter((name) => !(name in pipeline.variables)),
        project,
      }),
    )
    const problems: string[] = []
    let checked = 0
    results.forEach((result, r) => {
      const { pipeline, project } = runs[r] as (typeof runs)[number]
      const where = `${pipeline.name}, changed ${project.changed.join(' ')}`
      if (!result?.ok) {
        problems.push(`${where}: ${result?.error}`)
        return
      }
      const got = new Map(result.jobs.map((j) => [j.name, { when: j.when, allowFailure: j.allow_failure }]))
      configs.forEach((config, c) => {
        for (const image of config.images) {
          for (const { name, role } of imageJobRoles(image)) {
            checked++
            const want = expectedJobState(config, image, pipeline, project, role)
            const have = got.get(name)
            if (JSON.stringify(have) !== JSON.stringify(want))
              problems.push(
                `${where}: ${name} expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}; triggers ${JSON.stringify(config.pipeline.triggers)}, image ${JSON.stringify({ changes: image.changes, exists: image.exists })} (config ${c})`,
              )
          }
        }
      })
    })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.info(
      `triggers: ${configs.length} configs, ${runs.length} gitlab-ci-local runs, ${checked} job × pipeline checks in ${seconds} s`,
    )
    expect(problems.slice(0, 20).join('\n')).toBe('')
  }, 300_000)
})
