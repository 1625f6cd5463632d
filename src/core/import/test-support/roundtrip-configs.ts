import fc from 'fast-check'
import { fieldArbitraries } from '../../../testing/arbitraries.ts'
import { buildArgName, imageReference, jobName, runnerTag, stageName } from '../../config/fields.ts'
import { parseConfig } from '../../config/parse.ts'
import {
  CERTIFICATE_SOURCES,
  COMPRESSIONS,
  type Config,
  CREDENTIAL_HELPERS,
  DESTINATION_WHEN,
  DOCKER_AUTH_CONFIG_SOURCES,
  type GITLAB_AUTH_MODES,
  LAYOUTS,
  LOG_FORMATS,
  MANUAL_MODES,
  RETRY_WHEN,
  SCHEDULE_MODES,
  SNAPSHOT_MODES,
  TRIGGERS,
  VERBOSITY_LEVELS,
} from '../../config/schema.ts'

/**
 * Random version-2 configs for the import round trip (issue 12, item 7): one to three images, each
 * layout (jobs, extends, matrix, auto), triggers, destinations per pipeline kind, job settings,
 * multi-arch images on every platform, the release job, up to two extra registries with each
 * credential helper (the gcr key variable, literal user names with `$`), gitlabAuth,
 * DOCKER_AUTH_CONFIG (variable or File variable, merged or copied), the Dependency Proxy, the CA
 * from each source with up to two more, for one registry or all (a path that is one variable too,
 * which only a manifest or release job tells from a File variable), proxy, cache, snapshot and the
 * advanced flags (another artifacts expire_in), with values drawn from realistic pools.
 *
 * Hostile text (src/testing/arbitraries.ts: quotes, `$(…)`, backquotes, `#`, `\`, spaces, line
 * breaks, tabs, unicode, YAML 1.1 words, leading `-`/`*`/`&`/`!`, `$NAME` references) in one draw of four
 * of the values users type: image (job) names, context, Dockerfile, target, build-arg names and
 * values, label keys and values, pipeline and image variable values, runner tags, stage, manifest
 * job name, `changes`/`exists` paths, branches, resource group, service alias, the custom executor
 * image, extra registry hosts and literal user names, proxy values, ignore paths, mirrors,
 * TLS/insecure registries and the custom platform, destination repositories and tags, the release
 * job's fields (job name, stage, image, repository, tags), the CA's PEM text, path and registry,
 * the digest files and the tarball path (also `artifacts: paths`), the cache repositories and the
 * images' needs. Pipeline and
 * image variables share a name now and then (the image's value wins); a multi-arch image's
 * destinations are pushed in some pipelines only too.
 *
 * Kept to what a pipeline can carry (each marked where it is drawn): a destination's tag and the
 * release's from-tag hold no `:`, `/` or `@`, a repository no `@` (KC208, KC240, KC209); the
 * release's repository and tags do not start with `-` (crane's options, KC240); the PEM text holds
 * a certificate block (KC321); the CA's registry holds no `=` (kaniko splits `host=path` at the
 * first one, KC322).
 * `entrypoint: [""]` is always on (by design: the importer repairs its absence, IMP107).
 * outsideRoundTrip leaves out the shapes that do not read back, each for a reason it names, counted
 * (none open since session 7: docs/import.md gives the counts).
 */

const pick = <T>(...values: readonly T[]) => fc.constantFrom(...values)

const { textField, lineField, wordField, nameField } = fieldArbitraries
/** Mostly one of the realistic values; one draw in four, hostile text the field accepts. */
const often = (realistic: readonly string[], hostile: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 3, arbitrary: pick(...realistic) }, { weight: 1, arbitrary: hostile })
/** Shell text (line breaks too); `minLength` 1 where the field must not be empty. */
const text = (realistic: readonly string[], minLength = 0) =>
  often(realistic, textField(realistic, minLength))
const line = (realistic: readonly string[], minLength = 0) =>
  often(realistic, lineField(realistic, minLength))
const word = (realistic: readonly string[], minLength = 0) =>
  often(realistic, wordField(realistic, minLength))
const named = (schema: Parameters<typeof nameField>[0], realistic: readonly string[]) =>
  often(realistic, nameField(schema, realistic))

/**
 * A destination is written as one word `repository:tag`, which splits at its last `:` after the
 * last `/`, and `@` makes it a digest reference: a tag holding `:`, `/` or `@` is no image tag
 * (KC208) and would end elsewhere (beside another tag, one destination would read back as two),
 * and a repository with `@` is a digest (KC209).
 */
