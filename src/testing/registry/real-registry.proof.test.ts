import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { imageView } from '../../core/config/image-view.ts'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { presetConfig } from '../../core/config/presets.ts'
import type { Config } from '../../core/config/schema.ts'
import { generate } from '../../core/generate/index.ts'
import { arbitraryConfig } from '../arbitraries.ts'
import type { CiVariables, RunResult } from '../chroot-runner.ts'
import { runJob } from '../chroot-runner.ts'
import { firstImage } from '../configs.ts'
import { extractPipeline } from '../extract.ts'
import { buildJobName, hasGitlabHelper, PATHS } from '../oracle.ts'
import { provePipeline } from '../proof.ts'
import { addRealBuild } from './build.ts'
import { type CheckKind, RegistryChecks } from './checks.ts'
import { clientEnv, NO_AUTHFILE, skopeoCopy } from './clients.ts'
import {
  BASE_IMAGE_NAME,
  CI_DEPENDENCY_PROXY_SERVER,
  CI_REGISTRY,
  CI_REGISTRY_IMAGE,
  cleanUp,
  DEPENDENCY_PROXY_PASSWORD,
  EXTRA_REGISTRY,
  EXTRA_REGISTRY_VARIABLE,
  makeEnvironment,
  PROXY_GROUP_PATH,
  REGISTRY_PASSWORD,
  type TestEnvironment,
  testCiVariables,
} from './environment.ts'
import { NamespaceSession, type SessionResult } from './session.ts'

/**
 * Proof against real registry software (issue 13): the config.json and CA bundle the job scripts
 * write, run in the busybox chroot, open real TLS registries (CNCF distribution with htpasswd) for
 * skopeo and buildah, inside one private network namespace for the whole file. See
 * docs/generated-pipeline.md, "Proof against real registries".
 */

const IS_ROOT = process.getuid?.() === 0
const TOOLS = [
  'docker-registry',
  'skopeo',
  'umoci',
  'buildah',
  'htpasswd',
  'openssl',
  'ip',
  'unshare',
  'curl',
]
/** More cases or another seed to hunt bugs: KANIKOCONFIG_REGISTRY_RANDOM_CASES, FC_SEED. */
const RANDOM_SEED = Number(process.env.FC_SEED ?? 20_261_130)
const RANDOM_CASES = Number(process.env.KANIKOCONFIG_REGISTRY_RANDOM_CASES ?? 4)
const WRONG_PASSWORD = `wrong ${REGISTRY_PASSWORD}`.slice(0, 200)

const FAILURES = {
  'wrong password': /unauthorized: authentication required/,
  'empty CA bundle': /x509: certificate signed by unknown authority/,
  'system-only CA bundle': /x509: certificate signed by unknown authority/,
  '{} as config.json': /unauthorized: authentication required/,
  // Go's JSON error names the character as '\n'; the log line escapes the backslash again.
  'base64 that wraps': /invalid character '\\+n' in string literal/,
} as const

interface Pipeline {
  readonly group: string
  readonly config: Config
  readonly proofProblems: string[]
  readonly problems: string[]
  readonly runs: ReadonlyMap<string, RunResult>
}

