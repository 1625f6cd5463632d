import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runJob } from '../../testing/chroot-runner.ts'
import { formatFindings, jobScript, type ScriptToCheck, shellcheckScripts } from '../../testing/shellcheck.ts'
import {
  expectedManifestPushes,
  expectedPushes,
  PIPELINE_KINDS,
  type PipelineKind,
  platformJobName,
} from '../../testing/trigger-oracle.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { presetConfig } from '../config/presets.ts'
import { type Config, DESTINATION_WHEN } from '../config/schema.ts'
import { generate } from './index.ts'

/**
 * Tags that depend on the pipeline, proven where they are decided: in the job's shell. For random
 * destination sets (each with its `when`), every build job runs under busybox in the environment
 * GitLab gives each kind of pipeline, and the executor must receive exactly the destinations the
 * oracle names (--no-push where there are none); the manifest job must call manifest-tool for exactly
 * those of the pipeline. The scripts must be shellcheck-clean.
 */

const CONFIGS = Number(process.env.KANIKOCONFIG_DESTINATION_CONFIGS ?? 24)
const SEED = Number(process.env.KANIKOCONFIG_DESTINATION_SEED ?? 1130)

const REPOSITORIES = ['${CI_REGISTRY_IMAGE}', 'registry.example.com:5000/team/app', 'reg.example.com/a b']
const TAGS = [
  '${CI_COMMIT_TAG}',
  'latest',
  '${CI_COMMIT_REF_SLUG}',
  '${CI_COMMIT_SHORT_SHA}',
  'v-$CI_COMMIT_SHORT_SHA',
  `"q" $(id) \`x\``,
]

const destinationArbitrary = fc.oneof(
  fc.record({
    repository: fc.constantFrom(...REPOSITORIES),
    tags: fc.shuffledSubarray(TAGS, { minLength: 1, maxLength: 3 }),
    when: fc.constantFrom(...DESTINATION_WHEN),
  }),
  // A variable holding a whole reference.
  fc.record({
    repository: fc.constant('$IMAGE_REF'),
    tags: fc.constant([]),
    when: fc.constantFrom(...DESTINATION_WHEN),
  }),
)

