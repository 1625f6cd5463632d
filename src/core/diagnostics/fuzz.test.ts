import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PLATFORMS } from '../catalog/platforms.ts'
import { parseConfig } from '../config/parse.ts'
import { type Config, type ConfigInput, configSchema, TRIGGERS } from '../config/schema.ts'
import { diagnose } from './engine.ts'
import { getPath } from './lib/paths.ts'
import type { Finding } from './types.ts'

/** Values that exercise the rules, mixed with arbitrary text. */
const word = fc.oneof(
  fc.constantFrom(
    '${CI_REGISTRY_IMAGE}',
    'docker.io/example/app',
    'registry.example.com:5000/App',
    'https://ghcr.io/x/y',
    '$REGISTRY/app',
    'harbor.corp.internal/a:b',
  ),
  fc.stringMatching(/^[a-z0-9$/{}._:-]{1,20}$/),
)
const tag = fc.oneof(
  fc.constantFrom(
    '${CI_COMMIT_TAG}',
    '$CI_COMMIT_REF_NAME',
    'latest',
    'OSX',
    'feature/x',
    '-rc',
    'v${CI_COMMIT_TAG}',
    '${CI_COMMIT_BRANCH}',
  ),
  fc.stringMatching(/^[A-Za-z0-9$/{}._ -]{1,12}$/),
)
const flag = fc.oneof(
  fc.constantFrom(
    '--cache',
    '--cache=true',
    'true',
    '--cache-ttl',
    '24h',
    '--snapshotMode=redo',
    '--no-push',
    '--insecure',
    '--skip-tls-verify-registry',
    'r.example.com',
    '--dryrun',
    '--cahce',
    '-d',
    '${CI_REGISTRY_IMAGE}:x',
    '--push-retry=x',
    '--a b',
    '--label=k=v w',
    '$EXTRA',
    '--destination=registry.example.com/app:v1',
    '--build-arg',
    'A=1',
    '--target=x',
    '--verbosity=trace',
    '--whitelist-var-run',
    '-',
    '--insecure-pull=false',
    '--registry-mirror=$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX',
    '--build-arg=CI_DEPENDENCY_PROXY_SERVER',
  ),
  fc.stringMatching(/^-{0,2}[a-zA-Z=_ -]{1,14}$/),
)
const uniquePlatforms = fc.uniqueArray(
  fc.record({ platform: fc.constantFrom(...PLATFORMS), runnerTags: fc.constantFrom([], ['x']) }),
  { minLength: 1, maxLength: 4, selector: (p) => p.platform },
)

