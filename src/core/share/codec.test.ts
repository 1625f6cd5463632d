import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../config/defaults.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { PRESET_NAMES, presetConfig } from '../config/presets.ts'
import { type Config, type ConfigInput, configSchema } from '../config/schema.ts'
import { decodeShareFragment, encodeShareFragment, shareUrl } from './codec.ts'
import { RECEIVED_MAX_CHARS } from './errors.ts'
import { LINK_FORMATS } from './formats.ts'
import { loadFixtures } from './test-support/fixtures.ts'
import { THREE_IMAGE_KITCHEN_SINK } from './test-support/multi-image-configs.ts'

const config = (input: ConfigInput): Config => configSchema.parse(input)
const reverseKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reverseKeys)
    : typeof v === 'object' && v !== null
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reverseKeys(x)]),
        )
      : v
/** A fragment of this link format holding exactly this JSON text (valid compression and checksum). */
const fragmentOfJson = (json: string, linkVersion = 2) =>
  `${linkVersion}.${LINK_FORMATS[linkVersion]?.encodePayload(json)}`
/** A link as version 1 wrote it: format 1, a version-1 config without `version`. */
const v1Link = (json: string) => fragmentOfJson(json, 1)

describe('encodeShareFragment: size', () => {
  it('writes the default config as a short format-2 link holding only its version', () => {
    const { fragment, removed, tooLarge } = encodeShareFragment(defaultConfig())
    expect(fragment.startsWith('2.')).toBe(true)
    expect(LINK_FORMATS[2]?.decodePayload(fragment.slice(2))).toEqual({ ok: true, text: '{"version":2}' })
    expect(tooLarge).toBe(false)
    expect(fragment.length).toBeLessThanOrEqual(16)
    expect(removed).toEqual([])
  })

  it('keeps the kitchen-sink preset and a three-image kitchen sink under 1,000 characters, every other one-image preset under 100 and several-image presets under 250', () => {
    const lengths: Record<string, number> = {}
    for (const name of PRESET_NAMES) lengths[name] = encodeShareFragment(presetConfig(name)).fragment.length
    const threeImages = config(THREE_IMAGE_KITCHEN_SINK)
    expect(threeImages.images).toHaveLength(3)
    lengths['three-image kitchen sink'] = encodeShareFragment(threeImages).fragment.length
    console.info('share link lengths (characters after #):', lengths)
    expect(lengths['kitchen-sink']).toBeLessThanOrEqual(1000)
    expect(lengths['three-image kitchen sink']).toBeLessThanOrEqual(1000)
    for (const name of PRESET_NAMES.filter((n) => n !== 'kitchen-sink')) {
      const images = presetConfig(name).images.length
      expect(lengths[name], name).toBeLessThan(images > 1 ? 250 : 100)
    }
  })

  it('re-shares a version-1 link in format 2 at about its format-1 length', () => {
    const lengths: Record<string, string> = {}
    for (const { fixture } of loadFixtures().filter((f) => f.fixture.linkVersion === 1)) {
      const decoded = decodeShareFragment(fixture.fragment)
      if (!decoded.ok) throw new Error(decoded.error.message)
      const reshared = encodeShareFragment(decoded.config).fragment
      expect(decodeShareFragment(reshared)).toMatchObject({ ok: true, config: decoded.config })
      lengths[fixture.name] = `${fixture.fragment.length} → ${reshared.length}`
      // The migration adds `"layout":"jobs"` (and format 2 writes `version`): a few characters.
      expect(reshared.length, fixture.name).toBeLessThanOrEqual(fixture.fragment.length + 16)
    }
    console.info('v1 fixtures, format 1 → format 2 of the migrated config (characters):', lengths)
  })

  it('uses only URL-safe characters and is deterministic', () => {
    const a = encodeShareFragment(presetConfig('kitchen-sink')).fragment
    expect(a).toMatch(/^2\.[A-Za-z0-9_-]+$/)
    // The same config with its keys in another order gives the same link.
    expect(encodeShareFragment(reverseKeys(presetConfig('kitchen-sink')) as Config).fragment).toBe(a)
  })
})

describe('encodeShareFragment: limits', () => {
  it('says when a config is too large for a link, which the decoder then refuses', () => {
    const big = config({
      images: [
        { buildArgs: Array.from({ length: 40 }, (_, i) => ({ name: `ARG_${i}`, value: 'v'.repeat(2000) })) },
      ],
    })
    const { fragment, tooLarge } = encodeShareFragment(big)
    expect(tooLarge).toBe(true)
    expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, error: { reason: 'too-large' } })
    expect(encodeShareFragment(presetConfig('kitchen-sink')).tooLarge).toBe(false)
  })
})

