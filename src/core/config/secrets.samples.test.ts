import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isMap, isPair, isScalar, parseAllDocuments, visit } from 'yaml'
import { firstImage, withFirstImage } from '../../testing/configs.ts'
import { defaultConfig } from './defaults.ts'
import { PRESET_NAMES, presetConfig } from './presets.ts'
import type { Config } from './schema.ts'
import { findCredentialLikeValues } from './secrets.ts'

/**
 * Detection and false-positive rates of the credential check on a generated sample set (issue 9):
 * short and long secrets of every class it should catch, and the values it must leave alone (every
 * preset, the real pipelines of the corpus, common build-argument values). The rates are printed.
 * Set KANIKOCONFIG_CORPUS to a directory of further .gitlab-ci.yml files to count them in too.
 */

/** A seeded generator: the same samples on every run. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T
  const text = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet.charAt(int(0, alphabet.length - 1))).join('')
  return { int, pick, text }
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const DIGITS = '0123456789'
const ALNUM = LOWER + UPPER + DIGITS
const PASSWORD_CHARS = `${ALNUM}!#%&*+,-.:;<>?@^_~`

/** Where a sample value is put, and the path its finding must name. */
type Placement = { readonly config: Config; readonly path: string }

const withBuildArg = (name: string, value: string): Placement => {
  const config = defaultConfig()
  return {
    config: withFirstImage(config, { buildArgs: [{ name, value, fromEnvironment: false }] }),
    path: 'images[0].buildArgs[0].value',
  }
}
const withLabel = (key: string, value: string): Placement => {
  const config = defaultConfig()
  return {
    config: withFirstImage(config, { labels: [{ key, value }] }),
    path: 'images[0].labels[0].value',
  }
}
const withExtraFlag = (flag: string): Placement => {
  const config = defaultConfig()
  return {
    config: withFirstImage(config, { extraFlags: [flag] }),
    path: 'images[0].extraFlags[0]',
  }
}

const sampleText = ({ config }: Placement) =>
  JSON.stringify(
    firstImage(config).buildArgs[0]?.value ??
      firstImage(config).labels[0]?.value ??
      firstImage(config).extraFlags[0],
  )

const flagged = ({ config, path }: Placement) => findCredentialLikeValues(config).some((f) => f.path === path)

const SECRET_NAMES = [
  'DB_PASSWORD',
  'PASSWORD',
  'SMTP_PASS',
  'API_TOKEN',
  'NPM_TOKEN',
  'CLIENT_SECRET',
  'SECRET_KEY',
  'API_KEY',
  'apiKey',
  'registryPassword',
  'NPM_AUTH',
  'AUTH_TOKEN',
  'db_passwd',
  'com.example.secret',
  'LICENSE_KEY',
]