const input: fc.Arbitrary<ConfigInput> = fc.record({
  executor: fc.record({
    source: fc.constantFrom('google', 'osscontainertools', 'custom'),
    tag: fc.constantFrom(
      'v1.24.0-debug',
      'debug',
      'latest',
      'v1.8.1-debug',
      'v1.9.0-debug',
      'v1.28.3-slim',
      'v1.14.0-debug',
    ),
    customImage: fc.constantFrom(
      '',
      'gcr.io/kaniko-project/executor:v1.9.0',
      'registry.example.com/k:1',
      'martizih/kaniko:debug',
    ),
    overrideEntrypoint: fc.boolean(),
  }),
  job: fc.record({
    name: fc.constantFrom('build', 'manifest'),
    triggers: fc.uniqueArray(fc.constantFrom(...TRIGGERS)),
  }),
  build: fc.record({
    context: fc.constantFrom('${CI_PROJECT_DIR}', '${CI_PROJECT_DIR}/app'),
    dockerfile: fc.constantFrom('${CI_PROJECT_DIR}/Dockerfile', '.', 'docker/', '${CI_PROJECT_DIR}/app'),
    target: fc.constantFrom('', 'runtime'),
    buildArgs: fc.array(
      fc.record({
        name: fc.constantFrom('A', 'http_proxy', 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'),
        value: fc.constantFrom('', 'a b', 'x', '$CI_DEPENDENCY_PROXY_SERVER/x'),
        fromEnvironment: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    labels: fc.array(
      fc.record({
        key: fc.constantFrom(
          'maintainer',
          'org.opencontainers.image.version',
          'org.opencontainers.image.title',
        ),
        value: fc.constantFrom('', 'x'),
      }),
      { maxLength: 3 },
    ),
    ociLabels: fc.boolean(),
  }),
  destinations: fc.array(
    fc.record({ repository: word, tags: fc.array(tag, { minLength: 1, maxLength: 3 }) }),
    { minLength: 1, maxLength: 3 },
  ),
  registries: fc.record({
    dependencyProxy: fc.record({
      enabled: fc.boolean(),
      stripPort: fc.boolean(),
      prefixBuildArg: fc.boolean(),
    }),
    extra: fc.array(
      fc.record({
        host: fc.constantFrom(
          'docker.io',
          'https://index.docker.io/v1/',
          'registry.example.com',
          'https://registry.example.com',
          'registry.example.com/group',
          'harbor.corp.internal:8443/team/',
        ),
        credentialHelper: fc.constantFrom('none', 'ecr-login'),
      }),
      { maxLength: 3 },
    ),
  }),
  proxy: fc.record({
    http: fc.constantFrom('', 'http://proxy:3128', 'http://u:p4ssw0rd@proxy:3128'),
    https: fc.constantFrom('', 'http://proxy:3128'),
    noProxy: fc.constantFrom('', 'localhost'),
    jobVariables: fc.boolean(),
    buildArgs: fc.boolean(),
  }),
  certificates: fc.record({
    enabled: fc.boolean(),
    source: fc.constantFrom('file-variable', 'pem'),
    pem: fc.constantFrom('', 'x'),
  }),
  multiArch: fc.record({
    enabled: fc.boolean(),
    platforms: uniquePlatforms,
    tagSuffix: fc.constantFrom('-ARCHVARIANT', '-OS', '/ARCH', '', '-ARCH'),
    manifestToolImage: fc.constantFrom(
      'mplatform/manifest-tool:alpine',
      'mplatform/manifest-tool:latest',
      'mplatform/manifest-tool:v2.2.1',
    ),
    manifestJobName: fc.constantFrom('manifest', 'build-amd64'),
  }),
  cache: fc.record({
    enabled: fc.boolean(),
    repository: fc.constantFrom('', '${CI_REGISTRY_IMAGE}/cache'),
    ttl: fc.constantFrom('', '10m', '24h'),
    copyLayers: fc.boolean(),
  }),
  snapshot: fc.record({ mode: fc.constantFrom('default', 'redo'), useNewRun: fc.boolean() }),
  advanced: fc.record({
    noPush: fc.boolean(),
    cleanup: fc.boolean(),
    customPlatform: fc.constantFrom('', 'linux/arm64'),
    skipTlsVerify: fc.boolean(),
    skipTlsVerifyRegistries: fc.constantFrom([], ['${CI_REGISTRY}'], ['harbor.corp.internal']),
    insecure: fc.boolean(),
    insecureRegistries: fc.constantFrom([], ['r.example.com']),
    registryMirrors: fc.constantFrom(
      [],
      ['$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'],
      ['mirror.corp.internal'],
    ),
    imageDownloadRetry: fc.constantFrom(0, 2),
    extraFlags: fc.array(flag, { maxLength: 5 }),
  }),
}) as unknown as fc.Arbitrary<ConfigInput>

const configs = input
  .map((raw) => parseConfig(raw))
  .filter((r) => r.ok)
  .map((r) => (r as { ok: true; config: Config }).config)

const countOf = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code).length

describe('diagnose() on random configs', () => {
  it('never throws, and every field it names exists in the config', () => {
    fc.assert(
      fc.property(configs, (config) => {
        for (const finding of diagnose(config)) {
          for (const field of finding.fields)
            expect(getPath(config, field), `${finding.code} ${field}`).not.toBeUndefined()
        }
      }),
      { numRuns: 300 },
    )
  })

  it('every fix gives a valid config with fewer findings of its code and no more errors', () => {
    fc.assert(
      fc.property(configs, (config) => {
        const before = diagnose(config)
        for (const finding of before) {
          if (!finding.fix) continue
          const fixed = finding.fix.apply(config)
          expect(configSchema.safeParse(fixed).success, finding.code).toBe(true)
          const after = diagnose(fixed)
          expect(countOf(after, finding.code), finding.code).toBeLessThan(countOf(before, finding.code))
          const errorsBefore = before.filter((f) => f.severity === 'error')
          for (const error of after.filter((f) => f.severity === 'error')) {
            expect(countOf(after, error.code), `${finding.code} fix adds ${error.code}`).toBeLessThanOrEqual(
              countOf(errorsBefore, error.code),
            )
          }
        }
      }),
      { numRuns: 300 },
    )
    // Each run diagnoses every fixed config again: up to a minute on a loaded shared machine.
  }, 180_000)
})
