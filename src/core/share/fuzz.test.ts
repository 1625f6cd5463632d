import fc from 'fast-check'
import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { arbitraryConfigV2 } from '../../testing/arbitraries-v2.ts'
import { stripDefaults } from '../config/defaults.ts'
import { PRESET_NAMES, presetConfig } from '../config/presets.ts'
import { configSchema } from '../config/schema.ts'
import { encodeBase64url } from './base64url.ts'
import { crc32 } from './checksum.ts'
import { type DecodeResult, decodeShareFragment, encodeShareFragment } from './codec.ts'
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts'
import { DICTIONARY_V2_TEXT } from './dictionary-v2.ts'
import { RECEIVED_MAX_CHARS, SHARE_ERROR_CODES, SHARE_ERROR_REASONS } from './errors.ts'
import { linkJson } from './link-json.ts'
import { arbitraryConfig } from './test-support/arbitrary-config.ts'
import { THREE_IMAGE_KITCHEN_SINK } from './test-support/multi-image-configs.ts'

/*
 * Feeds the decoder random, cut-off and mutated links. Every answer must be a config the schema
 * accepts or an error with a known code, and a partial config (if any) must be valid too.
 * Deterministic: set FUZZ_SEED to replay another run.
 */

const ITERATIONS = 100_000
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_601)

/** mulberry32: small, fast, reproducible. */
function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  return { next, int, pick }
}

const B64 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_']
const STRAY = [...B64, ...'+/=.#%!?&()[]{}<> \n\t\u0000é日😀\ud800', '%20', '&x=1']

const DICTIONARIES: Readonly<Record<number, Uint8Array>> = {
  1: strToU8(DICTIONARY_V1_TEXT),
  2: strToU8(DICTIONARY_V2_TEXT),
}

/** The payload layout of formats 1 and 2 (deflate-payload.ts) with fast compression, for generating inputs. */
function compressFast(text: string, linkVersion: number): string {
  const bytes = strToU8(text)
  const check = crc32(bytes)
  const packed = deflateSync(bytes, { level: 1, dictionary: DICTIONARIES[linkVersion] })
  return `${linkVersion}.${encodeBase64url(Uint8Array.from([(check >>> 16) & 255, (check >>> 8) & 255, check & 255, ...packed]))}`
}

function checkResult(result: DecodeResult, input: string): string | undefined {
  if (result.ok) {
    if (!configSchema.safeParse(result.config).success) return 'ok result is not a valid config'
    if (typeof result.fromVersion !== 'number' || typeof result.migrated !== 'boolean') return 'bad ok shape'
    return undefined
  }
  const { error, partial } = result
  if (!(SHARE_ERROR_CODES as readonly string[]).includes(error.code)) return `unknown code ${error.code}`
  if (!(SHARE_ERROR_REASONS as readonly string[]).includes(error.reason))
    return `unknown reason ${error.reason}`
  if (error.reason === 'internal') return `internal error: ${error.message}`
  if (typeof error.message !== 'string' || error.message.length < 10) return 'missing message'
  if (error.received.length > RECEIVED_MAX_CHARS) return 'received too long'
  if (input.trim().length <= RECEIVED_MAX_CHARS && error.received !== input.trim()) return 'received differs'
  if (partial !== undefined && !configSchema.safeParse(partial).success)
    return 'partial is not a valid config'
  return undefined
}

