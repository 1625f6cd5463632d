import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { type CiVariables, runJob, SYSTEM_CA_MARKER } from '../../testing/chroot-runner.ts'
import { HOSTILE_SECRETS } from '../../testing/ci-env.ts'
import { validatePipeline } from '../../testing/gitlab-ci-local.ts'
import { formatFindings, jobScript, shellcheckScripts } from '../../testing/shellcheck.ts'
import {
  expectedCraneCalls,
  expectedReleaseAuths,
  PIPELINE_KINDS,
  PIPELINE_VARIABLES,
  RELEASE_PATHS,
  releaseRuns,
} from '../../testing/trigger-oracle.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { presetConfig } from '../config/presets.ts'
import { type Config, TRIGGERS } from '../config/schema.ts'
import { generate } from './index.ts'

/**
 * The release job (crane tag) runs only in tag pipelines, tags matching the pattern (gitlab-ci-local,
 * whatever pipelines the build jobs run in: its needs are optional), and under busybox with a stub
 * `crane` it retags exactly the configured tags, signed in through the config.json DOCKER_CONFIG
 * names, never with a password in argv, trusting the custom CA through SSL_CERT_FILE.
 */

const CONFIGS = Number(process.env.KANIKOCONFIG_RELEASE_CONFIGS ?? 24)
const SEED = Number(process.env.KANIKOCONFIG_RELEASE_SEED ?? 4242)

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB"$(id)`x`\\$HOME #\n-----END CERTIFICATE-----\n'

const arbitrary = fc.record({
  on: fc.shuffledSubarray([...TRIGGERS], { maxLength: 3 }),
  tagPattern: fc.constantFrom('', '/^v\\d+\\.\\d+\\.\\d+$/', 'nightly', '/^V2/i'),
  repository: fc.constantFrom('${CI_REGISTRY_IMAGE}', 'registry.example.com:5000/team/app'),
  fromTag: fc.constantFrom('${CI_COMMIT_SHORT_SHA}', 'sha-$CI_COMMIT_SHORT_SHA'),
  toTags: fc.shuffledSubarray(['${CI_COMMIT_TAG}', 'latest', 'stable', `"q" $(id) \`x\``], { minLength: 1 }),
  images: fc.array(fc.record({ multiArch: fc.boolean() }), { minLength: 1, maxLength: 2 }),
  certificates: fc.constantFrom('off', 'file-variable', 'pem'),
  extra: fc.array(
    fc.record({
      host: fc.constantFrom('registry.example.com:5000', 'docker.io', '123.dkr.ecr.eu-west-1.amazonaws.com'),
      helper: fc.constantFrom('none', 'none', 'ecr-login'),
    }),
    { maxLength: 2 },
  ),
  insecure: fc.boolean(),
  proxy: fc.constantFrom('', 'http://proxy.example.com:3128'),
})

type Drawn = ReturnType<typeof draw>[number]

function draw() {
  return fc.sample(arbitrary, { seed: SEED, numRuns: CONFIGS })
}

function configOf(i: number, d: Drawn): Config {
  return parseConfigOrThrow({
    version: 2,
    pipeline: {
      layout: 'jobs',
      triggers: { on: d.on, tagPattern: d.tagPattern, branches: ['/^release\\//'] },
    },
    images: d.images.map((image, j) => ({
      name: `c${i}-${j}`,
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}'] }],
      multiArch: { enabled: image.multiArch, manifestJobName: `c${i}-${j}-manifest` },
    })),
    release: {
      enabled: true,
      jobName: `c${i}-release`,
      repository: d.repository,
      fromTag: d.fromTag,
      toTags: d.toTags,
    },
    certificates:
      d.certificates === 'off'
        ? {}
        : d.certificates === 'pem'
          ? { enabled: true, source: 'pem', pem: PEM }
          : { enabled: true, source: 'file-variable' },
    registries: {
      extra: d.extra.map((r, k) => ({
        host: r.host,
        credentialHelper: r.helper,
        usernameVariable: `REG${k}_USER`,
        passwordVariable: `REG${k}_PASSWORD`,
      })),
    },
    advanced: { insecure: d.insecure },
    proxy: { https: d.proxy },
  })
}

const configs = [presetConfig('release-by-retag'), ...draw().map((d, i) => configOf(i, d))]

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

