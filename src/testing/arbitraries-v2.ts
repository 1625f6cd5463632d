import fc from 'fast-check'
import { jobName } from '../core/config/fields.ts'
import { parseConfig } from '../core/config/parse.ts'
import {
  CERTIFICATE_SOURCES,
  type Config,
  type ConfigInput,
  DESTINATION_WHEN,
  DOCKER_AUTH_CONFIG_SOURCES,
  LAYOUTS,
  MANUAL_MODES,
  RETRY_WHEN,
  SCHEDULE_MODES,
  TRIGGERS,
} from '../core/config/schema.ts'
import {
  configPieces,
  FILE_VARIABLE_NAMES,
  fieldArbitraries,
  outsideGeneratorScope,
  VARIABLE_NAMES,
} from './arbitraries.ts'

/**
 * fast-check arbitraries for valid version-2 configs: one to four images (each with its own build,
 * destinations whose tags depend on the pipeline, multi-arch, runner tags, flags, cache repository,
 * `changes:`/`exists:`, needs and variables), every layout, triggers, job settings, a release job,
 * and the auth and CA forms of version 2. Free text is as hostile as in arbitraries.ts (whose
 * pieces these reuse); every config goes through parseConfig.
 *
 * Shapes the schema refuses across fields (two images with the same job name, say) are filtered
 * out; a test keeps that filter from discarding much. Generator proofs add their own scope filter.
 */

const { textField, lineField, wordField, nameField } = fieldArbitraries
const p = configPieces

const variable = fc.record({
  name: fc.constantFrom('GIT_STRATEGY', 'GIT_SUBMODULE_STRATEGY', 'GIT_DEPTH', 'GODEBUG', ...VARIABLE_NAMES),
  value: textField(['fetch', 'recursive', '1', 'http2client=0', '']),
})

const jobNames = (realistic: readonly string[]) => fc.uniqueArray(lineField(realistic, 1), { maxLength: 2 })

const destination = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(p.destination, fc.constantFrom(...DESTINATION_WHEN))
      .map(([d, when]) => ({ ...d, when })),
  },
  // A variable holding a whole reference (`tags: []`).
  {
    weight: 1,
    arbitrary: fc.record({
      repository: textField(['$IMAGE_REF', '${IMAGE_REF}', '${CI_REGISTRY_IMAGE}:${CI_COMMIT_SHORT_SHA}'], 1),
      tags: fc.constant([]),
      when: fc.constantFrom(...DESTINATION_WHEN),
    }),
  },
)

const perImage = fc.record({
  name: p.jobName,
  destinations: fc.array(destination, { minLength: 1, maxLength: 3 }),
  multiArch: p.multiArch,
  runnerTags: p.runnerTags,
  extraFlags: fc.array(textField(['--image-fs-extract-retry=2', '--build-arg=A=b c'], 1), { maxLength: 2 }),
  extraArgsVariable: fc.constantFrom('', 'KANIKO_EXTRA_ARGS', 'WITH_SPACE', 'EMPTY', 'KANIKOCONFIG_UNSET'),
  cacheRepository: textField(['', '${CI_REGISTRY_IMAGE}/cache/app']),
  changes: fc.array(lineField(['app/**/*', 'Dockerfile', 'go.sum'], 1), { maxLength: 2 }),
  changesCompareTo: lineField(['', 'refs/heads/main']),
  exists: fc.array(lineField(['Dockerfile', 'docs/**/*.md'], 1), { maxLength: 2 }),
  needs: fc.option(jobNames(['test', 'lint', 'build']), { nil: null }),
  variables: fc.array(variable, { maxLength: 2 }),
})

export const arbitraryImage = fc.tuple(p.build, perImage).map(([build, image]) => ({ ...build, ...image }))

export const arbitraryTriggers = fc
  .record({
    on: fc.shuffledSubarray([...TRIGGERS]),
    tagPattern: fc.oneof(
      fc.constantFrom('', '/^v\\d+\\.\\d+\\.\\d+$/', '/^release-.*$/'),
      lineField(['/x/']),
    ),
    branches: fc.uniqueArray(lineField(['main', '/^release\\/.*$/', 'feature/x'], 1), { maxLength: 2 }),
    schedules: fc.constantFrom(...SCHEDULE_MODES),
    manual: fc.constantFrom(...MANUAL_MODES),
  })
  // The named-branches trigger needs a name to match.
  .map((triggers) =>
    triggers.on.includes('named-branches') && triggers.branches.length === 0
      ? { ...triggers, branches: ['main'] }
      : triggers,
  )

export const arbitraryJobSettings = fc.record({
  needs: fc.option(jobNames(['test', 'lint', 'unit tests']), { nil: null }),
  retryMax: fc.integer({ min: 0, max: 2 }),
  retryWhen: fc.uniqueArray(fc.constantFrom(...RETRY_WHEN), { maxLength: 3 }),
  timeout: fc.constantFrom('', '1h', '30 minutes', '1h 30m', '2 hours and 10 minutes'),
  interruptible: fc.constantFrom(null, true, false),
  resourceGroup: lineField(['', 'production', '$CI_COMMIT_REF_SLUG']),
  variables: fc.array(variable, { maxLength: 2 }),
  services: fc.array(
    fc.record({
      name: fc.constantFrom('docker:dind', 'registry:2', 'registry.example.com/postgres:16'),
      alias: wordField(['', 'db']),
    }),
    { maxLength: 1 },
  ),
})