describe('decodeShareFragment fuzz', () => {
  it(`never throws and always answers clearly (${ITERATIONS.toLocaleString('en')} inputs)`, () => {
    const r = rng(SEED)
    const configs = [
      ...PRESET_NAMES.map((n) => presetConfig(n)),
      configSchema.parse(THREE_IMAGE_KITCHEN_SINK),
      ...fc.sample(arbitraryConfig, { numRuns: 40, seed: SEED }),
      ...fc.sample(arbitraryConfigV2, { numRuns: 20, seed: SEED }),
    ]
    const seeds = configs.map((c) => encodeShareFragment(c).fragment)
    const jsons = configs.flatMap((c) => [JSON.stringify(linkJson(c)), JSON.stringify(stripDefaults(c))])
    // Mostly the format links are written in; format 1 (read forever) now and then.
    const compress = (text: string) => compressFast(text, r.next() < 0.75 ? 2 : 1)

    const mutateJsonValue = (value: unknown, depth = 0): unknown => {
      if (typeof value !== 'object' || value === null) return randomJson(depth)
      const entries = Object.entries(value)
      if (entries.length === 0 || r.next() < 0.15) return randomJson(depth)
      const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value }
      const [key, child] = r.pick(entries)
      ;(copy as Record<string, unknown>)[r.next() < 0.1 ? `x${r.int(9)}` : key] = mutateJsonValue(
        child,
        depth + 1,
      )
      return copy
    }
    const randomJson = (depth: number): unknown =>
      r.pick<() => unknown>([
        () => null,
        () => r.next() < 0.5,
        () => r.int(1e6) - 1000,
        () => r.next() * 1e300,
        () => 'x'.repeat(r.pick([0, 1, 300, 5000])),
        () => r.pick(['tag', 'linux/amd64', '${CI_REGISTRY_IMAGE}', '', 'glpat-Ab3dE6gH9jK2mN5pQ8sT']),
        () => (depth > 3 ? [] : [randomJson(depth + 1), randomJson(depth + 1)]),
        () =>
          depth > 3
            ? {}
            : { [r.pick(['enabled', 'name', '__proto__', 'constructor'])]: randomJson(depth + 1) },
        () => JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`),
      ])()

    const generators: readonly (() => string)[] = [
      // cut off anywhere
      () => {
        const s = r.pick(seeds)
        return s.slice(0, r.int(s.length + 1))
      },
      // one to three characters changed, inserted or deleted
      () => {
        let s = r.pick(seeds)
        for (let k = 1 + r.int(3); k > 0; k--) {
          const at = r.int(s.length + 1)
          const op = r.int(3)
          if (op === 0) s = s.slice(0, at) + r.pick(B64) + s.slice(at + 1)
          else if (op === 1) s = s.slice(0, at) + r.pick(STRAY) + s.slice(at)
          else s = s.slice(0, at) + s.slice(at + 1)
        }
        return s
      },
      // another version marker
      () => {
        const s = r.pick(seeds)
        const prefix = r.pick([
          '0',
          '1',
          '2',
          '3',
          '99',
          '-1',
          '1.5',
          '01',
          '1e3',
          '',
          'v1',
          '１',
          '999999999999',
          ' 1',
        ])
        return `${prefix}.${s.slice(2)}`
      },
      // random base64url after a valid marker
      () => `${1 + r.int(2)}.${Array.from({ length: r.int(600) }, () => r.pick(B64)).join('')}`,
      // random bytes, compressed properly (with and without a matching checksum)
      () => {
        const bytes = Uint8Array.from({ length: r.int(300) }, () => r.int(256))
        if (r.next() < 0.5) return `${1 + r.int(2)}.${encodeBase64url(bytes)}`
        return compress(new TextDecoder().decode(bytes))
      },
      () => {
        const packed = deflateSync(Uint8Array.from({ length: r.int(400) }, () => r.int(256)))
        return `${1 + r.int(2)}.${encodeBase64url(Uint8Array.from([r.int(256), r.int(256), r.int(256), ...packed]))}`
      },
      // a link of one format read as the other (same layout, other dictionary)
      () => {
        const s = r.pick(seeds)
        return `${s.startsWith('2.') ? 1 : 2}${s.slice(1)}`
      },
      // valid compression of invalid JSON
      () => {
        const json = r.pick(jsons)
        const at = r.int(json.length)
        return compress(
          r.next() < 0.5 ? json.slice(0, at) : json.slice(0, at) + r.pick(STRAY) + json.slice(at),
        )
      },
      // valid compression of JSON that is not a valid config
      () => compress(JSON.stringify(mutateJsonValue(JSON.parse(r.pick(jsons))))),
      () => compress(JSON.stringify(randomJson(0))),
      // junk of every kind, URLs, and two links glued together
      () => Array.from({ length: r.int(80) }, () => r.pick(STRAY)).join(''),
      () => `https://example.gitlab.io/kanikoconfig/${r.next() < 0.5 ? '#' : '?'}${r.pick(seeds)}`,
      () => r.pick(seeds) + r.pick(seeds),
    ]

    const rare: readonly (() => string)[] = [
      () => `${1 + r.int(2)}.${'A'.repeat(100_001)}`,
      () => compress(`{"build":{"target":"${'y'.repeat(70_000 + r.int(1_000_000))}"}}`),
      () => `1.${encodeBase64url(Uint8Array.from([0, 0, 0, ...deflateSync(strToU8('['.repeat(60_000)))]))}`,
      () => compress(`{"build":{"labels":${'['.repeat(30_000)}}}`),
      () => compress(`{"images":[${'{"name":"x"},'.repeat(300 + r.int(700))}{}]}`),
    ]

    const failures: string[] = []
    const counts = new Map<string, number>()
    const started = performance.now()
    for (let i = 0; i < ITERATIONS; i++) {
      const input = i % 1000 === 999 ? r.pick(rare)() : r.pick(generators)()
      let problem: string | undefined
      try {
        const result = decodeShareFragment(input)
        counts.set(
          result.ok ? 'ok' : result.error.code,
          (counts.get(result.ok ? 'ok' : result.error.code) ?? 0) + 1,
        )
        problem = checkResult(result, input)
      } catch (e) {
        problem = `threw ${e instanceof Error ? e.stack : String(e)}`
      }
      if (problem && failures.length < 10)
        failures.push(`${problem} <- ${JSON.stringify(input.slice(0, 200))}`)
    }
    const seconds = (performance.now() - started) / 1000
    console.info(
      `share fuzz: ${ITERATIONS} inputs in ${seconds.toFixed(1)} s (seed ${SEED})`,
      Object.fromEntries([...counts].sort()),
    )
    expect(failures).toEqual([])
    // Every code the decoder can give showed up, so the generators reach every stage.
    for (const code of SHARE_ERROR_CODES) expect(counts.get(code) ?? 0, code).toBeGreaterThan(0)
    expect(counts.get('ok') ?? 0).toBeGreaterThan(0)
    // Version-2 seeds hold several images, so each decode does more: on the shared 2-core machine
    // the run took 130-190 s beside the other test files. The limit is for hangs, not speed.
  }, 600_000)
})