const destination = fc.record({
  repository: text(
    ['${CI_REGISTRY_IMAGE}', '${CI_REGISTRY_IMAGE}/app', 'docker.io/example/app', 'ghcr.io/acme/tool'],
    1,
  ).filter((repository) => !repository.includes('@')),
  tags: fc.uniqueArray(
    text(['${CI_COMMIT_TAG}', '${CI_COMMIT_SHORT_SHA}', 'latest', '${CI_COMMIT_REF_SLUG}', 'v1'], 1).filter(
      (tag) => !/[:/@]/.test(tag),
    ),
    { minLength: 1, maxLength: 2 },
  ),
  when: pick(...DESTINATION_WHEN),
})

// Pipeline and image variables share a name now and then: the image's value wins (GitLab's rule,
// canonical.ts reads them so).
const variable = (...names: string[]) =>
  fc.record({ name: pick(...names), value: text(['1', 'http2client=0', 'release', 'two words', '']) })

export const platforms = fc.uniqueArray(
  fc.record({
    platform: pick('linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/s390x', 'linux/ppc64le'),
    runnerTags: fc.uniqueArray(named(runnerTag, ['saas-linux-small-amd64', 'arm64', 'docker']), {
      maxLength: 1,
    }),
  }),
  { minLength: 2, maxLength: 2, selector: (p) => p.platform },
)

const image = fc.record({
  name: named(jobName, ['build', 'api', 'web image', 'ビルド', 'worker']),
  context: text(['${CI_PROJECT_DIR}', '${CI_PROJECT_DIR}/api', 'web'], 1),
  dockerfile: text(
    ['${CI_PROJECT_DIR}/Dockerfile', '${CI_PROJECT_DIR}/docker/Dockerfile.prod', 'Containerfile'],
    1,
  ),
  target: line(['', 'runtime']),
  buildArgs: fc.uniqueArray(
    fc.record({
      name: named(buildArgName, ['VERSION', 'HTTP_HOST', 'NODE_ENV']),
      value: text(['${CI_COMMIT_SHORT_SHA}', 'production', '']),
      fromEnvironment: fc.boolean(),
    }),
    { maxLength: 2, selector: (a) => a.name },
  ),
  labels: fc.uniqueArray(
    fc.record({
      key: named(buildArgName, ['maintainer', 'org.example.team']),
      value: text(['ops', '${GITLAB_USER_EMAIL}']),
    }),
    { maxLength: 2, selector: (l) => l.key },
  ),
  ociLabels: fc.boolean(),
  skipUnusedStages: fc.boolean(),
  destinations: fc.uniqueArray(destination, { minLength: 1, maxLength: 3, selector: (d) => d.repository }),
  multiArch: fc.record({
    enabled: fc.boolean(),
    platforms,
    manifestJobName: named(jobName, ['manifest', 'merge manifests']),
  }),
  runnerTags: fc.uniqueArray(named(runnerTag, ['docker', 'kaniko', 'saas-linux-medium-amd64']), {
    maxLength: 2,
  }),
  extraFlags: fc.uniqueArray(pick('--image-fs-extract-retry=2', '--ignore-var-run=false'), { maxLength: 1 }),
  extraArgsVariable: pick('', '', '', '', '', '', 'KANIKO_EXTRA_ARGS'),
  cacheRepository: fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: text(['${CI_REGISTRY_IMAGE}/cache/app'], 1) },
  ),
  changes: fc.uniqueArray(line(['app/**/*', 'Dockerfile', 'go.sum'], 1), { maxLength: 2 }),
  changesCompareTo: line(['', 'refs/heads/main']),
  exists: fc.uniqueArray(line(['Dockerfile', 'docs/**/*.md'], 1), { maxLength: 1 }),
  // Mostly the pipeline's needs (null), as in real pipelines.
  needs: fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.uniqueArray(line(['test', 'lint'], 1), { maxLength: 2 }) },
  ),
  variables: fc.uniqueArray(variable('BUILD_MODE', 'APP_ENV', 'GIT_DEPTH'), {
    maxLength: 2,
    selector: (v) => v.name,
  }),
})