/** The positives, class by class. */
function positives(): Record<string, Placement[]> {
  const r = random(9)
  const shortPassword = () => r.text(PASSWORD_CHARS, r.int(4, 12))
  const longSecret = () => r.text(ALNUM, r.int(20, 64))
  const human = [
    'Tr0ub4dor&3',
    'hunter2',
    'letmein!',
    'P@ssw0rd',
    'qwerty123',
    'changeme',
    'secret1',
    's3cr3t',
  ]
  const named: Placement[] = []
  for (const name of SECRET_NAMES) {
    for (const value of [...human, ...Array.from({ length: 6 }, shortPassword), longSecret(), longSecret()]) {
      named.push(withBuildArg(name, value), withLabel(name.toLowerCase(), value))
    }
    named.push(withExtraFlag(`--build-arg=${name}=${shortPassword().replace(/[\s'"]/g, 'x')}`))
  }
  const prefixed: Placement[] = []
  const prefixes = [
    ['glpat-', `${ALNUM}_-`],
    ['gldt-', `${ALNUM}_-`],
    ['ghp_', ALNUM],
    ['github_pat_', `${ALNUM}_`],
    ['xoxb-', `${ALNUM}-`],
    ['xoxp-', `${ALNUM}-`],
    ['AKIA', UPPER + DIGITS],
  ] as const
  for (const [prefix, alphabet] of prefixes) {
    for (let i = 0; i < 20; i++) {
      // Any length: cut short, half typed, or whole.
      const length = prefix === 'AKIA' ? r.int(4, 16) : r.int(1, 40)
      // Starts and ends with a letter or digit of the token's own alphabet.
      const edge = alphabet.replace(/[^A-Za-z0-9]/g, '')
      const token =
        length === 1
          ? `${prefix}${r.text(edge, 1)}`
          : `${prefix}${r.text(edge, 1)}${r.text(alphabet, length - 2)}${r.text(edge, 1)}`
      prefixed.push(withBuildArg('IMAGE_NOTE', token), withExtraFlag(`--registry-token=${token}`))
    }
  }
  const basic: Placement[] = []
  for (let i = 0; i < 60; i++) {
    const user = r.text(LOWER, r.int(3, 10))
    const password = i % 2 === 0 ? shortPassword().replace(/\s/g, '') : longSecret()
    const encoded = btoa(`${user}:${password}`)
    basic.push(withBuildArg('IMAGE_NOTE', encoded), withLabel('note', `Basic ${encoded}`))
  }
  return {
    'named build-arg/label values': named,
    'token prefixes at any length': prefixed,
    'base64 of user:password': basic,
  }
}

/** Build-argument and label values that are not secrets, some under names that sound like one. */
const COMMON_VALUES: readonly (readonly [string, string])[] = [
  ['NODE_VERSION', '20.11.1'],
  ['PYTHON_VERSION', '3.12-slim'],
  ['BASE_IMAGE', 'debian:bookworm-slim'],
  ['ALPINE_VERSION', '3.20'],
  ['GO_VERSION', 'v1.22.3'],
  ['APP_ENV', 'production'],
  ['VERSION', 'latest'],
  ['BUILD_DATE', '2026-11-30T09:00:00Z'],
  ['COMMIT', '${CI_COMMIT_SHA}'],
  ['HTTP_PROXY', 'http://proxy.example.com:3128'],
  ['NO_PROXY', 'localhost,127.0.0.1,.example.com'],
  ['REGISTRY', 'registry.gitlab.com/group/project'],
  ['NPM_REGISTRY', 'https://registry.npmjs.org/'],
  ['DB_PASSWORD', '$DB_PASSWORD'],
  ['DB_PASSWORD', '${DB_PASSWORD}'],
  ['API_KEY', '${API_KEY}'],
  ['AUTH', '${REGISTRY_USER}:${REGISTRY_PASSWORD}'],
  ['PASSWORD_FILE', '/run/secrets/db_password'],
  ['SSH_KEY_PATH', '/root/.ssh/id_ed25519'],
  ['SECRET_NAME', 'db-credentials'],
  ['TOKEN_URL', 'https://gitlab.example.com/oauth/token'],
  ['AUTH_URL', 'https://auth.example.com/realms/main'],
  ['AUTH_ENABLED', 'true'],
  ['USE_AUTH', 'false'],
  ['TOKEN_TTL', '3600'],
  ['KEY_SIZE', '4096'],
  ['GPG_KEY_ID', 'A1B2C3D4E5F6'],
  ['CACHE_KEY', 'deps-v3'],
  ['PUBLIC_KEY_URL', 'https://example.com/key.asc'],
  ['KEYCLOAK_VERSION', '25.0.1'],
  ['MONKEY_PATCH', 'enabled'],
  ['PASSENGER_VERSION', '6.0.20'],
  ['org.opencontainers.image.authors', 'Platform team <platform@example.com>'],
  ['org.opencontainers.image.source', 'https://gitlab.com/group/project'],
  ['org.opencontainers.image.revision', '${CI_COMMIT_SHA}'],
  ['org.opencontainers.image.version', '${CI_COMMIT_TAG}'],
  ['maintainer', 'ops@example.com'],
  ['description', 'Builds the web frontend'],
  ['DOCKERFILE', './docker/Dockerfile.prod'],
  ['TARGETPLATFORM', 'linux/arm64'],
  ['CONTEXT', 'services/api'],
  ['CHECKSUM', 'sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b'],
  ['GIT_REF', 'd670460b4b4aece5915caf5c68d12f560a9fe3e4'],
  ['IMAGE_NOTE', 'Dockerfile'],
  ['IMAGE_NOTE', 'abcd'],
  ['IMAGE_NOTE', 'test/base'],
]

