import * as fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ciVariables, HOSTILE_SECRETS } from '../../testing/ci-env.ts'
import { extractPipeline } from '../../testing/extract.ts'
import { gitlabCiLocalProblems } from '../../testing/gitlab-ci-local.ts'
import { gitlabCiSchemaErrors } from '../../testing/gitlab-ci-schema.ts'
import { provePipeline } from '../../testing/proof.ts'
import { psychProblems } from '../../testing/psych.ts'
import { formatFindings, type ScriptToCheck, shellcheckScripts } from '../../testing/shellcheck.ts'
import { PRESET_NAMES, presetConfig } from '../config/presets.ts'
import { generate } from './index.ts'
import { pipelineStages } from './pipeline.ts'

/**
 * Proofs over every preset: the pipeline is what the contract says (oracle), every job really runs
 * in a chroot that mimics its image, shellcheck is clean, and gitlab-ci-local accepts it.
 */

/**
 * Presets whose point is what the one-image oracle (src/testing/oracle.ts) does not model: several
 * images, destinations per pipeline, the release job. Their jobs are proven where those are, in
 * every kind of pipeline, shellcheck included; here they still go through Psych and gitlab-ci-local.
 */
const PROVEN_ELSEWHERE: Readonly<Record<string, string>> = {
  monorepo: 'rules.proof.test.ts and destinations.proof.test.ts',
  matrix: 'layout.proof.test.ts (every layout against separate jobs)',
  'release-by-retag': 'destinations.proof.test.ts and release-job.proof.test.ts',
  'version-tags': 'rules.proof.test.ts and destinations.proof.test.ts',
}
const ORACLE_PRESETS = PRESET_NAMES.filter((name) => !(name in PROVEN_ELSEWHERE))

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
        const config = presetConfig(name)
        const yaml = generate(config, { jobOnly: mode.jobOnly })
        const proof = provePipeline(config, yaml, { jobOnly: mode.jobOnly })
        expect(proof.problems).toEqual([])
        // GitLab's schema, as gitlab-ci-local bundles it (the CLI itself runs below).
        expect(gitlabCiSchemaErrors(extractPipeline(yaml).document)).toEqual([])
        expect(proof.jobs.length).toBeGreaterThan(0)
      })
    }
  }

  it('every preset script is shellcheck -s sh clean', () => {
    const scripts: ScriptToCheck[] = []
    for (const name of ORACLE_PRESETS) {
      const config = presetConfig(name)
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
    // Jobs alone go into a file that declares their stages (a release stage is not one of GitLab's defaults).
    const withStages = (name: (typeof PRESET_NAMES)[number], jobOnly: boolean) => {
      const yaml = generate(presetConfig(name), { jobOnly })
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
      const config = presetConfig(name)
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