const triggers = fc
  .record({
    on: fc.shuffledSubarray([...TRIGGERS]),
    tagPattern: pick('', '/^v\\d+\\.\\d+\\.\\d+$/', '/^release-.*$/'),
    branches: fc.uniqueArray(line(['main', '/^release\\/.*$/', 'feature/x'], 1), { maxLength: 2 }),
    schedules: pick(...SCHEDULE_MODES),
    manual: pick(...MANUAL_MODES),
  })
  .map((t) => (t.on.includes('named-branches') && t.branches.length === 0 ? { ...t, branches: ['main'] } : t))

const job = fc.record({
  needs: fc.option(fc.uniqueArray(line(['test', 'lint', 'unit tests'], 1), { maxLength: 2 }), { nil: null }),
  retryMax: fc.integer({ min: 0, max: 2 }),
  retryWhen: fc.uniqueArray(pick(...RETRY_WHEN), { maxLength: 2 }),
  timeout: pick('', '1h', '30 minutes'),
  interruptible: pick(null, true, false),
  resourceGroup: line(['', 'production', '$CI_COMMIT_REF_SLUG']),
  variables: fc.uniqueArray(variable('GIT_DEPTH', 'GODEBUG', 'BUILD_MODE'), {
    maxLength: 2,
    selector: (v) => v.name,
  }),
  services: fc.array(fc.record({ name: pick('docker:dind', 'registry:2'), alias: word(['', 'db']) }), {
    maxLength: 1,
  }),
})

const extraRegistry = fc.record({
  host: often(
    ['https://index.docker.io/v1/', 'ghcr.io', 'quay.io:443', 'registry.example.com:5000'],
    wordField(['ghcr.io'], 1),
  ),
  usernameVariable: pick('REGISTRY_USER', 'DOCKERHUB_USER'),
  usernameLiteral: line(['', 'AWS', 'oauth2accesstoken', 'robot$project+ci']),
  passwordVariable: pick('REGISTRY_PASSWORD', 'DOCKERHUB_TOKEN'),
  credentialHelper: pick(...CREDENTIAL_HELPERS),
  googleCredentialsFileVariable: pick('', 'GCP_SA_KEY'),
})

const MORE_CA_VALUES: Readonly<Record<(typeof CERTIFICATE_SOURCES)[number], string>> = {
  'file-variable': 'SECOND_CA',
  'base64-variable': 'SECOND_CA_B64',
  path: '/etc/ssl/certs/two.pem',
  pem: '-----BEGIN CERTIFICATE-----\nMIIBtjCCAVugAwIBAgITBmyf\n-----END CERTIFICATE-----',
}

const moreCertificate = fc
  .record({
    source: pick(...CERTIFICATE_SOURCES),
    registry: pick('', 'ghcr.io'),
  })
  .map((more) => ({ ...more, value: MORE_CA_VALUES[more.source] }))