describe('decodeShareFragment: good links', () => {
  it.each(PRESET_NAMES)('round-trips the %s preset', (name) => {
    const result = decodeShareFragment(encodeShareFragment(presetConfig(name)).fragment)
    expect(result).toEqual({
      ok: true,
      config: presetConfig(name),
      fromVersion: 2,
      linkVersion: 2,
      migrated: false,
    })
  })

  it('round-trips configs with several images', () => {
    const c = config(THREE_IMAGE_KITCHEN_SINK)
    expect(decodeShareFragment(encodeShareFragment(c).fragment)).toMatchObject({ ok: true, config: c })
  })

  it('accepts a fragment with or without #, a whole URL, and line breaks from mail', () => {
    const c = presetConfig('behind-proxy')
    const { fragment } = encodeShareFragment(c)
    const url = shareUrl(c, 'https://example.gitlab.io/kanikoconfig/#old')
    expect(url).toBe(`https://example.gitlab.io/kanikoconfig/#${fragment}`)
    for (const input of [
      fragment,
      `#${fragment}`,
      url,
      `  ${url}\n`,
      `${fragment.slice(0, 10)}\n  ${fragment.slice(10)}`,
    ]) {
      expect(decodeShareFragment(input)).toMatchObject({ ok: true, config: c })
    }
  })

  it('reads the empty payload of format 2 as the default config', () => {
    expect(decodeShareFragment('#2.')).toEqual({
      ok: true,
      config: defaultConfig(),
      fromVersion: 2,
      linkVersion: 2,
      migrated: false,
    })
  })

  it('reads a format-1 link as a version-1 config, migrated (separate jobs, as version 1 generated)', () => {
    const migratedDefault = parseConfigOrThrow({ version: 1 })
    expect(migratedDefault.pipeline.layout).toBe('jobs')
    expect(decodeShareFragment('#1.')).toEqual({
      ok: true,
      config: migratedDefault,
      fromVersion: 1,
      linkVersion: 1,
      migrated: true,
    })
    const v1 = decodeShareFragment(
      v1Link(JSON.stringify({ job: { name: 'image build', triggers: ['default-branch'], manual: true } })),
    )
    if (!v1.ok) throw new Error(v1.error.message)
    expect(v1.config.images[0]?.name).toBe('image build')
    expect(v1.config.pipeline.triggers).toMatchObject({ on: ['default-branch'], manual: 'manual' })
  })

  it('reads a format-2 link without `version` as version 2, and one that says version 1 as version 1', () => {
    expect(decodeShareFragment(fragmentOfJson('{"images":[{"name":"x"},{"name":"y"}]}'))).toMatchObject({
      ok: true,
      config: { version: 2, images: [{ name: 'x' }, { name: 'y' }] },
      fromVersion: 2,
    })
    expect(decodeShareFragment(fragmentOfJson('{"version":1,"job":{"name":"x"}}'))).toMatchObject({
      ok: true,
      config: { version: 2, images: [{ name: 'x' }] },
      fromVersion: 1,
      migrated: true,
    })
  })
})

describe('encodeShareFragment: credentials', () => {
  it('leaves credential-like values out of the link and says which', () => {
    const secret = `glpat-${'Zx9Yw8Vu7Ts6Rq5Po4Nm'}`
    const c = config({
      proxy: { http: 'http://alice:s3cret@proxy.example.com:3128' },
      images: [{}, { name: 'second', buildArgs: [{ name: 'TOKEN', value: secret }] }],
    })
    const { fragment, removed } = encodeShareFragment(c)
    expect(removed).toEqual([
      { path: 'images[1].buildArgs[0].value', kind: 'token' },
      { path: 'proxy.http', kind: 'url-userinfo' },
    ])
    const decoded = decodeShareFragment(fragment)
    if (!decoded.ok) throw new Error(decoded.error.message)
    expect(decoded.config.proxy.http).toBe('http://proxy.example.com:3128')
    expect(decoded.config.images[1]?.buildArgs[0]?.value).toBe('')
    expect(JSON.stringify(decoded.config)).not.toMatch(/s3cret|alice|glpat/)
  })
})

describe('encodeShareFragment: credentials in job variables (version 2)', () => {
  it('leaves out a value whose variable name says it is a secret, in the pipeline and in an image', () => {
    const c = config({
      pipeline: {
        job: {
          variables: [
            { name: 'GIT_STRATEGY', value: 'fetch' },
            { name: 'DB_PASSWORD', value: 'correct horse battery' },
          ],
        },
      },
      images: [{ variables: [{ name: 'NPM_TOKEN', value: 'abc123def456' }] }],
    })
    const { fragment, removed } = encodeShareFragment(c)
    expect(removed).toEqual([
      { path: 'pipeline.job.variables[1].value', kind: 'token' },
      { path: 'images[0].variables[0].value', kind: 'token' },
    ])
    const decoded = decodeShareFragment(fragment)
    if (!decoded.ok) throw new Error(decoded.error.message)
    expect(decoded.config.pipeline.job.variables).toEqual([
      { name: 'GIT_STRATEGY', value: 'fetch' },
      { name: 'DB_PASSWORD', value: '' },
    ])
    expect(fragment).not.toContain('horse')
    expect(JSON.stringify(decoded.config)).not.toMatch(/horse|abc123/)
  })
})