if (!IS_ROOT) {
  const reason =
    'real-registry proof SKIPPED: it needs root (chroot, unshare --net, registries on :443); CI runs as root'
  console.warn(`\n*** ${reason} ***\n`)
  describe('real registries', () => {
    it.skip(reason, () => {})
  })
} else {
  describe('real registries', () => {
    let environment: TestEnvironment | undefined
    let checks: RegistryChecks
    let session: SessionResult
    const pipelines = new Map<string, Pipeline>()
    const failureProblems: string[] = []
    const varLibContainersBefore = fs.existsSync('/var/lib/containers')

    beforeAll(() => {
      const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
      if (missing.length > 0) throw new Error(`missing tools (see .ci/run): ${missing.join(', ')}`)
      environment = makeEnvironment()
      const ns = new NamespaceSession(
        environment.dir,
        environment.registries,
        environment.certificates.caFile,
      )
      checks = new RegistryChecks(environment, ns)
      const caPem = environment.certificates.caPem
      seedDependencyProxy(checks)
      for (const [name, config] of presetCases()) {
        pipelines.set(name, addPipeline(checks, name, config, testCiVariables(config, caPem)))
      }
      for (const [i, config] of randomCases(caPem).entries()) {
        const name = `random ${i + 1}`
        pipelines.set(name, addPipeline(checks, name, config, testCiVariables(config, caPem)))
        console.info(`real registries: ${name}: ${randomFeatures(config).join(', ')}`)
      }
      addFailures(checks, failureProblems)
      pipelines.set('real build', addBuild(checks))
      session = ns.run()
      const summary = (kind: CheckKind) => `${checks.count(kind)} ${kind}`
      console.info(
        `real registries: ${checks.checks.length} steps in ${session.elapsedMs} ms in the namespace (${(['push', 'pull', 'manifest', 'inspect', 'build', 'unpack'] as const).map(summary).join(', ')})`,
      )
    }, 120_000)

    afterAll(() => cleanUp(environment))

    it('the registries start inside the namespace with TLS and htpasswd, and the proxy is seeded', () => {
      expect(session.driverStderr).toBe('')
      expect(session.driverCode).toBe(0)
      expect(checks.problems(session, 'seed')).toEqual([])
      expect(checks.count('seed')).toBe(1)
    })

    for (const name of ['dependency-proxy', 'custom-ca', 'multi-arch', 'kitchen-sink']) {
      it(`${name}: the job's config.json and CA bundle push to every destination and pull through the Dependency Proxy`, () => {
        const pipeline = pipelines.get(name)
        expect(pipeline?.proofProblems).toEqual([])
        expect([...(pipeline?.problems ?? []), ...checks.problems(session, name)]).toEqual([])
        expect(checks.count('push', name)).toBeGreaterThan(0)
        if (pipeline?.config.registries.dependencyProxy.enabled)
          expect(checks.count('pull', name)).toBeGreaterThan(0)
      })
    }

    it('multi-arch for real: buildah joins the per-platform images into an index of exactly the intended platforms', () => {
      for (const name of ['multi-arch', 'kitchen-sink'] as const) {
        // One index per destination tag, each read back with `skopeo inspect --raw`.
        expect(checks.count('inspect', name), name).toBe(
          firstImage(pipelines.get(name)?.config ?? presetConfig(name)).destinations.flatMap((d) => d.tags)
            .length,
        )
        expect(checks.count('manifest', name), name).toBeGreaterThan(0)
        expect(checks.problems(session, name, ['manifest', 'inspect'])).toEqual([])
      }
    })

    it(`${RANDOM_CASES} random configs with auth and a CA (seed ${RANDOM_SEED}) push and pull the same way`, () => {
      for (let i = 1; i <= RANDOM_CASES; i++) {
        const pipeline = pipelines.get(`random ${i}`)
        const label = JSON.stringify(pipeline?.config)
        expect(pipeline?.proofProblems, label).toEqual([])
        expect([...(pipeline?.problems ?? []), ...checks.problems(session, `random ${i}`)], label).toEqual([])
        expect(checks.count('push', `random ${i}`)).toBeGreaterThan(0)
      }
    })

    for (const [failure, error] of Object.entries(FAILURES)) {
      it(`it can fail: ${failure} makes the push fail with ${error}`, () => {
        expect(failureProblems).toEqual([])
        expect(checks.count('push', failure)).toBe(1)
        expect(checks.problems(session, failure)).toEqual([])
      })
    }

    it('one real build: the executor argv as buildah bud pulls FROM through the proxy, pushes, and pulls back', () => {
      const pipeline = pipelines.get('real build')
      expect(pipeline?.proofProblems).toEqual([])
      expect([...(pipeline?.problems ?? []), ...checks.problems(session, 'real build')]).toEqual([])
      expect(checks.count('build', 'real build')).toBe(1)
      expect(checks.count('unpack', 'real build')).toBe(3)
    })

    it('leaves no process behind and writes nothing outside its temp dir', () => {
      const dir = environment?.dir ?? ''
      const survivors = fs
        .readdirSync('/proc')
        .filter((pid) => /^\d+$/.test(pid))
        .filter((pid) => {
          try {
            return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)
          } catch {
            return false
          }
        })
      expect(survivors).toEqual([])
      expect(fs.existsSync('/var/lib/containers')).toBe(varLibContainersBefore)
    })
  })
}

