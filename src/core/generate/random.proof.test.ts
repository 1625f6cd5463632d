import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryConfig, DEFAULT_STAGES } from '../../testing/arbitraries.ts'
import { ciVariables, HOSTILE_SECRETS } from '../../testing/ci-env.ts'
import { extractPipeline } from '../../testing/extract.ts'
import { gitlabCiLocalProblems } from '../../testing/gitlab-ci-local.ts'
import { gitlabCiSchemaErrors } from '../../testing/gitlab-ci-schema.ts'
import { buildJobName, manifestToolReplace } from '../../testing/oracle.ts'
import { provePipeline } from '../../testing/proof.ts'
import { psychProblems } from '../../testing/psych.ts'
import { formatFindings, type ScriptToCheck, shellcheckScripts } from '../../testing/shellcheck.ts'
import { stripDefaults } from '../config/defaults.ts'
import { type ImageView, imageView } from '../config/image-view.ts'
import type { Config } from '../config/schema.ts'
import { expandShellText, referencedVariables } from '../shell/text.ts'
import { generate } from './index.ts'

/**
 * Property proofs over random valid configs with hostile text in every free-text field
 * (src/testing/arbitraries.ts). Run counts are sized to keep the unit suite within a few minutes on
 * two cores; raise them with KANIKOCONFIG_PROOF_RUNS, replay a failure with FC_SEED.
 */

const RUNS = Number(process.env.KANIKOCONFIG_PROOF_RUNS ?? 150)
const PSYCH_RUNS = RUNS * 10
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
const seedOption = SEED === undefined ? {} : { seed: SEED }
const describeConfig = (config: Config) => JSON.stringify(stripDefaults(config))

/** Passwords: the fixed hostile ones and random text (no NUL, which no variable can hold). */
const secret = fc.oneof(
  fc.constantFrom(...HOSTILE_SECRETS),
  fc.string({ unit: 'grapheme', maxLength: 250 }).map((s) => s.replaceAll('\u0000', '')),
)

