import { describe, expect, it } from 'vitest'
import { imageView } from '../core/config/image-view.ts'
import type { ConfigInputV1 } from '../core/config/migrate-v1.ts'
import { parseConfigOrThrow } from '../core/config/parse.ts'
import { runJob, SYSTEM_CA_MARKER } from './chroot-runner.ts'
import { ciVariables, shellView } from './ci-env.ts'
import { extractPipeline, jobByName } from './extract.ts'
import {
  expectedAuths,
  expectedCaBundle,
  expectedExecutorArgv,
  expectedHostFailure,
  expectedManifestToolCalls,
  expectedPipeline,
  jobEnv,
  manifestToolReplace,
  strippedProxyPrefix,
} from './oracle.ts'

/**
 * The oracle checked against the source document's own snippets, run in the chroot: where the
 * document and the oracle describe the same config, they must agree.
 */

const image = 'gcr.io/kaniko-project/executor:v1.14.0-debug'
/** An argv of `--flag value` pairs as a sorted list of pairs. */
const flagPairs = (argv: readonly string[]) =>
  argv.flatMap((word, i) => (i % 2 === 0 ? [`${word} ${argv[i + 1]}`] : [])).sort()
const job = (body: string) =>
  jobByName(extractPipeline(`build:\n  image:\n    name: ${image}\n${body}`), 'build')

/** The oracle reads one image's view (a one-image config, written in the v1 short form). */
const viewOf = (input: ConfigInputV1) => imageView(parseConfigOrThrow(input), 0)

describe('oracle vs the document (using_kaniko.ja.txt)', () => {
  it('computes the argv of the basic example', () => {
    const config = viewOf({ executor: { source: 'google', tag: 'v1.14.0-debug' } })
    const vars = ciVariables(config)
    const documentJob = job(`  script:
    - /kaniko/executor
      --context "\${CI_PROJECT_DIR}"
      --dockerfile "\${CI_PROJECT_DIR}/Dockerfile"
      --destination "\${CI_REGISTRY_IMAGE}:\${CI_COMMIT_TAG}"
`)
    const result = runJob(documentJob, { variables: vars })
    expect(result.executorCalls).toEqual([expectedExecutorArgv(config, jobEnv(config, shellView(vars)))])
  })

  it('computes the argv and job environment of the proxy example', () => {
    const config = viewOf({
      proxy: { http: 'http://proxy:3128', https: 'http://proxy:3128', noProxy: 'localhost,.example.com' },
    })
    const vars = ciVariables(config)
    const documentJob = job(`  variables:
    http_proxy: http://proxy:3128
    https_proxy: http://proxy:3128
    no_proxy: localhost,.example.com
  script:
    - /kaniko/executor
      --context "\${CI_PROJECT_DIR}"
      --build-arg http_proxy=$http_proxy
      --build-arg https_proxy=$https_proxy
      --build-arg no_proxy=$no_proxy
      --dockerfile "\${CI_PROJECT_DIR}/Dockerfile"
      --destination "\${CI_REGISTRY_IMAGE}:\${CI_COMMIT_TAG}"
`)
    const env = jobEnv(config, shellView(vars))
    // The same flags: kaniko reads them in any order, and the contract groups the proxy build args
    // with the other build args after the destinations (the document puts them before --dockerfile).
    const [call] = runJob(documentJob, { variables: vars }).executorCalls
    expect(flagPairs(call ?? [])).toEqual(flagPairs(expectedExecutorArgv(config, env)))
    expect(expectedPipeline(config, shellView(vars)).jobs[0]?.variables).toEqual({
      http_proxy: 'http://proxy:3128',
      https_proxy: 'http://proxy:3128',
      no_proxy: 'localhost,.example.com',
    })
  })

  it('computes the config.json of the Dependency Proxy line (port stripped, as the document)', () => {
    const config = viewOf({ registries: { dependencyProxy: { enabled: true } } })
    const vars = ciVariables(config, { registryPassword: 'p"w $x', dependencyProxyPassword: 'y'.repeat(200) })
    const documentJob = job(`  script:
    - mkdir -p /kaniko/.docker
    - echo "{\\"auths\\":{\\"\${CI_REGISTRY}\\":{\\"auth\\":\\"$(printf "%s:%s" "\${CI_REGISTRY_USER}" "\${CI_REGISTRY_PASSWORD}" | base64 | tr -d '\\n')\\"},\\"$(echo -n $CI_DEPENDENCY_PROXY_SERVER | awk -F[:] '{print $1}')\\":{\\"auth\\":\\"$(printf "%s:%s" \${CI_DEPENDENCY_PROXY_USER} "\${CI_DEPENDENCY_PROXY_PASSWORD}" | base64 | tr -d '\\n')\\"}}}" > /kaniko/.docker/config.json
`)
    const result = runJob(documentJob, { variables: vars })
    expect(result.exitCode).toBe(0)
    const written = JSON.parse(result.files['/kaniko/.docker/config.json'] ?? '') as {
      auths: Record<string, { auth: string }>
    }
    const decoded = Object.fromEntries(
      Object.entries(written.auths).map(([k, v]) => [k, Buffer.from(v.auth, 'base64').toString()]),
    )
    expect(decoded).toEqual(expectedAuths(config, shellView(vars))?.auths)
    expect(Object.keys(decoded)).toEqual(['registry.example.com:5050', 'gitlab.example.com'])
  })

  it('computes the CA bundle of the custom certificate example', () => {
    const pem = '-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----'
    const config = viewOf({ certificates: { enabled: true, source: 'pem', pem } })
    const documentJob = job(`  before_script:
    - |
      echo "${pem.replaceAll('\n', '\n      ')}" >> /kaniko/ssl/certs/ca-certificates.crt
  script: [/kaniko/executor]
`)
    const result = runJob(documentJob, { variables: ciVariables(config) })
    expect(result.files['/kaniko/ssl/certs/ca-certificates.crt']).toBe(
      expectedCaBundle(config, `${SYSTEM_CA_MARKER}\n`, ''),
    )
  })
})