/** The Dependency Proxy serves the base image under the group prefix (what a real proxy would cache). */
function seedDependencyProxy(checks: RegistryChecks): void {
  const { environment } = checks
  const authfile = checks.writeAuthfile({
    [CI_DEPENDENCY_PROXY_SERVER]: `gitlab-ci-token:${DEPENDENCY_PROXY_PASSWORD}`,
  })
  const files = checks.writeJobFiles(undefined, environment.certificates.caPem)
  const target = `docker://${CI_DEPENDENCY_PROXY_SERVER}/${PROXY_GROUP_PATH}/${BASE_IMAGE_NAME}`
  checks.add(
    'seed',
    'seed',
    `seed ${target}`,
    skopeoCopy(checks.clients, authfile, environment.images.baseImage, target),
    clientEnv(checks.clients, files.bundleDir),
  )
}

/** The four presets, with the hosts they name pointed at the test registries and the test CA trusted. */
function presetCases(): [string, Config][] {
  const withCa = (config: Config): Config => ({
    ...config,
    certificates: { ...config.certificates, enabled: true },
  })
  const kitchenSink = presetConfig('kitchen-sink')
  return [
    ['dependency-proxy', withCa(presetConfig('dependency-proxy'))],
    ['custom-ca', presetConfig('custom-ca')],
    ['multi-arch', withCa(presetConfig('multi-arch'))],
    [
      'kitchen-sink',
      parseConfigOrThrow({
        ...kitchenSink,
        // Its first image (every build field, multi-arch, two registries), as separate jobs: the other
        // two images add no kind of push or pull (the presets proof runs all three against the oracle).
        pipeline: { ...kitchenSink.pipeline, layout: 'jobs' },
        // The extra registry stands in for Docker Hub, named through a project variable.
        images: [
          {
            ...firstImage(kitchenSink),
            destinations: firstImage(kitchenSink).destinations.map((d) =>
              d.repository === 'docker.io/example/app'
                ? { ...d, repository: `\${${EXTRA_REGISTRY_VARIABLE}}/example/app` }
                : d,
            ),
          },
        ],
        registries: {
          ...kitchenSink.registries,
          extra: kitchenSink.registries.extra.map((r) => ({ ...r, host: `\${${EXTRA_REGISTRY_VARIABLE}}` })),
        },
        certificates: { ...kitchenSink.certificates, registry: CI_REGISTRY },
      }),
    ],
  ]
}

/**
 * Random configs (the project's arbitraries, fixed seed) aimed at the test registries: their
 * destinations and extra registry replaced, a CA on. Everything else (GitLab auth mode, Dependency
 * Proxy port stripping and build arg, CA source and variable, executor version, platforms, tag
 * suffix, credential variable names…) stays random. Picked to cover as many of those as possible.
 */
function randomCases(caPem: string): Config[] {
  const candidates = fc
    .sample(arbitraryConfig, { seed: RANDOM_SEED, numRuns: Math.max(60, RANDOM_CASES * 3) })
    .map((config) => aimRandom(config, caPem))
  const chosen: Config[] = []
  const covered = new Set<string>()
  while (chosen.length < RANDOM_CASES && candidates.length > 0) {
    const gain = (c: Config) => randomFeatures(c).filter((f) => !covered.has(f)).length
    const best = candidates.reduce((a, b) => (gain(b) > gain(a) ? b : a))
    candidates.splice(candidates.indexOf(best), 1)
    chosen.push(best)
    for (const f of randomFeatures(best)) covered.add(f)
  }
  return chosen
}

/** What makes random configs differ where the registries can tell. */
function randomFeatures(c: Config): string[] {
  return [
    firstImage(c).multiArch.enabled && 'multi-arch',
    c.registries.dependencyProxy.enabled && 'dependency proxy',
    c.registries.dependencyProxy.enabled && !c.registries.dependencyProxy.stripPort && 'port kept',
    c.registries.dependencyProxy.enabled && !c.registries.dependencyProxy.prefixBuildArg && 'no prefix arg',
    `ca ${c.certificates.source}`,
    `auth ${c.registries.gitlabAuth}`,
    hasGitlabHelper(imageView(c, 0)) ? 'kaniko with GitLab helper' : 'kaniko without GitLab helper',
  ].filter((f): f is string => typeof f === 'string')
}

