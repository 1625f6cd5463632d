import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../config/defaults.ts'
import { PRESET_NAMES, presetConfig } from '../config/presets.ts'
import { type Config, type ConfigInput, configSchema } from '../config/schema.ts'
import { decodeShareFragment, encodeShareFragment, shareUrl } from './codec.ts'
import { RECEIVED_MAX_CHARS } from './errors.ts'
import { LINK_FORMATS } from './formats.ts'

const config = (input: ConfigInput): Config => configSchema.parse(input)
const v1 = LINK_FORMATS[1]
/** A format-1 fragment holding exactly this JSON text (valid compression and checksum). */
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
const fragmentOfJson = (json: string) => `1.${v1?.encodePayload(json)}`

describe('encodeShareFragment: size', () => {
  it('writes the default config as the bare version marker', () => {
    const { fragment, removed, tooLarge } = encodeShareFragment(defaultConfig())
    expect(fragment).toBe('1.')
    expect(tooLarge).toBe(false)
    expect(fragment.length).toBeLessThanOrEqual(16)
    expect(removed).toEqual([])
  })

  it('keeps the kitchen-sink preset under 1,000 characters and every preset under 100', () => {
    expect(encodeShareFragment(presetConfig('kitchen-sink')).fragment.length).toBeLessThanOrEqual(1000)
    for (const name of PRESET_NAMES.filter((n) => n !== 'kitchen-sink')) {
      expect(encodeShareFragment(presetConfig(name)).fragment.length, name).toBeLessThan(100)
    }
  })

  it('uses only URL-safe characters and is deterministic', () => {
    const a = encodeShareFragment(presetConfig('kitchen-sink')).fragment
    expect(a).toMatch(/^1\.[A-Za-z0-9_-]+$/)
    // The same config with its keys in another order gives the same link.
    expect(encodeShareFragment(reverseKeys(presetConfig('kitchen-sink')) as Config).fragment).toBe(a)
  })
})

describe('encodeShareFragment: limits', () => {
  it('says when a config is too large for a link, which the decoder then refuses', () => {
    const big = config({
      build: {
        buildArgs: Array.from({ length: 40 }, (_, i) => ({ name: `ARG_${i}`, value: 'v'.repeat(2000) })),
      },
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
      fromVersion: 1,
      linkVersion: 1,
      migrated: false,
    })
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

  it('reads the empty payload as the default config', () => {
    expect(decodeShareFragment('#1.')).toMatchObject({ ok: true, config: defaultConfig() })
  })
})

describe('encodeShareFragment: credentials', () => {
  it('leaves credential-like values out of the link and says which', () => {
    const secret = `glpat-${'Zx9Yw8Vu7Ts6Rq5Po4Nm'}`
    const c = config({
      proxy: { http: 'http://alice:s3cret@proxy.example.com:3128' },
      build: { buildArgs: [{ name: 'TOKEN', value: secret }] },
    })
    const { fragment, removed } = encodeShareFragment(c)
    expect(removed).toEqual([
      { path: 'build.buildArgs[0].value', kind: 'token' },
      { path: 'proxy.http', kind: 'url-userinfo' },
    ])
    const decoded = decodeShareFragment(fragment)
    if (!decoded.ok) throw new Error(decoded.error.message)
    expect(decoded.config.proxy.http).toBe('http://proxy.example.com:3128')
    expect(decoded.config.build.buildArgs[0]?.value).toBe('')
    expect(JSON.stringify(decoded.config)).not.toMatch(/s3cret|alice|glpat/)
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
    ['2.abc', 'future-version'],
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
    expect(result.partial?.build).toEqual(ks.build)
    expect(result.partial?.output).toEqual(defaultConfig().output) // past the cut: defaults
  })

  it('notices a changed character through the checksum and still offers what it read', () => {
    // Changing the last character alters the final bits of the data, not its structure.
    const last = kitchen.charAt(kitchen.length - 2)
    const changed = `${kitchen.slice(0, -2)}${last === 'A' ? 'B' : 'A'}${kitchen.slice(-1)}`
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
    const broken = decodeShareFragment(fragmentOfJson('{"proxy":{"http":"http://p:3128"},"job":{'))
    expect(broken).toMatchObject({ ok: false, error: { code: 'bad-json', reason: 'not-json' } })
    if (!broken.ok) expect(broken.partial?.proxy.http).toBe('http://p:3128')
  })

  it('drops only the invalid fields of a hand-edited link and names them', () => {
    const json = JSON.stringify({
      job: { name: 'image', stage: 'publish' },
      advanced: { pushRetry: 'three', verbosity: 'info' },
      unknownSection: true,
    })
    const result = decodeShareFragment(fragmentOfJson(json))
    if (result.ok) throw new Error('expected an error')
    expect(result.error.code).toBe('invalid-config')
    expect([...(result.error.fields ?? [])].sort()).toEqual([
      'advanced.pushRetry',
      'job.name',
      'unknownSection',
    ])
    expect(result.error.message).toContain('job.name')
    expect(result.partial?.job).toMatchObject({ name: 'build', stage: 'publish' })
    expect(result.partial?.advanced).toMatchObject({ pushRetry: 0, verbosity: 'info' })
  })

  it('names the fields and characters GitLab would misread (issue 9’s link) and drops only those values', () => {
    const tag = 'saas-linux-small-amd64\u2028  before_script:\u2028    - touch PWNED; echo $CI_JOB_TOKEN'
    const json = JSON.stringify({
      job: { name: 'from-link', runnerTags: ['kaniko', tag] },
      build: { context: 'app\u0085', target: 'runtime' },
      cache: { ttl: 'two weeks' },
    })
    const result = decodeShareFragment(fragmentOfJson(json))
    if (result.ok) throw new Error('expected an error')
    expect(result.error).toMatchObject({ code: 'invalid-config', reason: 'refused-characters' })
    expect(result.error.characters).toEqual([
      { path: 'job.runnerTags[1]', characters: ['\u2028'] },
      { path: 'build.context', characters: ['\u0085'] },
    ])
    expect(result.error.message).toContain('job.runnerTags[1] (U+2028 (line separator))')
    expect([...(result.error.fields ?? [])].sort()).toEqual([
      'build.context',
      'cache.ttl',
      'job.runnerTags[1]',
    ])
    // Everything else the link held is kept.
    expect(result.partial?.job).toMatchObject({ name: 'from-link', runnerTags: ['kaniko'] })
    expect(result.partial?.build).toMatchObject({ context: '${CI_PROJECT_DIR}', target: 'runtime' })
    expect(result.partial?.cache.ttl).toBe(defaultConfig().cache.ttl)
  })

  it('refuses a config version newer than this build', () => {
    expect(decodeShareFragment(fragmentOfJson('{"version":2}'))).toMatchObject({
      ok: false,
      error: { code: 'future-version', reason: 'future-config' },
    })
  })

  it('lists a bad version field together with the other invalid fields', () => {
    const result = decodeShareFragment(fragmentOfJson('{"version":0,"job":{"manual":"yes","stage":"ship"}}'))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', fields: ['version', 'job.manual'] },
    })
    if (!result.ok) expect(result.partial?.job.stage).toBe('ship')
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