describe('oracle details', () => {
  it('replaces manifest-tool placeholders once each, in order ARCH, OS, VARIANT', () => {
    expect(manifestToolReplace('foo/bar-ARCHVARIANT:v1', 'linux/arm/v7')).toBe('foo/bar-armv7:v1')
    expect(manifestToolReplace('x:OS-ARCH-VARIANT', 'linux/amd64')).toBe('x:linux-amd64-')
    expect(manifestToolReplace('x:ARCH-ARCH', 'linux/arm64')).toBe('x:arm64-ARCH')
    // ARCH is replaced first, so the OS inside "ARCHOS" is found after it.
    expect(manifestToolReplace('OSARCH', 'linux/386')).toBe('linux386')
  })

  it('strips the port from the Dependency Proxy prefix like from the key', () => {
    expect(
      strippedProxyPrefix({
        CI_DEPENDENCY_PROXY_SERVER: 'gitlab.com:443',
        CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX: 'gitlab.com:443/group/dependency_proxy/containers',
      }),
    ).toBe('gitlab.com/group/dependency_proxy/containers')
  })

  it('expands each user field on its own: a tag ending in $NAME keeps its name', () => {
    const config = viewOf({
      destinations: [{ repository: 'r', tags: ['v-$CI_COMMIT_TAG'] }],
      multiArch: { enabled: true, tagSuffix: 'ARCH' },
    })
    const env = { CI_COMMIT_TAG: '1', CI_COMMIT_TAGamd64: 'wrong' }
    expect(expectedExecutorArgv(config, env, 'linux/amd64').slice(-2)).toEqual([
      '--destination',
      'r:v-1amd64',
    ])
    expect(expectedManifestToolCalls(config, env)[0]?.slice(-4)).toEqual([
      '--template',
      'r:v-1ARCH',
      '--target',
      'r:v-1',
    ])
  })

  it('names the jobs of a multi-arch pipeline and puts the manifest job after them', () => {
    const config = viewOf({
      job: { name: 'img', manual: true },
      multiArch: { enabled: true, platforms: [{ platform: 'linux/arm/v7' }, { platform: 'linux/amd64' }] },
    })
    const { jobs } = expectedPipeline(config, {})
    expect(jobs.map((j) => [j.name, j.kind, j.rules])).toEqual([
      ['img-armv7', 'build', [{ if: '$CI_COMMIT_TAG', when: 'manual' }]],
      ['img-amd64', 'build', [{ if: '$CI_COMMIT_TAG', when: 'manual' }]],
      ['manifest', 'manifest', [{ if: '$CI_COMMIT_TAG' }]],
    ])
    expect(jobs[2]?.needs).toEqual(['img-armv7', 'img-amd64'])
  })

  it('knows when config.json is needed and what it holds', () => {
    const env = { CI_REGISTRY: 'r:5050', CI_REGISTRY_USER: 'u', CI_REGISTRY_PASSWORD: 'p', U: 'eu', P: 'ep' }
    expect(expectedAuths(viewOf({}), env)).toBeNull()
    // kaniko before v1.9.0 has no GitLab helper: "auto" must write the GitLab registry.
    expect(expectedAuths(viewOf({ executor: { tag: 'v1.8.0-debug' } }), env)).toEqual({
      auths: { 'r:5050': 'u:p' },
      credHelpers: {},
    })
    const extra = viewOf({
      registries: {
        gitlabAuth: 'helper',
        extra: [
          { host: 'ghcr.io', usernameVariable: 'U', passwordVariable: 'P' },
          { host: 'gcr.io', credentialHelper: 'gcr' },
        ],
      },
    })
    expect(expectedAuths(extra, env)).toEqual({
      auths: { 'ghcr.io': 'eu:ep' },
      credHelpers: { 'gcr.io': 'gcr' },
    })
    // manifest-tool has no GitLab helper, and its alpine image names gcr's helper "gcloud".
    expect(expectedAuths(extra, env, 'manifest-tool')).toEqual({
      auths: { 'r:5050': 'u:p', 'ghcr.io': 'eu:ep' },
      credHelpers: { 'gcr.io': 'gcloud' },
    })
  })
})

describe('expectedHostFailure', () => {
  it('names the first variable in a registry host that is not host[:port] characters', () => {
    const config = viewOf({
      registries: { extra: [{ host: 'ghcr.io' }, { host: '${A}:${B}' }, { host: '$C.example' }] },
    })
    const message = (name: string) => `$${name} is not a registry host`
    expect(expectedHostFailure(config, { A: 'reg-1.example', B: '5050', C: 'x' })).toBeNull()
    expect(expectedHostFailure(config, { A: 'reg', B: '', C: 'x' })).toBe(message('B'))
    expect(expectedHostFailure(config, { A: 'a/b', B: '5', C: 'a b' })).toBe(message('A'))
    expect(expectedHostFailure(config, { A: 'a', B: '5' })).toBe(message('C'))
    expect(expectedHostFailure(config, { A: '[::1]', B: '5', C: 'x' })).toBe(message('A'))
    expect(expectedHostFailure(viewOf({}), {})).toBeNull()
  })

  it('checks the hosts in the order config.json lists them: logins, then helpers', () => {
    const config = viewOf({
      registries: { extra: [{ host: '$H', credentialHelper: 'ecr-login' }, { host: '$L' }] },
    })
    expect(expectedHostFailure(config, { H: 'a b', L: 'c d' })).toBe('$L is not a registry host')
  })
})