const pipeline = fc.record({
  stage: p.stage,
  layout: fc.constantFrom(...LAYOUTS),
  templateName: fc.constantFrom('.kaniko', '.build-template', '.k_1.x'),
  triggers: arbitraryTriggers,
  job: arbitraryJobSettings,
})

export const arbitraryRelease = fc.record({
  enabled: fc.boolean(),
  jobName: nameField(jobName, ['release', 'publish release', 'リリース']),
  stage: p.stage,
  image: fc.constantFrom('gcr.io/go-containerregistry/crane:debug', 'registry.example.com/tools/crane:debug'),
  repository: textField(['${CI_REGISTRY_IMAGE}', 'docker.io/example/app'], 1),
  fromTag: textField(['${CI_COMMIT_SHORT_SHA}', '${CI_COMMIT_SHA}'], 1),
  toTags: fc.array(textField(['${CI_COMMIT_TAG}', 'latest'], 1), { minLength: 1, maxLength: 2 }),
  runnerTags: p.runnerTags,
})

const extraRegistry = fc
  .tuple(
    p.extraRegistry,
    fc.record({
      usernameLiteral: fc.oneof(
        fc.constantFrom('', 'AWS', 'oauth2accesstoken', '_json_key', 'robot$project+ci', 'x-token'),
        lineField(['']),
      ),
      googleCredentialsFileVariable: fc.constantFrom('', 'GOOGLE_APPLICATION_CREDENTIALS', 'GCP_KEY'),
    }),
  )
  .map(([registry, more]) => ({ ...registry, ...more }))

const registries = fc
  .tuple(
    p.registries,
    fc.array(extraRegistry, { maxLength: 3 }),
    fc.record({
      source: fc.constantFrom(...DOCKER_AUTH_CONFIG_SOURCES),
      variable: fc.constantFrom('DOCKER_AUTH_CONFIG', 'REGISTRY_AUTH', '_a1'),
      merge: fc.boolean(),
    }),
  )
  .map(([registries, extra, dockerAuthConfig]) => ({ ...registries, extra, dockerAuthConfig }))

const certificates = fc
  .tuple(
    p.certificates,
    fc.record({
      source: fc.constantFrom(...CERTIFICATE_SOURCES),
      base64Variable: fc.constantFrom('CUSTOM_CA_CERT_BASE64', 'CA_B64', ...FILE_VARIABLE_NAMES),
      path: textField(['', '/etc/ssl/certs/corp.pem', '${CI_PROJECT_DIR}/ca dir/ca.crt']),
      more: fc.array(
        fc
          .record({
            source: fc.constantFrom(...CERTIFICATE_SOURCES),
            name: fc.constantFrom(...FILE_VARIABLE_NAMES),
            text: textField(['/etc/ssl/certs/two.pem'], 1),
            registry: wordField(['', 'registry.example.com:5000']),
          })
          // A variable source holds a variable's name (the schema refuses anything else); PEM text
          // and a path hold any text.
          .map(({ source, name, text, registry }) => ({
            source,
            value: source.endsWith('-variable') ? name : text,
            registry,
          })),
        { maxLength: 2 },
      ),
    }),
  )
  .map(([certificates, more]) => ({ ...certificates, ...more }))

/** Version 2 moved these to the images. */
const advanced = fc
  .tuple(p.advanced, fc.constantFrom('1 week', '', 'never', '3 days and 4 hours', '30 mins'))
  .map(([{ extraFlags: _flags, extraArgsVariable: _variable, ...rest }, artifactsExpireIn]) => ({
    ...rest,
    artifactsExpireIn,
  }))

/** Every section present, with one to four images. */
export const arbitraryConfigV2Input: fc.Arbitrary<ConfigInput> = fc
  .record({
    version: fc.constant(2 as const),
    executor: p.executor,
    pipeline,
    images: fc.uniqueArray(arbitraryImage, { minLength: 1, maxLength: 4, selector: (i) => i.name }),
    release: arbitraryRelease,
    registries,
    proxy: p.proxy,
    certificates,
    cache: p.cache,
    snapshot: p.snapshot,
    advanced,
    output: p.output,
  })
  .map((input) => ({
    ...input,
    // Each image's manifest job needs a name of its own.
    images: input.images.map((image, i) =>
      i === 0 ? image : { ...image, multiArch: { ...image.multiArch, manifestJobName: `manifest ${i + 1}` } },
    ),
  })) as fc.Arbitrary<ConfigInput>

/** Valid version-2 configs (through parseConfig) with hostile text everywhere. */
export const arbitraryConfigV2: fc.Arbitrary<Config> = arbitraryConfigV2Input
  .map((input) => parseConfig(input))
  .filter((parsed) => parsed.ok)
  .map((parsed) => (parsed as { ok: true; config: Config }).config)

/** The ones a generator proof can run: without the shapes outsideGeneratorScope leaves to diagnostics. */
export const arbitraryGeneratableConfigV2: fc.Arbitrary<Config> = arbitraryConfigV2.filter(
  (config) => outsideGeneratorScope(config) === null,
)