const PLAIN_TAG = /^[\w.-]*$/

function aimRandom(config: Config, caPem: string): Config {
  const extra = config.registries.extra[0]
  const [user, password] =
    extra && extra.usernameVariable !== extra.passwordVariable
      ? [extra.usernameVariable, extra.passwordVariable]
      : ['REGISTRY_USER', 'REGISTRY_PASSWORD']
  const image = firstImage(config)
  const suffix = image.multiArch.tagSuffix.replace(/ARCH|OS|VARIANT/g, '')
  return parseConfigOrThrow({
    ...config,
    images: [
      {
        ...image,
        destinations: [
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}'] },
          { repository: `${EXTRA_REGISTRY}/team/app`, tags: ['${CI_COMMIT_TAG}', 'latest'] },
        ],
        multiArch: {
          ...image.multiArch,
          tagSuffix: PLAIN_TAG.test(suffix) ? image.multiArch.tagSuffix : '-ARCHVARIANT',
        },
      },
    ],
    registries: {
      ...config.registries,
      // "helper" with a kaniko before v1.9.0 cannot push to the GitLab registry (KC352, an error):
      // the config the diagnostic's fix gives instead.
      gitlabAuth:
        config.registries.gitlabAuth === 'helper' && !hasGitlabHelper(imageView(config, 0))
          ? 'auto'
          : config.registries.gitlabAuth,
      extra: [
        {
          host: EXTRA_REGISTRY,
          usernameVariable: user,
          passwordVariable: password,
          credentialHelper: 'none',
        },
      ],
    },
    certificates: {
      ...config.certificates,
      enabled: true,
      // Surrounding blank lines: the pasted PEM is trimmed on the way.
      pem: config.certificates.source === 'pem' ? `\n  ${caPem}\n` : config.certificates.pem,
    },
  })
}

/** Runs the pipeline's jobs in the chroot (checked against the oracle) and adds its registry steps. */
function addPipeline(
  checks: RegistryChecks,
  group: string,
  config: Config,
  variables: Readonly<Record<string, CiVariables[string]>>,
): Pipeline {
  const proof = provePipeline(config, generate(config), { variables })
  const problems: string[] = []
  const view = imageView(config, 0)
  const manifestJob = view.multiArch.enabled ? view.multiArch.manifestJobName : undefined
  for (const [name, run] of proof.runs) {
    if (name === manifestJob) continue
    const platform = view.multiArch.platforms.find((p) => buildJobName(view, p.platform) === name)?.platform
    checks.addBuildJob(
      group,
      config,
      run,
      checks.environment.images.platformImage(platform ?? 'linux/amd64'),
      problems,
    )
  }
  const manifestRun = manifestJob === undefined ? undefined : proof.runs.get(manifestJob)
  if (manifestRun) checks.addManifestJob(group, config, manifestRun, problems)
  return { group, config, proofProblems: proof.problems, problems, runs: proof.runs }
}

