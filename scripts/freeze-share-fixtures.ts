/**
 * Freezes share-link fixtures for the current link version: for every preset and the hand-made
 * cases below, src/core/share/fixtures/v<N>/<name>.json (the link) and <name>.yml (the exact
 * YAML it gives today). Existing fixtures are never overwritten: a link and its YAML are a
 * promise kept forever (src/core/share/fixtures.test.ts holds us to it).
 *
 *   npx tsx scripts/freeze-share-fixtures.ts
 *
 * Run it after a release adds a preset, and after a new link version: old versions' directories
 * stay as they are.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { PLATFORMS } from '../src/core/catalog/platforms.ts'
import { defaultConfig, stripDefaults } from '../src/core/config/defaults.ts'
import { PRESET_NAMES, presetConfig } from '../src/core/config/presets.ts'
import { CONFIG_VERSION, type Config, type ConfigInput, configSchema } from '../src/core/config/schema.ts'
import { generate } from '../src/core/generate/index.ts'
import { decodeShareFragment, encodeShareFragment } from '../src/core/share/codec.ts'
import { CURRENT_LINK_VERSION } from '../src/core/share/formats.ts'
import { fixturePaths, type ShareFixture } from '../src/core/share/test-support/fixtures.ts'
import { TOOL_VERSION } from '../src/core/version.ts'

interface Case {
  readonly name: string
  readonly description: string
  readonly config: Config
}

const CERTIFICATE = [
  '-----BEGIN CERTIFICATE-----',
  'MIIBszCCAVmgAwIBAgIUFixtureOnlyNotARealCertificate0wCgYIKoZIzj0EAwIw',
  'EjEQMA4GA1UEAwwHRXhhbXBsZTAeFw0yNDAxMDEwMDAwMDBaFw0zNDAxMDEwMDAwMDBa',
  '-----END CERTIFICATE-----',
  '',
].join('\n')

const handMade: readonly (readonly [string, string, ConfigInput])[] = [
  ['default', 'The default config: the shortest link.', {}],
  [
    'hostile-text',
    'Quotes, $, backticks, backslashes, line breaks and non-ASCII text in free-text fields.',
    {
      job: { name: 'build: image (日本語)', stage: 'build & push' },
      build: {
        target: 'stage "one" $NOT_A_VAR `x`',
        buildArgs: [
          { name: 'MESSAGE', value: 'it\'s "quoted" \\ $HOME ${CI_JOB_ID} `date`\nsecond line' },
          { name: 'EMPTY' },
          { name: 'FROM_ENV', fromEnvironment: true },
        ],
        labels: [{ key: 'description', value: 'Ünïcødé ✓ # not a comment: {yaml}' }],
      },
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}/app name', tags: ['${CI_COMMIT_REF_SLUG}', 'a#b'] }],
    },
  ],
  [
    'all-platforms',
    'Multi-arch over every offered platform, each with runner tags.',
    {
      executor: { source: 'osscontainertools', tag: 'v1.28.3-debug' },
      multiArch: {
        enabled: true,
        platforms: PLATFORMS.map((platform) => ({
          platform,
          runnerTags: [`runner-${platform.replaceAll('/', '-')}`],
        })),
        manifestRunnerTags: ['docker'],
        manifestJobName: 'publish manifest',
      },
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}', 'latest'] }],
    },
  ],
  [
    'custom-image-manual',
    'A custom executor image, every pipeline, started by hand, no comments, header or stages block.',
    {
      executor: { source: 'custom', customImage: 'registry.example.com/tools/kaniko:v1.23.2-debug' },
      job: {
        name: 'container image',
        stage: 'package',
        runnerTags: ['docker', 'linux'],
        triggers: [],
        manual: true,
      },
      output: { comments: false, header: false, stagesBlock: false },
    },
  ],
  [
    'pem-certificate',
    'A pasted public CA certificate, also passed for one registry.',
    {
      certificates: { enabled: true, source: 'pem', pem: CERTIFICATE, registry: 'registry.example.com:5000' },
    },
  ],
  [
    'credentials-removed',
    'A config holding credentials: the link leaves them out (see "removed").',
    {
      proxy: { http: 'http://alice:s3cret@proxy.example.com:3128', https: 'http://proxy.example.com:3128' },
      build: { buildArgs: [{ name: 'TOKEN', value: ['glpat', 'Zx9Yw8Vu7Ts6Rq5Po4Nm'].join('-') }] },
    },
  ],
  [
    'registries-and-options',
    'Extra registries with helpers, config.json auth, Dependency Proxy with port, and every advanced option.',
    {
      registries: {
        gitlabAuth: 'config-json',
        dependencyProxy: { enabled: true, stripPort: false, prefixBuildArg: false },
        extra: [
          { host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', credentialHelper: 'ecr-login' },
          { host: 'registry.example.com', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS' },
        ],
      },
      cache: { enabled: true, repository: '', ttl: '24h', runLayers: false },
      snapshot: { mode: 'time', singleSnapshot: true, useNewRun: true, ignorePaths: ['/proc', '/var/run'] },
      advanced: {
        verbosity: 'debug',
        logFormat: 'json',
        logTimestamp: true,
        pushRetry: 5,
        imageDownloadRetry: 2,
        digestFile: '/kaniko/digest',
        imageNameWithDigestFile: '${CI_PROJECT_DIR}/image-ref',
        registryMirrors: ['mirror.gcr.io', 'registry-mirror.example.com'],
        reproducible: true,
        cleanup: true,
        tarPath: '${CI_PROJECT_DIR}/image.tar',
        compression: 'zstd',
        customPlatform: 'linux/arm64',
        skipPushPermissionCheck: true,
        skipTlsVerifyRegistries: ['insecure.example.com'],
        insecureRegistries: ['insecure.example.com'],
        extraFlags: ['--image-fs-extract-retry=3', '--label', 'x=y'],
      },
    },
  ],
]

const cases: Case[] = [
  ...PRESET_NAMES.map((name) => ({
    name: `preset-${name}`,
    description: `The ${name} preset.`,
    config: presetConfig(name),
  })),
  ...handMade.map(([name, description, input]) => ({ name, description, config: configSchema.parse(input) })),
]

const written: string[] = []
for (const c of cases) {
  const { jsonPath, yamlPath } = fixturePaths(CURRENT_LINK_VERSION, c.name)
  if (existsSync(jsonPath) || existsSync(yamlPath)) {
    console.log(`kept     ${c.name} (frozen)`)
    continue
  }
  const { fragment, removed } = encodeShareFragment(c.config)
  const decoded = decodeShareFragment(fragment)
  if (!decoded.ok) throw new Error(`${c.name}: the new link does not decode: ${decoded.error.message}`)
  const fixture: ShareFixture = {
    name: c.name,
    description: c.description,
    linkVersion: CURRENT_LINK_VERSION,
    configVersion: CONFIG_VERSION,
    toolVersion: TOOL_VERSION,
    fragment,
    config: stripDefaults(decoded.config),
    removed,
  }
  mkdirSync(dirname(jsonPath), { recursive: true })
  writeFileSync(jsonPath, `${JSON.stringify(fixture, null, 2)}\n`)
  writeFileSync(yamlPath, generate(decoded.config))
  written.push(jsonPath)
  console.log(`froze    ${c.name} (${fragment.length} characters)`)
}

if (written.length > 0) {
  // Keep the JSON in the project's format so `npm run lint` stays clean.
  const biome = spawnSync('npx', ['biome', 'format', '--write', ...written], { stdio: 'inherit' })
  if (biome.status !== 0) console.warn('biome could not format the new fixtures; run `npm run format`')
}
console.log(
  `${written.length} new fixture(s); default config link: ${encodeShareFragment(defaultConfig()).fragment}`,
)