describe('decodeShareFragment: bad links', () => {
  const kitchen = encodeShareFragment(presetConfig('kitchen-sink')).fragment

  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['https://example.gitlab.io/kanikoconfig/', 'empty'],
    ['hello', 'malformed'],
    ['1', 'malformed'],
    ['v1.abc', 'malformed'],
    ['0.abc', 'malformed'],
    [`1.${'A'.repeat(200_000)}`, 'malformed'],
    ['3.abc', 'future-version'],
    ['999999999.', 'future-version'],
    ['1.abc!def', 'bad-encoding'],
    ['1.AAAA', 'bad-compression'],
    ['1.AAAAAAAAAAAA', 'bad-compression'],
  ])('%j is %s', (input, code) => {
    const result = decodeShareFragment(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(result.error.message).toMatch(/^[A-Z].*\.$/)
    expect(result.error.received.length).toBeLessThanOrEqual(RECEIVED_MAX_CHARS)
  })

  it('shows what was received, start and end, when it is long', () => {
    const result = decodeShareFragment(`${kitchen}!`)
    if (result.ok) throw new Error('expected an error')
    expect(result.error.received.startsWith(kitchen.slice(0, 40))).toBe(true)
    expect(result.error.received.endsWith(`${kitchen.slice(-10)}!`)).toBe(true)
    expect(result.error.received).toContain('…')
  })

  it('keeps every field of a cut-off link that could be read', () => {
    const result = decodeShareFragment(kitchen.slice(0, Math.floor(kitchen.length * 0.6)))
    if (result.ok) throw new Error('expected an error')
    expect(result.error).toMatchObject({ code: 'bad-compression', reason: 'truncated' })
    const ks = presetConfig('kitchen-sink')
    expect(result.partial?.executor).toEqual(ks.executor)
    expect(result.partial?.pipeline).toEqual(ks.pipeline)
    expect(result.partial?.images[0]?.context).toEqual(ks.images[0]?.context)
    expect(result.partial?.output).toEqual(defaultConfig().output) // past the cut: defaults
  })

  it('notices a changed character through the checksum and still offers what it read', () => {
    // A character near the end alters the last codes of the data, not its structure. Not one of the
    // last two: they may hold only the padding bits after DEFLATE's end of block, which change nothing.
    const at = kitchen.length - 6
    const was = kitchen.charAt(at)
    const changed = `${kitchen.slice(0, at)}${was === 'A' ? 'B' : 'A'}${kitchen.slice(at + 1)}`
    const result = decodeShareFragment(changed)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(['bad-compression', 'bad-json', 'invalid-config']).toContain(result.error.code)
  })

  it('reports JSON that is not a config object', () => {
    for (const json of ['[1,2]', '"text"', 'null', '42']) {
      expect(decodeShareFragment(fragmentOfJson(json))).toMatchObject({
        ok: false,
        error: { code: 'bad-json', reason: 'not-object' },
      })
    }
    const broken = decodeShareFragment(fragmentOfJson('{"proxy":{"http":"http://p:3128"},"images":[{'))
    expect(broken).toMatchObject({ ok: false, error: { code: 'bad-json', reason: 'not-json' } })
    if (!broken.ok) expect(broken.partial?.proxy.http).toBe('http://p:3128')
  })

  it('drops only the invalid fields of a hand-edited link and names them', () => {
    const json = JSON.stringify({
      pipeline: { stage: 'publish', triggers: { on: ['tag', 'sometimes'] } },
      images: [{ name: 'first' }, { name: 'image', context: 'svc' }],
      advanced: { pushRetry: 'three', verbosity: 'info' },
      unknownSection: true,
    })
    const result = decodeShareFragment(fragmentOfJson(json))
    if (result.ok) throw new Error('expected an error')
    expect(result.error.code).toBe('invalid-config')
    expect([...(result.error.fields ?? [])].sort()).toEqual([
      'advanced.pushRetry',
      'images[1].name',
      'pipeline.triggers.on[1]',
      'unknownSection',
    ])
    expect(result.error.message).toContain('pipeline.triggers.on[1]')
    expect(result.error.message).toContain('(and 3 more)')
    expect(result.partial?.pipeline.stage).toBe('publish')
    expect(result.partial?.images.map((i) => [i.name, i.context])).toEqual([
      ['first', '${CI_PROJECT_DIR}'],
      ['build', 'svc'],
    ])
    expect(result.partial?.advanced).toMatchObject({ pushRetry: 0, verbosity: 'info' })
  })

  it('names the invalid fields of a version-1 link where version 2 keeps them', () => {
    const json = JSON.stringify({
      job: { name: 'image', stage: 'publish' },
      advanced: { pushRetry: 'three', verbosity: 'info', extraFlags: ['--cleanup'] },
      unknownSection: true,
    })
    const result = decodeShareFragment(v1Link(json))
    if (result.ok) throw new Error('expected an error')
    expect(result.error.code).toBe('invalid-config')
    expect([...(result.error.fields ?? [])].sort()).toEqual([
      'advanced.pushRetry',
      'images[0].name',
      'unknownSection',
    ])
    expect(result.partial?.pipeline).toMatchObject({ stage: 'publish', layout: 'jobs' })
    expect(result.partial?.images[0]).toMatchObject({ name: 'build', extraFlags: ['--cleanup'] })
    expect(result.partial?.advanced).toMatchObject({ pushRetry: 0, verbosity: 'info' })
  })

  it('names the fields and characters GitLab would misread (issue 9’s link) and drops only those values', () => {
    // The link of issue 9 was a format-1 link: its fields are named where version 2 keeps them.
    const tag = 'saas-linux-small-amd64\u2028  before_script:\u2028    - touch PWNED; echo $CI_JOB_TOKEN'
    const json = JSON.stringify({
      job: { name: 'from-link', runnerTags: ['kaniko', tag] },
      build: { context: 'app\u0085', target: 'runtime' },
      cache: { ttl: 'two weeks' },
    })
    const result = decodeShareFragment(v1Link(json))
    if (result.ok) throw new Error('expected an error')
    expect(result.error).toMatchObject({ code: 'invalid-config', reason: 'refused-characters' })
    expect(result.error.characters).toEqual([
      { path: 'images[0].runnerTags[1]', characters: ['\u2028'] },
      { path: 'images[0].context', characters: ['\u0085'] },
    ])
    expect(result.error.message).toContain('images[0].runnerTags[1] (U+2028 (line separator))')
    expect([...(result.error.fields ?? [])].sort()).toEqual([
      'cache.ttl',
      'images[0].context',
      'images[0].runnerTags[1]',
    ])
    // Everything else the link held is kept.
    expect(result.partial?.images[0]).toMatchObject({
      name: 'from-link',
      runnerTags: ['kaniko'],
      context: '${CI_PROJECT_DIR}',
      target: 'runtime',
    })
    expect(result.partial?.cache.ttl).toBe(defaultConfig().cache.ttl)
  })

  it('names refused characters in any image of a format-2 link', () => {
    const json = JSON.stringify({ images: [{}, { name: 'two', target: 'a\u2029b' }] })
    const result = decodeShareFragment(fragmentOfJson(json))
    if (result.ok) throw new Error('expected an error')
    expect(result.error.characters).toEqual([{ path: 'images[1].target', characters: ['\u2029'] }])
    expect(result.partial?.images[1]).toMatchObject({ name: 'two', target: '' })
  })

  it('refuses a config version newer than this build', () => {
    for (const fragment of [fragmentOfJson('{"version":3}'), fragmentOfJson('{"version":3}', 1)]) {
      expect(decodeShareFragment(fragment)).toMatchObject({
        ok: false,
        error: { code: 'future-version', reason: 'future-config' },
      })
    }
  })

  it('lists a bad version field together with the other invalid fields', () => {
    const result = decodeShareFragment(v1Link('{"version":0,"job":{"manual":"yes","stage":"ship"}}'))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', fields: ['version', 'pipeline.triggers.manual'] },
    })
    if (!result.ok) expect(result.partial?.pipeline.stage).toBe('ship')
  })

  it('treats a nonsensical version field as an invalid field, not the whole link', () => {
    const result = decodeShareFragment(fragmentOfJson('{"version":"one","proxy":{"http":"http://p:1"}}'))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-config', fields: ['version'] } })
    if (!result.ok) expect(result.partial?.proxy.http).toBe('http://p:1')
  })

  it('stops a decompression bomb', () => {
    const bomb = fragmentOfJson(`{"build":{"target":"${'x'.repeat(10_000_000)}"}}`)
    expect(bomb.length).toBeLessThan(30_000)
    const started = performance.now()
    expect(decodeShareFragment(bomb)).toMatchObject({
      ok: false,
      error: { code: 'bad-compression', reason: 'too-large' },
    })
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('refuses nesting deeper than any config without overflowing the stack', () => {
    const deep = fragmentOfJson(`{"build":${'['.repeat(20_000)}${']'.repeat(20_000)}}`)
    expect(decodeShareFragment(deep)).toMatchObject({
      ok: false,
      error: { code: 'bad-json', reason: 'too-deep' },
    })
  })
})