const configArbitrary = fc.record({
  images: fc.array(
    fc.record({
      destinations: fc.array(destinationArbitrary, { minLength: 0, maxLength: 4 }),
      multiArch: fc.boolean(),
      tagSuffix: fc.constantFrom('-ARCHVARIANT', '_OS-ARCH'),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  noPush: fc.boolean(),
})

function configOf(drawn: (typeof draws)[number]): Config {
  return parseConfigOrThrow({
    version: 2,
    pipeline: { layout: 'jobs', triggers: { on: [] } },
    images: drawn.images.map((image, j) => ({
      name: `img${j}`,
      destinations: image.destinations,
      multiArch: {
        enabled: image.multiArch,
        tagSuffix: image.tagSuffix,
        manifestJobName: `img${j}-manifest`,
      },
    })),
    // An image without destinations writes a tarball instead.
    advanced: {
      noPush: drawn.noPush && drawn.images.some((i) => i.destinations.length > 0),
      tarPath: 'image.tar',
    },
  })
}

const draws = fc.sample(configArbitrary, { seed: SEED, numRuns: CONFIGS })

/** What GitLab sets besides the pipeline kind's own variables. */
function environment(pipeline: PipelineKind): Record<string, string> {
  const v = pipeline.variables
  const ref = v.CI_COMMIT_TAG ?? v.CI_COMMIT_BRANCH ?? 'feature/mr'
  return {
    CI_PROJECT_DIR: '/builds/group/project',
    CI_REGISTRY: 'registry.example.com:5050',
    CI_REGISTRY_IMAGE: 'registry.example.com:5050/group/project',
    CI_REGISTRY_USER: 'gitlab-ci-token',
    CI_REGISTRY_PASSWORD: 'pa"ss $(id)',
    CI_COMMIT_SHORT_SHA: '1a2b3c4d',
    CI_COMMIT_REF_NAME: ref,
    CI_COMMIT_REF_SLUG: ref.toLowerCase().replace(/[^a-z0-9]/g, '-'),
    IMAGE_REF: 'registry.example.com/x/y:ref',
    ...v,
  }
}

/** A multi-arch image has a manifest job when it has something to join. */
const manifestExpected = (image: Config['images'][number]) =>
  image.multiArch.enabled && image.destinations.length > 0

type JobBody = { variables?: Record<string, string>; before_script?: string[]; script: string[] }

/** The executor's argv split into its destinations, its --no-push count and everything else. */
function splitPushArgs(argv: readonly string[]) {
  const destinations: string[] = []
  const rest: string[] = []
  let noPush = 0
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--destination') destinations.push(argv[++i] ?? '')
    else if (argv[i] === '--no-push') noPush++
    else rest.push(argv[i] ?? '')
  }
  return { destinations, noPush, rest }
}

describe('destinations by pipeline, under busybox', () => {
  it(`push exactly what the oracle names (3 presets and ${CONFIGS} random configs × ${PIPELINE_KINDS.length} pipelines)`, () => {
    const started = performance.now()
    const problems: string[] = []
    const scripts: ScriptToCheck[] = []
    let runs = 0
    const presets = (['version-tags', 'release-by-retag', 'monorepo'] as const).map(presetConfig)
    const configs = [...presets, ...draws.map(configOf)]
    configs.forEach((config, c) => {
      const doc = parse(generate(config)) as Record<string, JobBody>
      for (const image of config.images) {
        const builds = image.multiArch.enabled
          ? image.multiArch.platforms.map((p) => ({
              name: platformJobName(image, p.platform),
              platform: p.platform,
            }))
          : [{ name: image.name, platform: undefined }]
        const jobs = [
          ...builds.map((b) => b.name),
          ...(manifestExpected(image) ? [image.multiArch.manifestJobName] : []),
        ]
        for (const name of jobs) {
          const job = doc[name]
          if (job) scripts.push(jobScript(`${c}:${name}`, { ...job, beforeScript: job.before_script ?? [] }))
          else problems.push(`config ${c}: no job ${name}`)
        }
        for (const { name, platform } of builds) {
          const job = doc[name]
          if (!job) continue
          const rests = new Set<string>()
          for (const pipeline of PIPELINE_KINDS) {
            const env = environment(pipeline)
            const run = runJob(
              { variables: job.variables ?? {}, beforeScript: job.before_script ?? [], script: job.script },
              { variables: env, image: 'kaniko-debug' },
            )
            runs++
            const where = `config ${c} ${name} in ${pipeline.name}`
            if (run.exitCode !== 0 || run.executorCalls.length !== 1) {
              problems.push(
                `${where}: exit ${run.exitCode}, ${run.executorCalls.length} calls, ${run.stderr}`,
              )
              continue
            }
            const got = splitPushArgs(run.executorCalls[0] ?? [])
            rests.add(JSON.stringify(got.rest))
            const want = expectedPushes(config, image, pipeline, env, platform)
            const have = { destinations: got.destinations, noPush: got.noPush === 1 }
            if (JSON.stringify(have) !== JSON.stringify(want) || got.noPush > 1)
              problems.push(
                `${where}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}\n  ${JSON.stringify(image.destinations)}`,
              )
          }
          if (rests.size !== 1)
            problems.push(`config ${c} ${name}: the other arguments depend on the pipeline`)
        }
        if (!manifestExpected(image)) {
          if (doc[image.multiArch.manifestJobName])
            problems.push(`config ${c}: a manifest job without destinations`)
          continue
        }
        const manifest = doc[image.multiArch.manifestJobName]
        if (!manifest) continue
        for (const pipeline of PIPELINE_KINDS) {
          const env = environment(pipeline)
          const run = runJob(
            {
              variables: manifest.variables ?? {},
              beforeScript: manifest.before_script ?? [],
              script: manifest.script,
            },
            { variables: env, image: 'manifest-tool-alpine' },
          )
          runs++
          const where = `config ${c} ${image.multiArch.manifestJobName} in ${pipeline.name}`
          const got = run.manifestToolCalls.map((argv) => ({
            template: argv[argv.indexOf('--template') + 1],
            target: argv[argv.indexOf('--target') + 1],
          }))
          const want = expectedManifestPushes(image, pipeline, env)
          if (run.exitCode !== 0 || JSON.stringify(got) !== JSON.stringify(want))
            problems.push(
              `${where}: exit ${run.exitCode}, expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
            )
        }
      }
    })
    const findings = shellcheckScripts(scripts)
    for (const [id, list] of findings)
      if (list.length > 0) problems.push(`shellcheck ${id}:\n${formatFindings(list)}`)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.info(
      `destinations: ${configs.length} configs, ${runs} job runs under busybox, ${scripts.length} scripts shellchecked in ${seconds} s`,
    )
    expect(problems.slice(0, 15).join('\n')).toBe('')
  }, 300_000)
})