const certificates = fc.record({
  enabled: fc.boolean(),
  source: pick(...CERTIFICATE_SOURCES),
  fileVariable: pick('CUSTOM_CA_CERT', 'MY_CA'),
  onlyWhenSet: fc.boolean(),
  // Hostile text around and inside one certificate block: a PEM without one adds no CA (KC321).
  pem: fc
    .tuple(text(['']), text(['MIIBszCCAVmgAwIBAgIUZ']), text(['', '\n']))
    .map(
      ([before, body, after]) =>
        `${before}-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----${after}`,
    ),
  base64Variable: pick('CUSTOM_CA_CERT_BASE64', 'CA_B64'),
  // A path that is one variable is `cat "${X}"` as a File variable is: only the companions differ.
  path: text(['/etc/ssl/certs/corp.pem', '${CI_PROJECT_DIR}/ca.crt', '$CA_FILE'], 1),
  // kaniko splits `--registry-certificate host=path` at the first `=`: a host holds none (a registry
  // with one is KC322, an error: a config with an error is not one the round trip must carry).
  registry: often(
    ['', '', 'ghcr.io'],
    wordField(['ghcr.io'], 1).filter((host) => !host.includes('=')),
  ),
  // Each source with a value of its kind: a variable's name, a path, PEM text; now and then the
  // same CA twice (for two registries, or for one).
  more: fc.oneof(
    { weight: 4, arbitrary: fc.array(moreCertificate, { maxLength: 2 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(moreCertificate, pick('', 'ghcr.io'))
        .map(([more, registry]) => [more, { ...more, registry }]),
    },
  ),
})

/** Inputs for parseConfig; the few cross-field clashes the schema refuses are filtered out. */
const input = fc.record({
  version: fc.constant(2 as const),
  executor: fc.record({
    source: pick('google', 'osscontainertools', 'custom'),
    tag: pick('v1.24.0-debug', 'v1.23.2-debug'),
    tagVariable: pick('', 'KANIKO_TAG'),
    customImage: often(
      ['registry.example.com/mirror/kaniko:v1.24.0-debug'],
      wordField(['registry.example.com/mirror/kaniko:v1.24.0-debug'], 1).filter(
        (s) => imageReference.safeParse(s).success,
      ),
    ),
    // By design not read back: a build image without `entrypoint: [""]` is repaired (IMP107).
    overrideEntrypoint: fc.constant(true),
  }),
  pipeline: fc.record({
    stage: named(stageName, ['build', 'docker build']),
    layout: pick(...LAYOUTS),
    templateName: pick('.kaniko', '.build-template'),
    triggers,
    job,
  }),
  images: fc.uniqueArray(image, { minLength: 1, maxLength: 3, selector: (i) => i.name }),
  release: fc.record({
    enabled: fc.boolean(),
    jobName: named(jobName, ['release', 'publish release']),
    stage: named(stageName, ['release', 'deploy']),
    image: often(
      ['gcr.io/go-containerregistry/crane:debug', 'registry.example.com/tools/crane:debug'],
      wordField(['gcr.io/go-containerregistry/crane:debug'], 1).filter(
        (s) => imageReference.safeParse(s).success,
      ),
    ),
    // `crane tag repository:fromTag tag`: the source is one word that splits as a destination does,
    // and crane reads a word starting with `-` as its option (KC240; no image tag starts so).
    repository: text(['${CI_REGISTRY_IMAGE}', 'docker.io/example/app'], 1).filter(
      (repository) => !repository.includes('@') && !repository.startsWith('-'),
    ),
    fromTag: text(['${CI_COMMIT_SHORT_SHA}', '${CI_COMMIT_SHA}'], 1).filter(
      (tag) => !/[:/@]/.test(tag) && !tag.startsWith('-'),
    ),
    toTags: fc.uniqueArray(
      text(['${CI_COMMIT_TAG}', 'latest', 'stable'], 1).filter((tag) => !tag.startsWith('-')),
      { minLength: 1, maxLength: 2 },
    ),
    runnerTags: fc.uniqueArray(named(runnerTag, ['docker']), { maxLength: 1 }),
  }),
  registries: fc.record({
    gitlabAuth: pick<(typeof GITLAB_AUTH_MODES)[number]>('auto', 'auto', 'auto', 'helper', 'config-json'),
    dependencyProxy: fc.record({
      enabled: fc.boolean(),
      stripPort: fc.boolean(),
      prefixBuildArg: fc.boolean(),
    }),
    extra: fc.uniqueArray(extraRegistry, { maxLength: 2, selector: (r) => r.host }),
    dockerAuthConfig: fc.record({
      // Mostly none, as in real pipelines.
      source: pick<(typeof DOCKER_AUTH_CONFIG_SOURCES)[number]>(
        'none',
        'none',
        'none',
        'none',
        ...DOCKER_AUTH_CONFIG_SOURCES,
      ),
      variable: pick('DOCKER_AUTH_CONFIG', 'REGISTRY_AUTH'),
      merge: fc.boolean(),
    }),
  }),
  proxy: fc.record({
    http: line(['', 'http://proxy.example.com:3128']),
    https: line(['', 'http://proxy.example.com:3128']),
    noProxy: line(['', 'localhost,.example.com']),
    jobVariables: fc.boolean(),
    buildArgs: fc.boolean(),
    fromRunner: fc.boolean(),
  }),
  certificates,
  cache: fc.record({
    enabled: fc.boolean(),
    repository: text(['${CI_REGISTRY_IMAGE}/cache', 'registry.example.com/cache']),
    ttl: pick('', '168h'),
    copyLayers: fc.boolean(),
    runLayers: fc.boolean(),
    compressedCaching: fc.boolean(),
  }),
  snapshot: fc.record({
    mode: pick(...SNAPSHOT_MODES),
    singleSnapshot: fc.boolean(),
    useNewRun: fc.boolean(),
    ignorePaths: fc.uniqueArray(line(['/var/cache', '/tmp'], 1), { maxLength: 1 }),
  }),
  advanced: fc.record({
    verbosity: pick(...VERBOSITY_LEVELS),
    logFormat: pick(...LOG_FORMATS),
    logTimestamp: fc.boolean(),
    pushRetry: pick(0, 3),
    imageDownloadRetry: pick(0, 2),
    // The output files are also written as `artifacts: paths` (project-relative, `$` doubled).
    digestFile: often(['', '', '${CI_PROJECT_DIR}/image-digest'], textField([''], 1)),
    imageNameWithDigestFile: often(['', '', 'image-ref.txt'], textField([''], 1)),
    artifactsExpireIn: pick('1 week', '1 week', '3 days', '30 mins'),
    registryMirrors: fc.uniqueArray(word(['mirror.gcr.io'], 1), { maxLength: 1 }),
    reproducible: fc.boolean(),
    cleanup: fc.boolean(),
    noPush: fc.boolean(),
    tarPath: often(['', '', 'image.tar'], textField([''], 1)),
    compression: pick(...COMPRESSIONS),
    customPlatform: word(['', 'linux/arm64']),
    skipPushPermissionCheck: fc.boolean(),
    skipTlsVerify: fc.boolean(),
    skipTlsVerifyPull: fc.boolean(),
    skipTlsVerifyRegistries: fc.uniqueArray(word(['registry.example.com'], 1), { maxLength: 1 }),
    insecure: fc.boolean(),
    insecurePull: fc.boolean(),
    insecureRegistries: fc.uniqueArray(word(['registry.example.com:5000'], 1), { maxLength: 1 }),
  }),
  output: fc.record({ comments: fc.boolean(), stagesBlock: fc.boolean(), header: fc.boolean() }),
})

/** Valid configs (through parseConfig) of every shape, with realistic values. */
export const roundTripConfig: fc.Arbitrary<Config> = fc
  .tuple(input, fc.boolean())
  // Half the time the images differ only in values (name, context, Dockerfile, build-argument
  // values, repositories, platforms) and take every other setting from the first, as real
  // pipelines often do: images that differ in anything else cannot share a matrix job, so the
  // matrix layout stays drawn beside the per-image shapes.
  .map(([raw, sameSettings]) => {
    const first = raw.images[0]
    if (!sameSettings || !first) return raw
    return {
      ...raw,
      images: raw.images.map((i) => ({
        ...first,
        name: i.name,
        context: i.context,
        dockerfile: i.dockerfile,
        buildArgs: first.buildArgs.map((a, k) => ({ ...a, value: i.buildArgs[k]?.value ?? a.value })),
        destinations: i.destinations.map((d, k) => ({
          ...d,
          tags: first.destinations[k]?.tags ?? d.tags,
          when: first.destinations[k]?.when ?? d.when,
        })),
        multiArch: i.multiArch,
      })),
    }
  })
  .map((raw) => parseConfig(raw))
  .filter((parsed) => parsed.ok)
  .map((parsed) => (parsed as { ok: true; config: Config }).config)

/**
 * Configs the importer does not read back as they were, each for a named reason; the round trip
 * leaves them out (and counts them). Each entry is by design or not shown by the pipeline; an open
 * question for the importer would be marked "open".
 */
export function outsideRoundTrip(config: Config): string | null {
  // Two configs, one pipeline but for its comments: the Dependency Proxy beside DOCKER_AUTH_CONFIG
  // copied as it is writes no login, only its prefix build argument, which the importer reads as a
  // build argument of that name (canonical.ts); the comments, which the importer does not read,
  // still name the proxy.
  const { dependencyProxy, dockerAuthConfig } = config.registries
  const fromEnvironment = !dependencyProxy.stripPort || !dependencyProxy.prefixBuildArg
  if (
    dependencyProxy.enabled &&
    fromEnvironment &&
    dockerAuthConfig.source !== 'none' &&
    !dockerAuthConfig.merge &&
    config.output.comments
  )
    return 'the Dependency Proxy not logged in to (DOCKER_AUTH_CONFIG copied as it is), with comments'
  // Not shown: beside DOCKER_AUTH_CONFIG copied as it is, a gcr registry's host is not written,
  // but its key variable still is (`export GOOGLE_APPLICATION_CREDENTIALS=…`, by design: kaniko's
  // Google keychain reads it, docs/generated-pipeline.md): the host cannot be read back.
  if (
    dockerAuthConfig.source !== 'none' &&
    !dockerAuthConfig.merge &&
    config.registries.extra.some((r) => r.credentialHelper === 'gcr' && r.googleCredentialsFileVariable)
  )
    return 'a gcr key variable beside DOCKER_AUTH_CONFIG copied as it is (its host is not written)'
  return null
}
