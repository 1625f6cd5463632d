import type { Case } from './case.ts'

const hub = 'https://index.docker.io/v1/'

/** Registry authentication and cache. */
export const registryCases: Case[] = [
  {
    code: 'KC340',
    trigger: { registries: { dependencyProxy: { enabled: true, prefixBuildArg: false } } },
    near: { registries: { dependencyProxy: { enabled: true, stripPort: false, prefixBuildArg: false } } },
    fields: ['registries.dependencyProxy.prefixBuildArg', 'registries.dependencyProxy.stripPort'],
    fixed: (c) => c.registries.dependencyProxy.prefixBuildArg,
    fixedValue: true,
  },
  {
    code: 'KC341',
    trigger: { registries: { dependencyProxy: { enabled: true } } },
    near: { registries: { dependencyProxy: { enabled: false } } },
    fields: ['registries.dependencyProxy.prefixBuildArg'],
    fixable: false,
  },
  {
    code: 'KC342',
    trigger: { registries: { extra: [{ host: 'docker.io' }] } },
    near: { registries: { extra: [{ host: hub }] } },
    fields: ['registries.extra[0].host'],
    fixed: (c) => c.registries.extra[0]?.host,
    fixedValue: hub,
  },
  {
    code: 'KC343',
    trigger: { destinations: [{ repository: 'docker.io/example/app', tags: ['v1'] }] },
    near: {
      destinations: [{ repository: 'docker.io/example/app', tags: ['v1'] }],
      registries: { extra: [{ host: hub }] },
    },
    fields: ['destinations[0].repository'],
    fixed: (c) => c.registries.extra.map((r) => r.host),
    fixedValue: [hub],
  },
  {
    code: 'KC343',
    name: 'GHCR; registries kaniko logs in to by itself do not count',
    trigger: { destinations: [{ repository: 'ghcr.io/example/app', tags: ['v1'] }] },
    near: {
      destinations: [{ repository: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app', tags: ['v1'] }],
    },
    fixed: (c) => c.registries.extra.map((r) => r.host),
    fixedValue: ['ghcr.io'],
  },
  {
    code: 'KC344',
    trigger: {
      registries: { extra: [{ host: 'registry.example.com' }, { host: 'https://registry.example.com' }] },
    },
    near: { registries: { extra: [{ host: 'registry.example.com' }, { host: 'other.example.com' }] } },
    fields: ['registries.extra[0].host', 'registries.extra[1].host'],
    fixed: (c) => c.registries.extra.map((r) => r.host),
    fixedValue: ['registry.example.com'],
  },
  {
    code: 'KC344',
    name: 'a key the pipeline writes by itself',
    trigger: {
      registries: {
        extra: [
          { host: '${CI_REGISTRY}', usernameVariable: 'DEPLOY_USER', passwordVariable: 'DEPLOY_TOKEN' },
        ],
      },
    },
    near: {
      registries: {
        gitlabAuth: 'helper',
        extra: [
          { host: '${CI_REGISTRY}', usernameVariable: 'DEPLOY_USER', passwordVariable: 'DEPLOY_TOKEN' },
        ],
      },
    },
    fields: ['registries.gitlabAuth', 'registries.extra[0].host'],
    fixed: (c) => c.registries.extra,
    fixedValue: [],
  },
  {
    code: 'KC401',
    trigger: { cache: { enabled: true, repository: '' }, advanced: { noPush: true } },
    near: { cache: { enabled: true }, advanced: { noPush: true } },
    fields: ['cache.repository', 'advanced.noPush'],
    fixed: (c) => c.cache.repository,
    fixedValue: '${CI_REGISTRY_IMAGE}/cache',
  },
  {
    code: 'KC402',
    trigger: { cache: { enabled: true, repository: '' } },
    near: { cache: { enabled: true, repository: '${CI_REGISTRY_IMAGE}/kaniko-cache' } },
    fields: ['cache.repository'],
    fixed: (c) => c.cache.repository,
    fixedValue: '${CI_REGISTRY_IMAGE}/cache',
  },
  {
    code: 'KC403',
    trigger: { cache: { ttl: '24h', copyLayers: true } },
    near: { cache: { enabled: true, ttl: '24h', copyLayers: true } },
    fields: ['cache.enabled', 'cache.ttl', 'cache.copyLayers'],
    fixed: (c) => c.cache.enabled,
    fixedValue: true,
  },
  {
    code: 'KC403',
    name: 'turning the cache on with --no-push keeps a cache repository',
    trigger: { cache: { repository: '', runLayers: false }, advanced: { noPush: true } },
    near: { cache: { repository: '' }, advanced: { noPush: true } },
    fixed: (c) => c.cache.repository,
    fixedValue: '${CI_REGISTRY_IMAGE}/cache',
  },
  {
    code: 'KC403',
    name: 'compressed caching is not a cache-only option',
    trigger: { cache: { ttl: '24h', compressedCaching: false } },
    near: { cache: { compressedCaching: false } },
    fields: ['cache.enabled', 'cache.ttl'],
    fixed: (c) => c.cache.compressedCaching,
    fixedValue: false,
  },
  {
    code: 'KC404',
    trigger: { cache: { enabled: true, ttl: '30m' } },
    near: { cache: { enabled: true, ttl: '1h' } },
    fields: ['cache.ttl'],
    fixed: (c) => c.cache.ttl,
    fixedValue: '',
  },
  {
    code: 'KC405',
    trigger: { snapshot: { useNewRun: true } },
    near: { snapshot: { mode: 'redo' } },
    fields: ['snapshot.useNewRun'],
    fixed: (c) => c.snapshot.useNewRun,
    fixedValue: false,
  },
]
