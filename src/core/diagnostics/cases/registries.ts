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
    code: 'KC340',
    name: 'the Dependency Proxy as a registry mirror: only keeping the port makes the key match',
    trigger: {
      registries: { dependencyProxy: { enabled: true } },
      advanced: { registryMirrors: ['$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'] },
    },
    near: {
      registries: { dependencyProxy: { enabled: true, stripPort: false } },
      advanced: { registryMirrors: ['$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'] },
    },
    fields: ['advanced.registryMirrors[0]', 'registries.dependencyProxy.stripPort'],
    fixed: (c) => [c.registries.dependencyProxy.stripPort, c.advanced.registryMirrors],
    fixedValue: [false, ['$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX']],
  },
  {
    code: 'KC340',
    name: 'a build arg and an extra-flag mirror built from the proxy variables, next to FROM lines',
    trigger: {
      registries: { dependencyProxy: { enabled: true, prefixBuildArg: false } },
      build: {
        buildArgs: [
          { name: 'BASE', value: '${CI_DEPENDENCY_PROXY_DIRECT_GROUP_IMAGE_PREFIX}/node:22' },
          { name: 'CI_DEPENDENCY_PROXY_SERVER', fromEnvironment: true },
        ],
      },
      advanced: {
        extraFlags: ['--registry-mirror=${CI_DEPENDENCY_PROXY_SERVER}/group/dependency_proxy/containers'],
      },
    },
    near: {
      registries: { dependencyProxy: { enabled: true } },
      build: {
        buildArgs: [
          { name: 'BASE', value: 'node:22' },
          { name: 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX', value: 'x' },
        ],
      },
      advanced: { extraFlags: ['--registry-mirror=mirror.gcr.io'] },
    },
    fields: [
      'registries.dependencyProxy.prefixBuildArg',
      'build.buildArgs[0].value',
      'build.buildArgs[1].name',
      'advanced.extraFlags[0]',
      'registries.dependencyProxy.stripPort',
    ],
    fixed: (c) => [c.registries.dependencyProxy.stripPort, c.registries.dependencyProxy.prefixBuildArg],
    fixedValue: [false, false],
  },
  {
    code: 'KC346',
    name: 'a mirror and a build arg name the proxy, which is off; the fix keeps the port so all agree',
    trigger: {
      build: { buildArgs: [{ name: 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX', fromEnvironment: true }] },
      advanced: { registryMirrors: ['${CI_DEPENDENCY_PROXY_DIRECT_GROUP_IMAGE_PREFIX}'] },
    },
    near: {
      build: { buildArgs: [{ name: 'DEPENDENCY_PROXY', value: 'off' }] },
      advanced: { registryMirrors: ['mirror.gcr.io'] },
    },
    fields: ['advanced.registryMirrors[0]', 'build.buildArgs[0].name', 'registries.dependencyProxy.enabled'],
    fixed: (c) => [c.registries.dependencyProxy.enabled, c.registries.dependencyProxy.stripPort],
    fixedValue: [true, false],
  },
  {
    code: 'KC346',
    name: 'an extra-flag mirror on $CI_DEPENDENCY_PROXY_SERVER; other mirrors do not count',
    trigger: {
      advanced: {
        extraFlags: ['--registry-mirror', '$CI_DEPENDENCY_PROXY_SERVER/group/dependency_proxy/containers'],
      },
    },
    near: { advanced: { extraFlags: ['--registry-mirror', 'mirror.gcr.io'] } },
    fields: ['advanced.extraFlags[0]', 'registries.dependencyProxy.enabled'],
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
    code: 'KC345',
    name: 'kaniko keys credentials by host; the path moves to the message',
    trigger: { registries: { extra: [{ host: 'registry.gitlab.com/other-group' }] } },
    near: { registries: { extra: [{ host: 'https://registry.gitlab.com/' }, { host: hub }] } },
    fields: ['registries.extra[0].host'],
    fixed: (c) => c.registries.extra.map((r) => r.host),
    fixedValue: ['registry.gitlab.com'],
  },
  {
    code: 'KC345',
    name: 'a credential helper under a path, scheme and port',
    trigger: {
      registries: {
        extra: [{ host: 'https://harbor.example.com:8443/team/', credentialHelper: 'ecr-login' }],
      },
    },
    near: { registries: { extra: [{ host: 'harbor.example.com:8443', credentialHelper: 'ecr-login' }] } },
    fixed: (c) => c.registries.extra.map((r) => r.host),
    fixedValue: ['harbor.example.com:8443'],
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
  {
    code: 'KC347',
    name: 'DOCKER_AUTH_CONFIG used as is while the form lists a registry',
    trigger: {
      registries: {
        dockerAuthConfig: { source: 'variable', merge: false },
        extra: [{ host: 'harbor.example.com' }],
      },
    },
    near: {
      registries: {
        dockerAuthConfig: { source: 'variable', merge: true },
        extra: [{ host: 'harbor.example.com' }],
      },
    },
    fields: ['registries.dockerAuthConfig.merge', 'registries.extra[0].host'],
    fixed: (c) => c.registries.dockerAuthConfig.merge,
    fixedValue: true,
  },
  {
    code: 'KC347',
    name: '$CI_REGISTRY with config-json counts as ours; as is with nothing of ours: quiet',
    trigger: {
      registries: { dockerAuthConfig: { source: 'file-variable', merge: false }, gitlabAuth: 'config-json' },
    },
    near: { registries: { dockerAuthConfig: { source: 'file-variable', merge: false } } },
    fields: ['registries.dockerAuthConfig.merge'],
  },
  {
    code: 'KC348',
    trigger: { registries: { extra: [{ host: 'europe-docker.pkg.dev', credentialHelper: 'gcr' }] } },
    near: {
      registries: {
        extra: [
          {
            host: 'europe-docker.pkg.dev',
            credentialHelper: 'gcr',
            googleCredentialsFileVariable: 'GCP_KEY',
          },
        ],
      },
    },
    fields: ['registries.extra[0].googleCredentialsFileVariable'],
    fixable: false,
  },
  {
    code: 'KC349',
    trigger: {
      registries: {
        extra: [
          {
            host: 'europe-docker.pkg.dev',
            usernameLiteral: '_json_key',
            googleCredentialsFileVariable: 'GCP_KEY',
          },
        ],
      },
    },
    near: { registries: { extra: [{ host: 'europe-docker.pkg.dev', usernameLiteral: '_json_key' }] } },
    fields: ['registries.extra[0].googleCredentialsFileVariable', 'registries.extra[0].credentialHelper'],
    fixed: (c) => c.registries.extra[0]?.credentialHelper,
    fixedValue: 'gcr',
  },
  {
    code: 'KC350',
    trigger: {
      registries: {
        extra: [
          {
            host: 'harbor.example.com',
            usernameLiteral: 'robot:ci',
            passwordVariable: 'HARBOR_TOKEN',
          },
        ],
      },
    },
    // Harbor's robot accounts are `robot$…`: `$` is fine, only `:` splits the pair.
    near: {
      registries: {
        extra: [
          {
            host: 'harbor.example.com',
            usernameLiteral: 'robot$ci',
            passwordVariable: 'HARBOR_TOKEN',
          },
        ],
      },
    },
    fields: ['registries.extra[0].usernameLiteral'],
    fixable: false,
  },
  {
    // A mirrored executor image whose tag says v1.8.0 has no built-in GitLab helper.
    code: 'KC352',
    trigger: {
      executor: { source: 'custom', customImage: 'registry.example.com/mirror/kaniko:v1.8.0-debug' },
      registries: { gitlabAuth: 'helper' },
    },
    near: {
      executor: { source: 'custom', customImage: 'registry.example.com/mirror/kaniko:v1.9.0-debug' },
      registries: { gitlabAuth: 'helper' },
    },
    fields: ['registries.gitlabAuth'],
    fixed: (c) => c.registries.gitlabAuth,
    fixedValue: 'auto',
  },
  {
    // Corpus files 03, 08, 18 (GitLab's documentation example): config.json for $CI_REGISTRY only.
    code: 'KC353',
    trigger: { registries: { gitlabAuth: 'config-json' } },
    near: { executor: { tag: 'v1.8.1-debug' }, registries: { gitlabAuth: 'config-json' } },
    fields: ['registries.gitlabAuth'],
    fixed: (c) => c.registries.gitlabAuth,
    fixedValue: 'auto',
  },
  {
    code: 'KC353',
    name: 'the entry beside another registry’s, which needs config.json anyway',
    trigger: { registries: { gitlabAuth: 'config-json' } },
    near: { registries: { gitlabAuth: 'config-json', extra: [{ host: 'ghcr.io' }] } },
  },
  {
    code: 'KC352',
    name: 'auto writes the entry an old kaniko needs',
    trigger: { executor: { tag: 'v1.8.1-debug' }, registries: { gitlabAuth: 'helper' } },
    near: { executor: { tag: 'v1.8.1-debug' }, registries: { gitlabAuth: 'auto' } },
  },
  {
    // Corpus file 01: the Docker Hub key is whatever $DHUB_REGISTRY holds.
    code: 'KC351',
    trigger: { registries: { extra: [{ host: '$DHUB_REGISTRY' }] } },
    near: { registries: { extra: [{ host: '$CI_REGISTRY' }] } },
    fields: ['registries.extra[0].host'],
    fixable: false,
  },
  {
    code: 'KC350',
    name: 'a credential helper writes no user name',
    trigger: {
      registries: { extra: [{ host: 'registry.example.com:5000', usernameLiteral: 'a:b' }] },
    },
    near: {
      registries: {
        extra: [
          {
            host: '123.dkr.ecr.eu-west-1.amazonaws.com',
            usernameLiteral: 'a:b',
            credentialHelper: 'ecr-login',
          },
        ],
      },
    },
    fixable: false,
  },
  {
    code: 'KC350',
    name: 'a DOCKER_AUTH_CONFIG used as it is: the job writes no entry of its own',
    trigger: {
      registries: {
        dockerAuthConfig: { source: 'variable', merge: true },
        extra: [{ host: 'harbor.example.com', usernameLiteral: 'robot:ci' }],
      },
    },
    near: {
      registries: {
        dockerAuthConfig: { source: 'variable', merge: false },
        extra: [{ host: 'harbor.example.com', usernameLiteral: 'robot:ci' }],
      },
    },
    fixable: false,
  },
  {
    code: 'KC343',
    name: 'a whole reference names its registry; one in a variable is not guessed',
    trigger: { destinations: [{ repository: 'registry.example.com/app:1.0', tags: [] }] },
    near: { destinations: [{ repository: '$IMAGE_REF', tags: [] }] },
    fields: ['destinations[0].repository'],
    fixed: (c) => c.registries.extra.map((r) => r.host),
    fixedValue: ['registry.example.com'],
  },
  {
    code: 'KC347',
    name: 'multi-arch: manifest-tool has no GitLab helper, so $CI_REGISTRY counts as ours',
    trigger: {
      registries: { dockerAuthConfig: { source: 'variable', merge: false } },
      multiArch: { enabled: true },
    },
    near: { registries: { dockerAuthConfig: { source: 'variable', merge: false } } },
    fields: ['registries.dockerAuthConfig.merge'],
    fixed: (c) => c.registries.dockerAuthConfig.merge,
    fixedValue: true,
  },
]
