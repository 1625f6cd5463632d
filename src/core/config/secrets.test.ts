import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { firstImage } from '../../testing/configs.ts'
import { defaultConfig } from './defaults.ts'
import type { ConfigInputV1 } from './migrate-v1.ts'
import { parseConfigOrThrow } from './parse.ts'
import { PRESET_NAMES, presetConfig } from './presets.ts'
import { type Config, configSchema } from './schema.ts'
import { credentialKinds, findCredentialLikeValues, redactCredentials, redactText } from './secrets.ts'

/** Written in the one-image short form of version 1 (migrated). */
const config = (input: ConfigInputV1): Config => parseConfigOrThrow(input)

// Assembled at run time so this file does not itself look like it holds secrets.
const GLPAT = `glpat-${'Ab3dE6gH9jK2mN5pQ8sT'}`
const GHP = `ghp_${'x7Yb2Qk9LmN4pR8sT1vW3zA6cD0eF5gH2jK7'}`
const PRIVATE_KEY = [
  `-----BEGIN ${'RSA PRIVATE'} KEY-----`,
  'MIIEpAIBAAKCAQEA7bq9x0Zk3m4Vf1oQ2fWc8pJcK3Yt6rN0sX5uLh2gD4eA8iB1',
  `-----END ${'RSA PRIVATE'} KEY-----`,
].join('\n')
const CERTIFICATE = [
  '-----BEGIN CERTIFICATE-----',
  'MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTES',
  'MBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYDVQQDExlC',
  '-----END CERTIFICATE-----',
].join('\n')

describe('credentialKinds: positives', () => {
  it.each([
    ['http://user:s3cret@proxy.example.com:3128', 'url-userinfo'],
    ['https://build-bot:p@ss@registry.example.com/v2/', 'url-userinfo'],
    ['socks5://a:b@10.0.0.1:1080', 'url-userinfo'],
    ['user:hunter2@proxy.example.com:3128', 'url-userinfo'],
    ['--build-arg=HTTP_PROXY=http://me:pw@proxy:3128', 'url-userinfo'],
    [PRIVATE_KEY, 'private-key'],
    [`-----BEGIN ${'OPENSSH PRIVATE'} KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA`, 'private-key'],
    [`-----BEGIN ${'ENCRYPTED PRIVATE'} KEY-----\n...`, 'private-key'],
    [GLPAT, 'token'],
    [`glptt-${'a1b2c3d4e5f6a7b8c9d0e1f2'}`, 'token'],
    [`gldt-${'Zx9Yw8Vu7Ts6Rq5Po4Nm'}`, 'token'],
    [`glrt-${'t1_Zx9Yw8Vu7Ts6Rq5Po4Nm'}`, 'token'],
    [GHP, 'token'],
    [`github_pat_${'11ABCDEFG0123456789_abcdefghijKLMNOPqrstuvWXYZ'}`, 'token'],
    [`AKIA${'IOSFODNN7EXAMPLE'}`, 'token'],
    [`xoxb-${'123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'}`, 'token'],
    [
      `eyJhbGciOiJIUzI1NiJ9.${'eyJzdWIiOiIxMjM0NTY3ODkwIn0'}.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U`,
      'token',
    ],
    ['Bearer Zk3mV9f1oQ2fWc8pJcK3Yt6rN0sX5uLh2gD4eA8iB1', 'token'],
    // Known prefixes at any length: cut off, or half typed.
    ['glpat-short', 'token'],
    ['ghp_x7Y', 'token'],
    [`AKIA${'IOSF'}`, 'token'],
    ['xoxb-12', 'token'],
    // base64 of user:password (HTTP Basic, Docker's `auth`).
    [btoa('alice:hunter2'), 'token'],
    [`Basic ${btoa('ci:pw')}`, 'token'],
    ['--build-arg=DB_PASSWORD=Tr0ub4dor&3', 'token'],
  ] as const)('%s is %s', (text, kind) => {
    expect(credentialKinds(text)).toContain(kind)
  })

  it('flags 32+ hex digits that are not a bare git SHA', () => {
    expect(credentialKinds('c5b1261d6d3e43071626931fc004f701')).toEqual(['token'])
    expect(credentialKinds('API_KEY=c5b1261d6d3e43071626931fc004f70149baeba2c8ec672b')).toEqual(['token'])
  })

  it('flags almost every random base64 key of 40 characters', () => {
    let found = 0
    for (let i = 0; i < 2000; i++) {
      if (credentialKinds(randomBytes(30).toString('base64')).includes('token')) found++
    }
    expect(found / 2000).toBeGreaterThan(0.98)
  })
})

describe('credentialKinds: close negatives', () => {
  it.each([
    'http://proxy:3128',
    'http://proxy.example.com:3128',
    '${PROXY_URL}',
    'http://${PROXY_USER}:${PROXY_PASSWORD}@proxy:3128',
    'http://$PROXY_USER:$PROXY_PASSWORD@proxy:3128',
    'https://oauth2@gitlab.example.com/group/repo.git',
    'localhost,127.0.0.1,.example.com',
    CERTIFICATE,
    '${CI_COMMIT_SHA}',
    'd670460b4b4aece5915caf5c68d12f560a9fe3e4',
    'alpine:3.20@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b',
    'sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b',
    '${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/library/node:20',
    'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX',
    '/usr/local/share/ca-certificates/my-company-root.crt',
    'registry.gitlab.com/my-group/my-sub-group/my-project/my-image:v1.2.3',
    'ThisIsAVeryLongCamelCaseIdentifierName',
    'Platform team <platform@example.com>',
    'git@gitlab.com:group/project.git',
    '--image-fs-extract-retry=2',
    '${CI_REGISTRY_PASSWORD}',
    '',
  ])('%s is not a credential', (text) => {
    expect(credentialKinds(text)).toEqual([])
  })
})

