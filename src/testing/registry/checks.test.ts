import { describe, expect, it } from 'vitest'
import { authKeys, indexPlatformProblems } from './checks.ts'

describe('index platforms', () => {
  const index = (platforms: object[]) =>
    JSON.stringify({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: platforms.map((platform) => ({ digest: 'sha256:x', platform })),
    })

  it('accepts exactly the intended platforms, in any order', () => {
    const raw = index([
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      { os: 'linux', architecture: 'amd64' },
    ])
    expect(indexPlatformProblems('t', raw, ['linux/amd64', 'linux/arm/v7'])).toEqual([])
  })

  it('reports a missing or extra platform, and a single-image manifest', () => {
    const raw = index([{ os: 'linux', architecture: 'amd64' }])
    expect(indexPlatformProblems('t', raw, ['linux/amd64', 'linux/arm64'])).toEqual([
      't: index platforms ["linux/amd64"], expected ["linux/amd64","linux/arm64"]',
    ])
    expect(indexPlatformProblems('t', '{"layers":[]}', ['linux/amd64'])[0]).toMatch(/not an index/)
    expect(indexPlatformProblems('t', 'nope', ['linux/amd64'])[0]).toMatch(/not JSON/)
  })
})

describe('config.json keys', () => {
  it('lists auths and credHelpers keys; none for absent or broken JSON', () => {
    expect(authKeys('{"auths":{"a:1":{}},"credHelpers":{"b":"gcr"}}')).toEqual(['a:1', 'b'])
    expect(authKeys(undefined)).toEqual([])
    expect(authKeys('{"auths":{"a\n')).toEqual([])
  })
})
