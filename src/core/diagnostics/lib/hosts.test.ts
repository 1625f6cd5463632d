import { describe, expect, it } from 'vitest'
import {
  isDockerHub,
  isPublicRegistry,
  keyHost,
  logsInByItself,
  registryOfKey,
  registryOfRepository,
  repositoryHost,
  sameRegistry,
} from './hosts.ts'

describe('registry hosts', () => {
  it('reads the host of a config.json key', () => {
    expect(keyHost('https://index.docker.io/v1/')).toBe('index.docker.io')
    expect(keyHost('Registry.Example.com:5000')).toBe('registry.example.com:5000')
  })

  it('reads the registry of an image repository the way Docker does', () => {
    expect(repositoryHost('registry.example.com:5000/team/app')).toBe('registry.example.com:5000')
    expect(repositoryHost('localhost/app')).toBe('localhost')
    expect(repositoryHost('example/app')).toBe('docker.io')
    expect(repositoryHost('app')).toBe('docker.io')
    expect(repositoryHost('https://ghcr.io/x/y')).toBe('ghcr.io')
    expect(repositoryHost('${CI_REGISTRY_IMAGE}/app')).toBeNull()
    expect(repositoryHost('$REGISTRY/app')).toBeNull()
  })

  it('knows Docker Hub by all its names', () => {
    for (const host of ['docker.io', 'index.docker.io', 'registry-1.docker.io:443'])
      expect(isDockerHub(host)).toBe(true)
    expect(isDockerHub('docker.example.com')).toBe(false)
    expect(sameRegistry('docker.io', 'index.docker.io')).toBe(true)
    expect(sameRegistry('a.example.com', 'b.example.com')).toBe(false)
  })

  it('tells public registries and self-authenticating ones from private ones', () => {
    expect(isPublicRegistry('ghcr.io')).toBe(true)
    expect(isPublicRegistry('europe-docker.pkg.dev')).toBe(true)
    expect(isPublicRegistry('harbor.corp.internal')).toBe(false)
    expect(logsInByItself('123456789012.dkr.ecr.eu-west-1.amazonaws.com')).toBe(true)
    expect(logsInByItself('ghcr.io')).toBe(false)
  })
})

describe('registryOfKey and registryOfRepository', () => {
  it('keep a lone variable as $NAME, lowercase literal hosts, and give up on other variable hosts', () => {
    expect(registryOfKey('${CI_REGISTRY}')).toBe('$CI_REGISTRY')
    expect(registryOfKey('https://$CI_REGISTRY/')).toBe('$CI_REGISTRY')
    expect(registryOfKey('Registry.Example.com:5000/v2')).toBe('registry.example.com:5000')
    expect(registryOfKey('${REGISTRY_HOST}:5000')).toBeNull()
  })

  it('put ${CI_REGISTRY_IMAGE} on $CI_REGISTRY, $HOST/app on $HOST', () => {
    expect(registryOfRepository('${CI_REGISTRY_IMAGE}/app')).toBe('$CI_REGISTRY')
    expect(registryOfRepository('$CI_REGISTRY_IMAGE')).toBe('$CI_REGISTRY')
    expect(registryOfRepository('$HARBOR/team/app')).toBe('$HARBOR')
    expect(registryOfRepository('$IMAGE')).toBeNull()
    expect(registryOfRepository('example/app')).toBe('docker.io')
  })
})