describe('credentialKinds: speed', () => {
  it('scans hostile 4,000-character fields in linear time', () => {
    const hostile = [
      'a'.repeat(4000),
      '=a:a'.repeat(1000),
      'a://'.repeat(1000),
      'Ab1/'.repeat(1000),
      'a:b@'.repeat(1000),
    ]
    const started = performance.now()
    for (const text of hostile) {
      credentialKinds(text)
      redactText(text)
    }
    expect(performance.now() - started).toBeLessThan(100)
  })
})

describe('findCredentialLikeValues', () => {
  it('finds nothing in the default config or any preset', () => {
    expect(findCredentialLikeValues(defaultConfig())).toEqual([])
    for (const name of PRESET_NAMES) expect(findCredentialLikeValues(presetConfig(name))).toEqual([])
  })

  it('reports dotted paths with array indexes, in every kind of field', () => {
    const c = config({
      proxy: { http: 'http://u:p@proxy:3128' },
      build: {
        buildArgs: [
          { name: 'A', value: 'x' },
          { name: 'TOKEN', value: GLPAT },
        ],
        labels: [{ key: 'k', value: GHP }],
      },
      advanced: { registryMirrors: ['https://bob:pw@mirror.example.com'], extraFlags: ['--x', GHP] },
      certificates: { source: 'pem', pem: `${CERTIFICATE}\n${PRIVATE_KEY}` },
    })
    expect(findCredentialLikeValues(c)).toEqual([
      { path: 'images[0].buildArgs[1].value', kind: 'token' },
      { path: 'images[0].labels[0].value', kind: 'token' },
      { path: 'images[0].extraFlags[1]', kind: 'token' },
      { path: 'proxy.http', kind: 'url-userinfo' },
      { path: 'certificates.pem', kind: 'private-key' },
      { path: 'advanced.registryMirrors[0]', kind: 'url-userinfo' },
    ])
  })

  it('covers fields it was never told about (the walk is generic)', () => {
    const c = { ...defaultConfig(), future: { nested: [{ value: GLPAT }] } } as unknown as Config
    expect(findCredentialLikeValues(c)).toEqual([{ path: 'future.nested[0].value', kind: 'token' }])
  })
})

describe('redactText', () => {
  it('strips only the userinfo of a URL', () => {
    expect(redactText('http://user:s3cret@proxy.example.com:3128')).toBe('http://proxy.example.com:3128')
    expect(redactText('user:hunter2@proxy:3128')).toBe('proxy:3128')
    expect(redactText('--proxy=http://a:b@p:1 --x')).toBe('--proxy=http://p:1 --x')
  })

  it('removes a private key block and keeps the certificates around it', () => {
    expect(redactText(`${CERTIFICATE}\n${PRIVATE_KEY}\n`)).toBe(`${CERTIFICATE}\n`)
    expect(redactText(PRIVATE_KEY)).toBe('')
  })

  it('blanks text holding a token', () => {
    expect(redactText(`token ${GLPAT} here`)).toBe('')
  })

  it('leaves clean text alone', () => {
    expect(redactText('http://proxy:3128')).toBe('http://proxy:3128')
  })
})

describe('redactCredentials', () => {
  it('returns an equal copy and no findings for a clean config', () => {
    const c = presetConfig('kitchen-sink')
    const out = redactCredentials(c)
    expect(out.removed).toEqual([])
    expect(out.config).toEqual(c)
    expect(out.config).not.toBe(c)
  })

  it('blanks values, removes array items that were secrets and keeps the rest', () => {
    const c = config({
      proxy: { http: 'http://u:p@proxy:3128', https: 'http://proxy:3128' },
      build: { buildArgs: [{ name: 'TOKEN', value: GLPAT }], labels: [{ key: 'team', value: 'web' }] },
      advanced: { extraFlags: ['--cleanup', GHP, '--reproducible'] },
      certificates: { enabled: true, source: 'pem', pem: PRIVATE_KEY },
    })
    const { config: out, removed } = redactCredentials(c)
    expect(removed).toHaveLength(4)
    expect(out.proxy.http).toBe('http://proxy:3128')
    expect(out.proxy.https).toBe('http://proxy:3128')
    expect(firstImage(out).buildArgs).toEqual([{ name: 'TOKEN', value: '', fromEnvironment: false }])
    expect(firstImage(out).labels).toEqual([{ key: 'team', value: 'web' }])
    expect(firstImage(out).extraFlags).toEqual(['--cleanup', '--reproducible'])
    expect(out.certificates.pem).toBe('')
    expect(findCredentialLikeValues(out)).toEqual([])
    expect(c.proxy.http).toBe('http://u:p@proxy:3128') // the input is not modified
  })

  it('keeps the result valid when a required field held the secret', () => {
    const c = config({
      build: { context: GLPAT },
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: [GHP] }],
      snapshot: { ignorePaths: [GHP] },
    })
    const { config: out } = redactCredentials(c)
    expect(configSchema.safeParse(out).success).toBe(true)
    expect(firstImage(out).context).toBe(firstImage(defaultConfig()).context)
    // The secret tag is gone; a destination without tags names a whole reference.
    expect(firstImage(out).destinations).toEqual([
      { repository: '${CI_REGISTRY_IMAGE}', tags: [], when: 'always' },
    ])
    expect(out.snapshot.ignorePaths).toEqual([])
  })
})
