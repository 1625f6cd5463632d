import * as fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ciVariables, HOSTILE_SECRETS } from '../../testing/ci-env.ts'
import { extractPipeline } from '../../testing/extract.ts'
import { gitlabCiLocalProblems } from '../../testing/gitlab-ci-local.ts'
import { gitlabCiSchemaErrors } from '../../testing/gitlab-ci-schema.ts'
import { layoutProblems, resolveWithGitlabCiLocal } from '../../testing/layout-equivalence.ts'
import { provePipeline } from '../../testing/proof.ts'
import { psychProblems } from '../../testing/psych.ts'
import { formatFindings, type ScriptToCheck, shellcheckScripts } from '../../testing/shellcheck.ts'
import { PRESET_NAMES, type PresetName, presetConfig } from '../config/presets.ts'
import type { Config } from '../config/schema.ts'
import { generate } from './index.ts'
import { pipelineStages } from './pipeline.ts'

/**
 * Proofs over every preset: the pipeline is what the contract says (oracle), every job really runs
 * in a chroot that mimics its image, shellcheck is clean, and gitlab-ci-local accepts it.
 */

/**
 * The release job is what the oracle (src/testing/oracle.ts) does not model: its preset is proven
 * where that job is, in every kind of pipeline, shellcheck included; here it still goes through
 * Psych and gitlab-ci-local.
 */
const PROVEN_ELSEWHERE: Readonly<Record<string, string>> = {
  'release-by-retag': 'destinations.proof.test.ts and release-job.proof.test.ts',
}
const ORACLE_PRESETS = PRESET_NAMES.filter((name) => !(name in PROVEN_ELSEWHERE))

/**
 * A preset as the oracle proves it: several images written as separate jobs, the layout the oracle
 * reads job by job. Their own layout (extends, matrix) is proven to run exactly as that one below.
 */
function provenConfig(name: PresetName): Config {
  const config = presetConfig(name)
  return config.images.length > 1 ? { ...config, pipeline: { ...config.pipeline, layout: 'jobs' } } : config
}

/** Presets written in a layout other than separate jobs (several images and the `auto` default). */
const OTHER_LAYOUT_PRESETS = PRESET_NAMES.filter((name) => presetConfig(name).images.length > 1)

/** The CI/CD variables of a tag pipeline and of a push to a feature branch (the defaults have both). */
function pipelineVariables(config: Config, kind: 'tag' | 'feature branch'): ReturnType<typeof ciVariables> {
  const { CI_COMMIT_TAG, CI_COMMIT_BRANCH, ...rest } = ciVariables(config)
  return kind === 'tag' ? { ...rest, CI_COMMIT_TAG: 'v1.2.3' } : { ...rest, CI_COMMIT_BRANCH: 'feature/x' }
}

const MODES = [
  { name: 'full file', jobOnly: false },
  { name: 'job only', jobOnly: true },
] as const