describe('release job', () => {
  it(`runs only in tag pipelines matching the pattern (gitlab-ci-local, ${CONFIGS} configs × ${PIPELINE_KINDS.length} pipelines)`, async () => {
    const yaml = `stages: [build, release]\n\n${configs.map((c) => generate(c, { jobOnly: true })).join('\n')}`
    const results = await inPool(PIPELINE_KINDS, (pipeline) =>
      validatePipeline(yaml, {
        variables: pipeline.variables,
        unset: PIPELINE_VARIABLES.filter((name) => !(name in pipeline.variables)),
      }),
    )
    const problems: string[] = []
    results.forEach((result, k) => {
      const pipeline = PIPELINE_KINDS[k]
      if (!pipeline) return
      if (!result.ok) {
        problems.push(`${pipeline.name}: ${result.error}`)
        return
      }
      for (const config of configs) {
        const job = result.jobs.find((j) => j.name === config.release.jobName)
        const want = releaseRuns(config, pipeline) ? 'on_success' : 'never'
        if (job?.when !== want)
          problems.push(
            `${pipeline.name}: ${config.release.jobName} expected ${want}, got ${job?.when} (pattern ${JSON.stringify(config.pipeline.triggers.tagPattern)})`,
          )
        if (job?.stage !== 'release') problems.push(`${config.release.jobName} is in stage ${job?.stage}`)
      }
    })
    expect(problems.join('\n')).toBe('')
  }, 300_000)

  it(`retags exactly the configured tags with crane, signed in through DOCKER_CONFIG (busybox, ${CONFIGS} configs)`, () => {
    const problems: string[] = []
    const scripts = configs.map((config, i) => {
      const doc = parse(generate(config)) as Record<
        string,
        { variables?: Record<string, string>; before_script?: string[]; script: string[] }
      >
      const job = doc[config.release.jobName]
      if (!job) throw new Error(`no release job in config ${i}`)
      const variables: Record<string, CiVariables[string]> = {
        CI_PROJECT_DIR: '/builds/group/project',
        CI_REGISTRY: 'registry.example.com:5050',
        CI_REGISTRY_IMAGE: 'registry.example.com:5050/group/project',
        CI_REGISTRY_USER: 'gitlab-ci-token',
        CI_REGISTRY_PASSWORD: HOSTILE_SECRETS[i % HOSTILE_SECRETS.length] ?? '',
        CI_COMMIT_SHORT_SHA: '1a2b3c4d',
        CI_COMMIT_TAG: 'v1.2.3',
        CI_PIPELINE_SOURCE: 'push',
        CI_DEFAULT_BRANCH: 'main',
        CUSTOM_CA_CERT: { file: PEM },
      }
      config.registries.extra.forEach((_, k) => {
        variables[`REG${k}_USER`] = `user ${k} "$(id)"`
        variables[`REG${k}_PASSWORD`] = HOSTILE_SECRETS[(i + k + 1) % HOSTILE_SECRETS.length] ?? ''
      })
      const env = Object.fromEntries(
        Object.entries(variables).map(([k, v]) => [k, typeof v === 'string' ? v : '']),
      )
      const run = runJob(
        { variables: job.variables ?? {}, beforeScript: job.before_script ?? [], script: job.script },
        { variables, image: 'crane-debug' },
      )
      const where = `config ${i}`
      const calls = run.invocations.filter((call) => call.program === 'crane')
      const want = expectedCraneCalls(config, env)
      if (run.exitCode !== 0 || run.stderr !== '')
        problems.push(`${where}: exit ${run.exitCode}, stderr ${run.stderr}`)
      if (JSON.stringify(calls.map((c) => c.argv)) !== JSON.stringify(want))
        problems.push(
          `${where}: expected ${JSON.stringify(want)}, got ${JSON.stringify(calls.map((c) => c.argv))}`,
        )
      const secrets = [
        variables.CI_REGISTRY_PASSWORD,
        ...config.registries.extra.map((_, k) => variables[`REG${k}_PASSWORD`]),
      ]
      for (const call of calls) {
        if (
          call.argv.some((arg) =>
            secrets.some((s) => typeof s === 'string' && s.length > 3 && arg.includes(s)),
          )
        )
          problems.push(`${where}: a password in crane's argv`)
        const dir = call.env.DOCKER_CONFIG
        if (dir !== RELEASE_PATHS.dockerConfigDir) problems.push(`${where}: DOCKER_CONFIG=${dir}`)
        const json = run.files[`${dir}/config.json`]
        const decoded = json
          ? Object.fromEntries(
              Object.entries((JSON.parse(json) as { auths: Record<string, { auth: string }> }).auths).map(
                ([key, value]) => [key, Buffer.from(value.auth, 'base64').toString('utf8')],
              ),
            )
          : undefined
        const auths = expectedReleaseAuths(config, env)
        if (JSON.stringify(decoded) !== JSON.stringify(auths))
          problems.push(`${where}: config.json expected ${JSON.stringify(auths)}, got ${json}`)
        const ca = config.certificates.enabled
        const bundle = ca ? RELEASE_PATHS.caBundle : '/etc/ssl/certs/ca-certificates.crt'
        if (call.env.SSL_CERT_FILE !== bundle)
          problems.push(`${where}: SSL_CERT_FILE=${call.env.SSL_CERT_FILE}`)
        const content = ca ? run.files[bundle] : `${SYSTEM_CA_MARKER}\n`
        // The file variable's content as it is; the pasted PEM trimmed, with one line break (the same here).
        const wantContent = `${SYSTEM_CA_MARKER}\n${PEM}`
        if (ca && content !== wantContent)
          problems.push(
            `${where}: CA bundle expected ${JSON.stringify(wantContent)}, got ${JSON.stringify(content)}`,
          )
      }
      const allowed = new Set([`${RELEASE_PATHS.dockerConfigDir}/config.json`, RELEASE_PATHS.caBundle])
      const stray = Object.keys(run.files).filter((f) => !allowed.has(f))
      if (stray.length > 0) problems.push(`${where}: wrote ${stray.join(', ')}`)
      return jobScript(`${i}`, { ...job, beforeScript: job.before_script ?? [] })
    })
    for (const [id, list] of shellcheckScripts(scripts))
      if (list.length > 0) problems.push(`shellcheck config ${id}:\n${formatFindings(list)}`)
    expect(problems.slice(0, 15).join('\n')).toBe('')
  }, 300_000)
})
