/**
 * Freezes share-link fixtures for the current link version: for every preset and the hand-made
 * cases below, src/core/share/fixtures/v<N>/<name>.json (the link) and <name>.yml (the exact
 * YAML it gives today). Existing fixtures are never overwritten: a link and its YAML are a
 * promise kept forever (src/core/share/fixtures.test.ts holds us to it).
 *
 *   npx tsx scripts/freeze-share-fixtures.ts
 *
 * Run it after a release adds a preset, and after a new link version: old versions' directories
 * stay as they are. A fixture's `config` is what its link holds (linkJson): a config file too.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { deepEqual } from '../src/core/config/defaults.ts'
import { parseConfigOrThrow } from '../src/core/config/parse.ts'
import { PRESET_NAMES, type PresetName, presetConfig } from '../src/core/config/presets.ts'
import { CONFIG_VERSION, type Config, type ConfigInput } from '../src/core/config/schema.ts'
import { generate } from '../src/core/generate/index.ts'
import { decodeShareFragment, encodeShareFragment } from '../src/core/share/codec.ts'
import { CURRENT_LINK_VERSION } from '../src/core/share/formats.ts'
import { linkJson } from '../src/core/share/link-json.ts'
import {
  fixturePaths,
  latestPresetFixture,
  loadFixtures,
  presetFixtureName,
  type ShareFixture,
} from '../src/core/share/test-support/fixtures.ts'
import {
  AUTH_AND_CA_FORMS,
  MATRIX_VARIANTS,
  THREE_IMAGE_KITCHEN_SINK,
  THREE_IMAGES_SEPARATE_JOBS,
  TWO_SERVICES_CHANGES,
} from '../src/core/share/test-support/multi-image-configs.ts'
import { TOOL_VERSION } from '../src/core/version.ts'

/** What changed in a preset's latest revision (its fixture's description says it). */
const REVISIONS: Partial<Record<PresetName, string>> = {
  'kitchen-sink': 'three images: issue 11 grew it from one',
}

interface Case {
  readonly name: string
  readonly description: string
  readonly config: Config
}

// Version 1's hand-made cases (v1/) were frozen by this script's earlier version (see git history);
// these are version 2's. Each is also a config file (the fixture's `config`).
const handMade: readonly (readonly [string, string, ConfigInput])[] = [
  ['default', 'The default config: the shortest link.', { version: 2 }],
  [
    'three-images-separate-jobs',
    'Three images as separate jobs: destinations by pipeline kind, multi-arch on one, changes/exists, needs, job settings, proxy, CA, cache, an extra registry.',
    THREE_IMAGES_SEPARATE_JOBS,
  ],
  [
    'two-services-changes',
    'Two services in separate jobs, each built only when its directory changed; latest only on the default branch.',
    TWO_SERVICES_CHANGES,
  ],
  [
    'hostile-text',
    'Quotes, $, backticks, backslashes, line breaks and non-ASCII text in free-text fields of two images.',
    {
      version: 2,
      pipeline: {
        stage: 'build & push',
        job: { variables: [{ name: 'MESSAGE', value: 'a "b" $c `d`\ne' }] },
      },
      images: [
        {
          name: 'build: image (日本語)',
          target: 'stage "one" $NOT_A_VAR `x`',
          buildArgs: [
            { name: 'MESSAGE', value: 'it\'s "quoted" \\ $HOME ${CI_JOB_ID} `date`\nsecond line' },
            { name: 'EMPTY' },
            { name: 'FROM_ENV', fromEnvironment: true },
          ],
          labels: [{ key: 'description', value: 'Ünïcødé ✓ # not a comment: {yaml}' }],
          destinations: [
            { repository: '${CI_REGISTRY_IMAGE}/app name', tags: ['${CI_COMMIT_REF_SLUG}', 'a#b'] },
            { repository: '${CI_REGISTRY_IMAGE}/app name', tags: ['v$1 "x"'], when: 'tag' },
          ],
        },
        {
          name: "second: it's",
          context: '${CI_PROJECT_DIR}/dir with space',
          changes: ['dir with space/**/*'],
        },
      ],
    },
  ],
  [
    'credentials-removed',
    'A config holding credentials: the link leaves them out (see "removed").',
    {
      version: 2,
      proxy: { http: 'http://alice:s3cret@proxy.example.com:3128', https: 'http://proxy.example.com:3128' },
      pipeline: { job: { variables: [{ name: 'DB_PASSWORD', value: 'correct horse battery staple' }] } },
      images: [
        {},
        {
          name: 'second',
          buildArgs: [{ name: 'TOKEN', value: ['glpat', 'Zx9Yw8Vu7Ts6Rq5Po4Nm'].join('-') }],
        },
      ],
    },
  ],
  [
    'three-image-kitchen-sink',
    'Three images with their own contexts, Dockerfiles and destinations (tags by pipeline), multi-arch on one, changes/exists, job settings, a release job, auth and CA forms, proxy, cache.',
    THREE_IMAGE_KITCHEN_SINK,
  ],
  [
    'matrix-variants',
    'Three images that differ only in values, as one parallel:matrix job.',
    MATRIX_VARIANTS,
  ],
  [
    'auth-and-ca-forms',
    'DOCKER_AUTH_CONFIG as is, credential helpers (ECR, GCR with a key file), a literal robot user, three CA forms.',
    AUTH_AND_CA_FORMS,
  ],
]

/**
 * Configs whose links are tested (size, round trip) but whose YAML is not frozen yet: the generator
 * does not emit these settings yet, so today's YAML would promise a pipeline without them. Move each
 * into handMade once the generator emits what it names.
 */
const frozen = loadFixtures()
const cases: Case[] = [
  ...PRESET_NAMES.map((name) => presetCase(name)),
  ...handMade.map(([name, description, input]) => ({ name, description, config: parseConfigOrThrow(input) })),
]

/**
 * A preset's fixture: its first (`preset-<name>`), or, when the preset changed since its latest
 * fixture was frozen, the next revision (`preset-<name>.<n>`) beside the old ones.
 */
function presetCase(name: PresetName): Case {
  const config = presetConfig(name)
  const latest = latestPresetFixture(frozen, name, CURRENT_LINK_VERSION)
  const unchanged = latest !== undefined && deepEqual(latest.loaded.fixture.config, linkJson(config))
  const revision = latest === undefined ? 1 : unchanged ? latest.revision : latest.revision + 1
  return {
    name: presetFixtureName(name, revision),
    description:
      revision === 1
        ? `The ${name} preset.`
        : `The ${name} preset, revision ${revision} (${REVISIONS[name] ?? 'changed'}).`,
    config,
  }
}

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
    config: linkJson(decoded.config),
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
  `${written.length} new fixture(s); default config link: ${encodeShareFragment(parseConfigOrThrow({ version: 2 })).fragment}`,
)
