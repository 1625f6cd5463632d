import { describe, expect, it } from 'vitest'
import { runJob } from '../../testing/chroot-runner.ts'
import { ciVariables } from '../../testing/ci-env.ts'
import { extractPipeline, jobByName } from '../../testing/extract.ts'
import type { ConfigInputV1 as ConfigInput } from '../config/migrate-v1.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { Config } from '../config/schema.ts'
import { generate } from '../generate/index.ts'
import { diagnose } from './engine.ts'
import type { Code } from './params.ts'

/**
 * What some findings claim about the running job, checked by running it in the chroot (busybox, the
 * executor stubbed): the problem is real before the fix and gone after it.
 */

/** The build job run with the test CI/CD variables. */
function runBuild(config: Config) {
  const job = jobByName(extractPipeline(generate(config)), config.images[0]?.name ?? '')
  const run = runJob(job, { variables: ciVariables(config) })
  expect(run.exitCode, run.stderr).toBe(0)
  return run
}

const executorArgv = (config: Config) => runBuild(config).executorCalls[0] ?? []

/** The labels kaniko ends up with: each `--label key=value` in order, the last of a key wins. */
function labelsOf(argv: readonly string[]): Map<string, string> {
  const labels = new Map<string, string>()
  argv.forEach((word, i) => {
    if (word !== '--label') return
    const pair = argv[i + 1] ?? ''
    const eq = pair.indexOf('=')
    labels.set(pair.slice(0, eq), pair.slice(eq + 1))
  })
  return labels
}

/** Applies the code's fixes until it is no longer found (at most a few rounds). */
function fixAll(config: Config, code: Code): Config {
  let current = config
  for (let round = 0; round < 5; round++) {
    const fix = diagnose(current).find((f) => f.code === code)?.fix
    if (!fix) return current
    current = fix.apply(current)
  }
  throw new Error(`${code} keeps coming back`)
}

function applyFix(config: Config, code: Code): Config {
  const fix = diagnose(config).find((f) => f.code === code)?.fix
  expect(fix, code).toBeDefined()
  return fix ? fix.apply(config) : config
}

const config = (input: ConfigInput) => parseConfigOrThrow(input)

describe('KC606 duplicate labels', () => {
  it('an OCI label replaces the user’s value; after the fix the user’s value and every other OCI label are there', () => {
    const shadowed = config({
      build: { ociLabels: true, labels: [{ key: 'org.opencontainers.image.version', value: '2.1.0' }] },
    })
    const before = labelsOf(executorArgv(shadowed))
    const variables = ciVariables(shadowed)
    expect(before.get('org.opencontainers.image.version')).toBe(variables.CI_COMMIT_REF_NAME)

    const after = labelsOf(executorArgv(applyFix(shadowed, 'KC606')))
    expect(after.get('org.opencontainers.image.version')).toBe('2.1.0')
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [key, value] of before)
      if (key !== 'org.opencontainers.image.version') expect(after.get(key)).toBe(value)
  })

  it('two labels of the user: the fix leaves the image’s labels as they are', () => {
    const twice = config({
      build: {
        labels: [
          { key: 'maintainer', value: 'old@example.com' },
          { key: 'maintainer', value: 'new@example.com' },
        ],
      },
    })
    const before = labelsOf(executorArgv(twice))
    expect(before.get('maintainer')).toBe('new@example.com')
    expect(labelsOf(executorArgv(applyFix(twice, 'KC606')))).toEqual(before)
  })
})