describe('presets', () => {
  it('gitlab-docs is the document’s example, exactly', () => {
    const fixture = fs.readFileSync(
      new URL('./fixtures/using-kaniko-ja-example.yml', import.meta.url),
      'utf8',
    )
    expect(parse(generate(presetConfig('gitlab-docs')))).toEqual(parse(fixture))
  })

  for (const name of ORACLE_PRESETS) {
    for (const mode of MODES) {
      it(`${name} (${mode.name}): jobs match the oracle when run in the chroot`, () => {
        const config = provenConfig(name)
        const yaml = generate(config, { jobOnly: mode.jobOnly })
        const proof = provePipeline(config, yaml, { jobOnly: mode.jobOnly })
        expect(proof.problems).toEqual([])
        // GitLab's schema, as gitlab-ci-local bundles it (the CLI itself runs below).
        expect(gitlabCiSchemaErrors(extractPipeline(yaml).document)).toEqual([])
        expect(proof.jobs.length).toBeGreaterThan(0)
      })
    }
  }

  // Destinations by pipeline and `changes` are decided per pipeline: a tag and a branch pipeline too.
  for (const name of ORACLE_PRESETS.filter((n) =>
    presetConfig(n).images.some((i) => i.destinations.some((d) => d.when !== 'always')),
  )) {
    for (const kind of ['tag', 'feature branch'] as const) {
      it(`${name} in a ${kind} pipeline: every job pushes what the oracle names`, () => {
        const config = provenConfig(name)
        const proof = provePipeline(config, generate(config), { variables: pipelineVariables(config, kind) })
        expect(proof.problems).toEqual([])
        expect(proof.calls.size).toBe(proof.jobs.length)
      })
    }
  }

  it('several-image presets in their own layout run every job exactly as in separate jobs (gitlab-ci-local + busybox)', async () => {
    const configs = OTHER_LAYOUT_PRESETS.map((name) => presetConfig(name))
    const resolved = await resolveWithGitlabCiLocal(
      configs.flatMap((config) => [
        generate({ ...config, pipeline: { ...config.pipeline, layout: 'jobs' } }),
        generate(config),
      ]),
    )
    const problems: string[] = []
    let jobsChecked = 0
    configs.forEach((config, i) => {
      const [jobs, own] = [resolved[2 * i], resolved[2 * i + 1]]
      const name = OTHER_LAYOUT_PRESETS[i]
      if (typeof jobs === 'string' || typeof own === 'string' || !jobs || !own) {
        problems.push(`${name}: gitlab-ci-local: ${String(typeof jobs === 'string' ? jobs : own)}`)
        return
      }
      const equivalence = layoutProblems(jobs, own, ciVariables(config))
      problems.push(...equivalence.problems.map((p) => `${name}: ${p}`))
      jobsChecked += equivalence.jobsChecked
    })
    expect(problems).toEqual([])
    // Not vacuous: kitchen-sink (two platforms, manifest, worker, docs), monorepo (3), matrix (3 cells).
    expect(OTHER_LAYOUT_PRESETS).toEqual(expect.arrayContaining(['kitchen-sink', 'monorepo', 'matrix']))
    expect(jobsChecked).toBe(11)
  }, 300_000)

  it('every preset script is shellcheck -s sh clean', () => {
    const scripts: ScriptToCheck[] = []
    for (const name of ORACLE_PRESETS) {
      const config = provenConfig(name)
      const proof = provePipeline(config, generate(config), { structureOnly: true })
      scripts.push(...proof.scripts.map((s) => ({ ...s, id: `${name}/${s.id}` })))
    }
    const findings = [...shellcheckScripts(scripts)].filter(([, f]) => f.length > 0)
    expect(findings.map(([id, f]) => `${id}\n${formatFindings(f)}`)).toEqual([])
    expect(scripts.length).toBeGreaterThanOrEqual(ORACLE_PRESETS.length)
  })

  it('GitLab’s YAML parser (Psych, YAML 1.1) reads every preset as the yaml library does', () => {
    const cases = PRESET_NAMES.flatMap((name) =>
      MODES.map((mode) => ({ label: `${name} (${mode.name})`, yaml: generate(presetConfig(name), mode) })),
    )
    expect(psychProblems(cases)).toEqual([])
    expect(cases.length).toBe(PRESET_NAMES.length * MODES.length)
  })

  it('gitlab-ci-local accepts every preset and reads the same jobs', async () => {
    // Several images as separate jobs: their own layout goes through gitlab-ci-local in the layout test above.
    // Jobs alone go into a file that declares their stages (a release stage is not one of GitLab's defaults).
    const withStages = (name: (typeof PRESET_NAMES)[number], jobOnly: boolean) => {
      const yaml = generate(provenConfig(name), { jobOnly })
      return jobOnly ? `stages: [${pipelineStages(presetConfig(name)).join(', ')}]\n\n${yaml}` : yaml
    }
    const cases = PRESET_NAMES.flatMap((name) =>
      MODES.map((mode) => ({ label: `${name} (${mode.name})`, yaml: withStages(name, mode.jobOnly) })),
    )
    // js-yaml (gitlab-ci-local) and yaml (these tests) must read the scripts and variables alike.
    expect(await gitlabCiLocalProblems(cases, { variables: true })).toEqual([])
  })

  it('carries hostile credentials (200-char tokens, quotes, $, \\, #, spaces, unicode) into config.json', () => {
    const problems: string[] = []
    for (const name of ['dependency-proxy', 'kitchen-sink'] as const) {
      const config = provenConfig(name)
      for (const secret of HOSTILE_SECRETS) {
        const variables = ciVariables(config, {
          registryPassword: secret,
          dependencyProxyPassword: `${secret}!`,
          credentials: { DOCKERHUB_USER: `user ${secret}`, DOCKERHUB_TOKEN: secret },
        })
        const proof = provePipeline(config, generate(config), { variables })
        problems.push(...proof.problems.map((p) => `${name} with ${JSON.stringify(secret)}: ${p}`))
      }
    }
    expect(problems).toEqual([])
  })
})