/** Each way the push must fail, on the dependency-proxy preset's build job (with the test CA). */
function addFailures(checks: RegistryChecks, problems: string[]): void {
  const base = presetCases()[0]?.[1] as Config
  const caPem = checks.environment.certificates.caPem
  const variables = testCiVariables(base, caPem)
  const destination = `${CI_REGISTRY_IMAGE}:${variables.CI_COMMIT_TAG}`
  const image = checks.environment.images.platformImage('linux/amd64')
  const good = provePipeline(base, generate(base), { variables }).runs.get(firstImage(base).name)
  const goodJson = good?.files[PATHS.kanikoConfig]
  const goodBundle = good?.files[PATHS.kanikoBundle] ?? ''
  if (!goodJson) problems.push('the dependency-proxy job wrote no config.json')

  const push = (failure: keyof typeof FAILURES, authJson: string | undefined, bundle: string) => {
    const files = checks.writeJobFiles(authJson, bundle)
    checks.add(
      failure,
      'push',
      `push ${destination}`,
      skopeoCopy(checks.clients, files.authfile ?? NO_AUTHFILE, image, `docker://${destination}`),
      clientEnv(checks.clients, files.bundleDir),
      FAILURES[failure],
    )
  }

  const wrong = provePipeline(base, generate(base), {
    variables: testCiVariables(base, caPem, { registryPassword: WRONG_PASSWORD }),
  }).runs.get(firstImage(base).name)
  push('wrong password', wrong?.files[PATHS.kanikoConfig], goodBundle)
  push('empty CA bundle', goodJson, '')
  push('system-only CA bundle', goodJson, fs.readFileSync('/etc/ssl/certs/ca-certificates.crt', 'utf8'))
  push('{} as config.json', '{}\n', goodBundle)

  // A copy of the job whose base64 wraps at 76 columns (the 200-character password is long enough).
  const job = extractPipeline(generate(base)).jobs[0]
  const unwrapped = job?.beforeScript.map((line) => line.replaceAll(" | tr -d '\\n'", '')) ?? []
  if (!job || unwrapped.join('\n') === job.beforeScript.join('\n')) {
    problems.push("the job script has no `| tr -d '\\n'` to remove")
  }
  const wrapped = job
    ? runJob({ ...job, beforeScript: unwrapped }, { variables, image: 'kaniko-debug' })
    : undefined
  const wrappedJson = wrapped?.files[PATHS.kanikoConfig]
  if (!wrappedJson?.includes('\n', wrappedJson.indexOf('"auth":"')))
    problems.push('the wrapped config.json has no line break in an auth')
  push('base64 that wraps', wrappedJson, goodBundle)
}

/** The config of the real build: Dependency Proxy prefix, build args, target, labels, two registries. */
function addBuild(checks: RegistryChecks): Pipeline {
  const caPem = checks.environment.certificates.caPem
  const config = parseConfigOrThrow({
    build: {
      dockerfile: '${CI_PROJECT_DIR}/docker/Dockerfile',
      target: 'runtime',
      buildArgs: [
        { name: 'APP_VERSION', value: '${CI_COMMIT_SHORT_SHA}' },
        { name: 'NPM_TOKEN', fromEnvironment: true },
      ],
      labels: [{ key: 'org.example.team', value: `Platform "team" <platform@example.com> #1 it's` }],
      ociLabels: true,
      skipUnusedStages: true,
    },
    destinations: [
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}', 'latest'] },
      { repository: `${EXTRA_REGISTRY}/team/app`, tags: ['${CI_COMMIT_TAG}'] },
    ],
    registries: {
      dependencyProxy: { enabled: true },
      extra: [{ host: EXTRA_REGISTRY, usernameVariable: 'EXTRA_USER', passwordVariable: 'EXTRA_PASSWORD' }],
    },
    certificates: { enabled: true, source: 'pem', pem: caPem, registry: CI_REGISTRY },
  })
  const group = 'real build'
  const proof = provePipeline(config, generate(config), { variables: testCiVariables(config, caPem) })
  const problems: string[] = []
  const run = proof.runs.get(firstImage(config).name)
  if (!run)
    return {
      group,
      config,
      proofProblems: proof.problems,
      problems: ['the build job did not run'],
      runs: proof.runs,
    }
  const files = checks.addBuildJob(
    group,
    config,
    run,
    checks.environment.images.platformImage('linux/amd64'),
    problems,
  )
  const argv = run.executorCalls[0] ?? []
  const labels: Record<string, string> = {
    'app.version': run.jobEnv.CI_COMMIT_SHORT_SHA ?? '',
    'app.npm-token': run.jobEnv.NPM_TOKEN ?? '',
  }
  argv.forEach((arg, i) => {
    const value = argv[i + 1]
    if (arg !== '--label' || value === undefined) return
    const eq = value.indexOf('=')
    labels[value.slice(0, eq)] = value.slice(eq + 1)
  })
  addRealBuild(checks, group, run, files, labels)
  return { group, config, proofProblems: proof.problems, problems, runs: proof.runs }
}