/** docker's config.json lookup (docker/cli credentials/file_store.go): the exact host, else a key whose host matches. */
function hasCredentials(keys: readonly string[], host: string): boolean {
  const hostOf = (key: string) => key.replace(/^[a-z]+:\/\//, '').split('/')[0]
  return keys.includes(host) || keys.some((key) => hostOf(key) === host)
}

/** The registry host kaniko asks config.json about for an image reference or mirror. */
const registryHost = (reference: string) => reference.split('/')[0] ?? ''

describe('KC340 Dependency Proxy key and the places that name the proxy', () => {
  const variables = ciVariables(parseConfigOrThrow({}))
  const prefix = String(variables.CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX)
  const proxyAuth = `${variables.CI_DEPENDENCY_PROXY_USER}:${variables.CI_DEPENDENCY_PROXY_PASSWORD}`

  /** The config.json key holding the Dependency Proxy's credentials, and every key. */
  function keysOf(files: Readonly<Record<string, string>>) {
    // No config.json: the job has no credentials at all.
    const json = JSON.parse(files['/kaniko/.docker/config.json'] ?? '{}') as {
      auths?: Record<string, { auth: string }>
    }
    const auths = json.auths ?? {}
    const keys = Object.keys(auths)
    const proxyKey = keys.find((k) => Buffer.from(auths[k]?.auth ?? '', 'base64').toString() === proxyAuth)
    return { keys, proxyKey }
  }

  /** Hosts the job names the proxy by: mirrors, build args (from the argv or the environment), FROM lines. */
  function proxyHosts(argv: readonly string[], env: Readonly<Record<string, string>>): string[] {
    const hosts: string[] = []
    argv.forEach((word, i) => {
      const value = argv[i + 1] ?? ''
      if (word === '--registry-mirror') hosts.push(registryHost(value))
      if (word !== '--build-arg') return
      const eq = value.indexOf('=')
      const name = eq < 0 ? value : value.slice(0, eq)
      const given = eq < 0 ? (env[name] ?? '') : value.slice(eq + 1)
      if (['BASE', 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'].includes(name)) hosts.push(registryHost(given))
    })
    // Without the prefix build arg, FROM lines name the proxy as the variable (or its copied value) does.
    if (!argv.some((word) => word.startsWith('CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX')))
      hosts.push(registryHost(prefix))
    return hosts
  }

  const uses: Record<string, ConfigInput> = {
    'a registry mirror': { advanced: { registryMirrors: ['$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'] } },
    'a build arg': {
      build: { buildArgs: [{ name: 'BASE', value: '${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/node:22' }] },
    },
    'FROM lines without the prefix build arg': { registries: { dependencyProxy: { prefixBuildArg: false } } },
    'the prefix build arg': {},
  }

  describe.each(Object.entries(uses))('%s', (_, use) => {
    it.each([true, false])('stripPort %s: after the fixes every place finds the proxy key', (stripPort) => {
      const input = structuredClone(use)
      input.registries = {
        ...input.registries,
        dependencyProxy: { ...input.registries?.dependencyProxy, enabled: true, stripPort },
      }
      const fixed = fixAll(config(input), 'KC340')
      const run = runBuild(fixed)
      const { keys, proxyKey } = keysOf(run.files)
      const hosts = proxyHosts(run.executorCalls[0] ?? [], run.jobEnv)
      expect(hosts.length).toBeGreaterThan(0)
      for (const host of hosts) {
        expect(host).toBe(proxyKey)
        expect(hasCredentials(keys, host)).toBe(true)
      }
    })
  })

  it('KC346: a mirror and a build arg naming the proxy while it is off find its key after the fix', () => {
    const off = config({
      build: { buildArgs: [{ name: 'BASE', value: '${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/node:22' }] },
      advanced: { registryMirrors: ['$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'] },
    })
    expect(keysOf(runBuild(off).files).proxyKey).toBeUndefined()
    const fixed = fixAll(off, 'KC346')
    expect(diagnose(fixed).map((f) => f.code)).not.toContain('KC340')
    const run = runBuild(fixed)
    const { keys, proxyKey } = keysOf(run.files)
    const hosts = proxyHosts(run.executorCalls[0] ?? [], run.jobEnv)
    expect(hosts.length).toBeGreaterThan(1)
    for (const host of hosts) {
      expect(host).toBe(proxyKey)
      expect(hasCredentials(keys, host)).toBe(true)
    }
  })

  it('before the fix a mirror with the port finds no credentials under the stripped key', () => {
    const broken = config({
      registries: { dependencyProxy: { enabled: true } },
      advanced: { registryMirrors: ['$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'] },
    })
    const run = runBuild(broken)
    const { keys, proxyKey } = keysOf(run.files)
    expect(proxyKey).toBe(registryHost(prefix).replace(/:\d+$/, ''))
    expect(hasCredentials(keys, registryHost(prefix))).toBe(false)
  })
})
