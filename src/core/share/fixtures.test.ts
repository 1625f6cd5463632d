import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../config/parse.ts'
import { PRESET_NAMES, presetConfig } from '../config/presets.ts'
import { generate } from '../generate/index.ts'
import { TOOL_VERSION } from '../version.ts'
import { decodeShareFragment } from './codec.ts'
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts'
import { DICTIONARY_V2_TEXT } from './dictionary-v2.ts'
import { CURRENT_LINK_VERSION } from './formats.ts'
import { linkJson } from './link-json.ts'
import {
  latestPresetFixture,
  loadFixtures,
  presetFixtureName,
  presetFixtureRevision,
  withToolVersion,
} from './test-support/fixtures.ts'

/*
 * Links are forever: every committed fixture must keep opening to exactly the YAML it gave when
 * it was frozen. If this fails, a change broke links in the wild: add a migration or a new link
 * format rather than editing a fixture. New fixtures: npx tsx scripts/freeze-share-fixtures.ts
 *
 * Each fixture is also a config file (its `config`): v1 files had no `version` and are migrated,
 * exactly as v1 links are. Version 1's fixtures (v1/) prove that migration: after it, the version-2
 * generator must give byte for byte what version 1 gave.
 */

const DICTIONARIES: Readonly<Record<number, string>> = { 1: DICTIONARY_V1_TEXT, 2: DICTIONARY_V2_TEXT }

const fixtures = loadFixtures()

describe('frozen share-link fixtures', () => {
  it('exist for every preset in the current link version', () => {
    const names = fixtures
      .filter((f) => f.fixture.linkVersion === CURRENT_LINK_VERSION)
      .map((f) => f.fixture.name)
    for (const preset of PRESET_NAMES) expect(names, preset).toContain(`preset-${preset}`)
  })

  // A preset never changes silently: a changed preset needs a new revision frozen beside the old
  // one (the freeze script writes it), and the old link keeps opening what it opened.
  it.each(PRESET_NAMES)('the latest frozen fixture of %s is the preset as it is today', (preset) => {
    const latest = latestPresetFixture(fixtures, preset, CURRENT_LINK_VERSION)
    if (!latest) throw new Error(`no fixture for the preset ${preset}`)
    const { fixture, yaml } = latest.loaded
    expect(linkJson(presetConfig(preset))).toEqual(fixture.config)
    expect(withToolVersion(generate(presetConfig(preset)), TOOL_VERSION, fixture.toolVersion)).toBe(yaml)
  })

  it('name preset revisions so that no preset takes another one’s fixtures', () => {
    expect(presetFixtureName('kitchen-sink', 1)).toBe('preset-kitchen-sink')
    expect(presetFixtureName('kitchen-sink', 2)).toBe('preset-kitchen-sink.2')
    expect(presetFixtureRevision('preset-kitchen-sink', 'kitchen-sink')).toBe(1)
    expect(presetFixtureRevision('preset-kitchen-sink.2', 'kitchen-sink')).toBe(2)
    expect(presetFixtureRevision('preset-kitchen-sink.12', 'kitchen-sink')).toBe(12)
    // Not revisions: another preset whose name starts alike, a revision 1 or 0 spelled out, other text.
    expect(presetFixtureRevision('preset-multi-arch', 'multi')).toBe(0)
    expect(presetFixtureRevision('preset-kitchen-sink.1', 'kitchen-sink')).toBe(0)
    expect(presetFixtureRevision('preset-kitchen-sink.02', 'kitchen-sink')).toBe(0)
    expect(presetFixtureRevision('preset-kitchen-sink.2x', 'kitchen-sink')).toBe(0)
    expect(presetFixtureRevision('three-image-kitchen-sink', 'kitchen-sink')).toBe(0)
    // The kitchen sink's old one-image link is kept beside the three-image revision.
    expect(latestPresetFixture(fixtures, 'kitchen-sink', CURRENT_LINK_VERSION)?.revision).toBe(2)
    expect(fixtures.map((f) => f.fixture.name)).toContain('preset-kitchen-sink')
  })

  it('include configs with several images in the current link version', () => {
    const imageCounts = fixtures
      .filter((f) => f.fixture.linkVersion === CURRENT_LINK_VERSION)
      .map((f) => (Array.isArray(f.fixture.config.images) ? f.fixture.config.images.length : 1))
    expect(imageCounts.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...imageCounts)).toBeGreaterThanOrEqual(3)
  })

  it.each(fixtures.map((f) => [`v${f.fixture.linkVersion}/${f.fixture.name}`, f] as const))(
    '%s opens to exactly its YAML',
    (_, { fixture, yaml }) => {
      expect(fixture.fragment.startsWith(`${fixture.linkVersion}.`)).toBe(true)
      const decoded = decodeShareFragment(`#${fixture.fragment}`)
      if (!decoded.ok) throw new Error(`${decoded.error.code}: ${decoded.error.message}`)
      expect(decoded.linkVersion).toBe(fixture.linkVersion)
      expect(decoded.fromVersion).toBe(fixture.configVersion)
      expect(withToolVersion(generate(decoded.config), TOOL_VERSION, fixture.toolVersion)).toBe(yaml)

      // The fixture's readable config says the same as its link (migrated the same way).
      const readable = parseConfig({ ...fixture.config, version: fixture.configVersion })
      expect(readable.ok && readable.config).toEqual(decoded.config)
    },
  )

  it.each(fixtures.filter((f) => f.fixture.configVersion === 1).map((f) => [f.fixture.name, f] as const))(
    'v1/%s as a version-1 config file (no `version`) opens to exactly its YAML',
    (_, { fixture, yaml }) => {
      expect(fixture.config).not.toHaveProperty('version')
      const file = parseConfig(JSON.parse(JSON.stringify(fixture.config)))
      if (!file.ok) throw new Error(JSON.stringify(file.issues))
      expect(file.config.version).toBe(2)
      expect(withToolVersion(generate(file.config), TOOL_VERSION, fixture.toolVersion)).toBe(yaml)
    },
  )

  it.each(fixtures.map((f) => [`v${f.fixture.linkVersion}/${f.fixture.name}`, f] as const))(
    '%s is standard raw DEFLATE: zlib reads it too',
    (_, { fixture }) => {
      const dictionary = DICTIONARIES[fixture.linkVersion]
      if (dictionary === undefined) throw new Error(`no dictionary for link version ${fixture.linkVersion}`)
      const bytes = Buffer.from(fixture.fragment.slice(fixture.fragment.indexOf('.') + 1), 'base64url')
      if (bytes.length === 0) return expect(fixture.config).toEqual({})
      const json = inflateRawSync(bytes.subarray(3), { dictionary: Buffer.from(dictionary) }).toString()
      // The link holds exactly the fixture's config (version 1 left `version` out; later ones write it).
      expect(JSON.parse(json)).toEqual(fixture.config)
    },
  )
})