describe('random configs', () => {
  it('every job run in the chroot matches the oracle (argv, env, config.json, CA bundle); GitLab’s schema holds', () => {
    fc.assert(
      fc.property(arbitraryConfig, secret, secret, (config, registryPassword, proxyPassword) => {
        const variables = ciVariables(config, { registryPassword, dependencyProxyPassword: proxyPassword })
        const yaml = generate(config)
        const proof = provePipeline(config, yaml, { variables })
        expect(proof.problems, describeConfig(config)).toEqual([])

        // GitLab's schema (as gitlab-ci-local bundles it) for every pipeline; the CLI runs on a sample below.
        expect(gitlabCiSchemaErrors(extractPipeline(yaml).document), describeConfig(config)).toEqual([])

        // Job-only mode: the same jobs, nothing else.
        const jobOnly = generate(config, { jobOnly: true })
        expect(gitlabCiSchemaErrors(extractPipeline(jobOnly).document), describeConfig(config)).toEqual([])
        expect(provePipeline(config, jobOnly, { jobOnly: true, structureOnly: true }).problems).toEqual([])
        expect(extractPipeline(jobOnly).jobs).toEqual(extractPipeline(yaml).jobs)

        // End to end, without the oracle: what manifest-tool looks up is what the build jobs pushed.
        const view = imageView(config, 0)
        if (view.multiArch.enabled && placeholdersOnlyInSuffix(view, proof.calls)) {
          const manifest = proof.calls.get(view.multiArch.manifestJobName) ?? []
          for (const p of view.multiArch.platforms) {
            const pushed = proof.calls.get(buildJobName(view, p.platform))?.[0] ?? []
            const destinations = flagValues(pushed, '--destination')
            const templates = manifest.flatMap((call) => flagValues(call, '--template'))
            expect(destinations).toEqual(templates.map((t) => manifestToolReplace(t, p.platform)))
          }
        }
      }),
      { numRuns: RUNS, ...seedOption },
    )
  })

  it('every generated script is shellcheck -s sh clean', () => {
    const configs = fc.sample(arbitraryConfig, { numRuns: RUNS * 2, ...seedOption })
    const scripts: (ScriptToCheck & { config: Config })[] = []
    for (const config of configs) {
      const proof = provePipeline(config, generate(config), { structureOnly: true })
      for (const script of proof.scripts) scripts.push({ ...script, id: `${scripts.length}`, config })
    }
    const results = shellcheckScripts(scripts)
    const failures = scripts
      .filter((s) => (results.get(s.id) ?? []).length > 0)
      .sort((a, b) => describeConfig(a.config).length - describeConfig(b.config).length)
    // The smallest failing configs, with their findings.
    expect(
      failures
        .slice(0, 3)
        .map((s) => `${describeConfig(s.config)}\n${formatFindings(results.get(s.id) ?? [])}`),
      `${failures.length} of ${scripts.length} scripts have findings`,
    ).toEqual([])
  })

  it('GitLab’s YAML parser (Psych, YAML 1.1) reads every pipeline as the yaml library does, full file and job only', () => {
    // No chroot here, only parsing: many more configs than the jobs proof runs, in one Ruby process.
    const configs = fc.sample(arbitraryConfig, { numRuns: PSYCH_RUNS, ...seedOption })
    const cases = configs.flatMap((config) => [
      { label: describeConfig(config), yaml: generate(config) },
      { label: `job only ${describeConfig(config)}`, yaml: generate(config, { jobOnly: true }) },
    ])
    const problems = psychProblems(cases).sort((a, b) => a.length - b.length)
    // The smallest failing configs, with both readings.
    expect(problems.slice(0, 3), `${problems.length} of ${cases.length} pipelines differ`).toEqual([])
    expect(cases).toHaveLength(PSYCH_RUNS * 2)
  })

  it('gitlab-ci-local accepts a sample of them, full file and job only, and reads the same jobs', async () => {
    const configs = fc.sample(arbitraryConfig, { numRuns: 6, ...seedOption })
    const cases: { label: string; yaml: string }[] = []
    for (const config of configs) {
      // Without a stages: block only GitLab's default stages exist (a diagnostics matter, not YAML).
      const defaultStage = DEFAULT_STAGES.includes(config.pipeline.stage)
      if (config.output.stagesBlock || defaultStage)
        cases.push({ label: describeConfig(config), yaml: generate(config) })
      if (defaultStage)
        cases.push({ label: `job only ${describeConfig(config)}`, yaml: generate(config, { jobOnly: true }) })
    }
    expect(await gitlabCiLocalProblems(cases)).toEqual([])
    expect(cases.length).toBeGreaterThan(0)
  })
})

/**
 * The per-platform tag is computed from the literal suffix (contract), so the end-to-end agreement
 * holds when the placeholders can only come from there: no ARCH/OS/VARIANT in the expanded repository
 * and tag, and no references in the suffix.
 */
function placeholdersOnlyInSuffix(
  config: ImageView,
  calls: ReadonlyMap<string, readonly (readonly string[])[]>,
): boolean {
  if (referencedVariables(config.multiArch.tagSuffix).length > 0) return false
  if (calls.size !== config.multiArch.platforms.length + 1) return false
  const env = Object.fromEntries(
    Object.entries(ciVariables(config)).map(([k, v]) => [k, typeof v === 'string' ? v : '']),
  )
  return config.destinations.every((d) =>
    d.tags.every(
      (tag) => !/ARCH|OS|VARIANT/.test(`${expandShellText(d.repository, env)}:${expandShellText(tag, env)}`),
    ),
  )
}

/** The values of `flag` in an argv: `--flag value` and `--flag=value` (a value that starts with `-`). */
function flagValues(argv: readonly string[], flag: string): string[] {
  return argv.flatMap((word, i) =>
    word === flag ? [argv[i + 1] ?? ''] : word.startsWith(`${flag}=`) ? [word.slice(flag.length + 1)] : [],
  )
}