/** Every text of the corpus pipelines, and the values of their `variables:` maps under their names. */
function corpusValues(dir: string): { texts: string[]; named: [string, string][] } {
  const texts: string[] = []
  const named: [string, string][] = []
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      visit(doc, {
        Scalar(_, node) {
          if (typeof node.value === 'string') texts.push(node.value)
        },
        Pair(_, pair) {
          if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'variables' || !isMap(pair.value))
            return
          for (const item of pair.value.items) {
            if (isScalar(item.key) && isScalar(item.value) && typeof item.value.value === 'string') {
              named.push([String(item.key.value), item.value.value])
            }
          }
        },
      })
    }
  }
  return { texts, named }
}

const REPO_CORPUS = fileURLToPath(new URL('../diagnostics/fixtures/corpus/', import.meta.url))
const EXTRA_CORPUS = process.env.KANIKOCONFIG_CORPUS

/** Negatives, set by set: each placement must give no finding at all. */
function negatives(): Record<string, Placement[]> {
  const sets: Record<string, Placement[]> = {
    presets: PRESET_NAMES.map((name) => ({ config: presetConfig(name), path: '' })),
    'common build-arg and label values': COMMON_VALUES.flatMap(([name, value]) => [
      withBuildArg(name.replace(/[^A-Za-z0-9_]/g, '_'), value),
      withLabel(name, value),
    ]),
  }
  for (const [label, dir] of [
    ['corpus (fixtures)', REPO_CORPUS],
    ['corpus (KANIKOCONFIG_CORPUS)', EXTRA_CORPUS],
  ] as const) {
    if (!dir || !existsSync(dir)) continue
    const { texts, named } = corpusValues(dir)
    sets[label] = [
      ...texts.map((text) => withLabel('note', text)),
      ...named.map(([name, value]) => withBuildArg(name.replace(/[^A-Za-z0-9_]/g, '_') || 'X', value)),
    ]
  }
  return sets
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`

describe('credential detection on a generated sample set', () => {
  it('catches at least 95% of each class of secret, short ones included', () => {
    const lines: string[] = []
    for (const [label, samples] of Object.entries(positives())) {
      const missed = samples.filter((sample) => !flagged(sample))
      const caught = samples.length - missed.length
      lines.push(`  ${label}: ${caught}/${samples.length} detected (${percent(caught, samples.length)})`)
      if (missed.length > 0) lines.push(`    missed: ${missed.map(sampleText).join(', ')}`)
      expect(caught / samples.length, label).toBeGreaterThanOrEqual(0.95)
    }
    console.log(`credential detection rate:\n${lines.join('\n')}`)
  })

  it('flags nothing in the presets, the corpus pipelines or common values', () => {
    const lines: string[] = []
    for (const [label, samples] of Object.entries(negatives())) {
      const wrong = samples.filter(({ config }) => findCredentialLikeValues(config).length > 0)
      lines.push(
        `  ${label}: ${wrong.length}/${samples.length} flagged (${percent(wrong.length, samples.length)})`,
      )
      expect(
        wrong.map(({ config }) => findCredentialLikeValues(config)),
        label,
      ).toEqual([])
    }
    console.log(`credential false-positive rate:\n${lines.join('\n')}`)
  })
})
