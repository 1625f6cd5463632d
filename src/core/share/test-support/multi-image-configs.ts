import type { ConfigInput } from '../../config/schema.ts'

/**
 * Version-2 configs with several images, for the link-size budget, the round trip and the frozen
 * v2 fixtures. The three-image kitchen sink sets a little of everything version 2 added: three
 * images with their own contexts, Dockerfiles and destinations (tags that depend on the pipeline),
 * multi-arch on one, `changes:`/`exists:`, job settings, a release job, auth and CA forms, proxy,
 * cache and an extra registry. Issue 11 holds its link to 1,000 characters.
 */
export const THREE_IMAGE_KITCHEN_SINK: ConfigInput = {
  version: 2,
  executor: { source: 'osscontainertools', tag: 'v1.28.3-debug' },
  pipeline: {
    layout: 'extends',
    triggers: { on: ['default-branch', 'tag', 'merge-request'], tagPattern: '/^v\\d+\\.\\d+\\.\\d+$/' },
    job: {
      needs: [],
      retryMax: 2,
      retryWhen: ['runner_system_failure', 'stuck_or_timeout_failure'],
      timeout: '1h',
      interruptible: true,
      variables: [{ name: 'GIT_SUBMODULE_STRATEGY', value: 'recursive' }],
    },
  },
  images: [
    {
      name: 'app',
      context: '${CI_PROJECT_DIR}/app',
      dockerfile: '${CI_PROJECT_DIR}/app/Dockerfile',
      target: 'runtime',
      buildArgs: [
        { name: 'APP_VERSION', value: '${CI_COMMIT_SHORT_SHA}' },
        { name: 'NPM_TOKEN', fromEnvironment: true },
      ],
      labels: [{ key: 'maintainer', value: 'Platform team <platform@example.com>' }],
      ociLabels: true,
      skipUnusedStages: true,
      destinations: [
        { repository: '${CI_REGISTRY_IMAGE}/app', tags: ['${CI_COMMIT_SHORT_SHA}'] },
        { repository: '${CI_REGISTRY_IMAGE}/app', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
        { repository: '${CI_REGISTRY_IMAGE}/app', tags: ['latest'], when: 'default-branch' },
        { repository: 'docker.io/example/app', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
      ],
      multiArch: { enabled: true, manifestJobName: 'app-manifest' },
      extraFlags: ['--image-fs-extract-retry=2'],
      changes: ['app/**/*'],
    },
    {
      name: 'worker',
      context: '${CI_PROJECT_DIR}/worker',
      dockerfile: '${CI_PROJECT_DIR}/worker/Dockerfile.worker',
      buildArgs: [{ name: 'APP_VERSION', value: '${CI_COMMIT_SHORT_SHA}' }],
      destinations: [
        { repository: '${CI_REGISTRY_IMAGE}/worker', tags: ['${CI_COMMIT_SHORT_SHA}'] },
        { repository: '${CI_REGISTRY_IMAGE}/worker', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
      ],
      runnerTags: ['saas-linux-large-amd64'],
      cacheRepository: '${CI_REGISTRY_IMAGE}/worker/cache',
      changes: ['worker/**/*', 'go.sum'],
      changesCompareTo: 'refs/heads/main',
    },
    {
      name: 'docs',
      context: '${CI_PROJECT_DIR}/docs',
      dockerfile: '${CI_PROJECT_DIR}/docs/Dockerfile',
      target: 'nginx',
      destinations: [{ repository: 'ghcr.io/example/docs', tags: ['${CI_COMMIT_REF_SLUG}'] }],
      exists: ['docs/Dockerfile'],
      needs: ['app-manifest'],
    },
  ],
  release: { enabled: true, repository: '${CI_REGISTRY_IMAGE}/app' },
  registries: {
    dependencyProxy: { enabled: true },
    dockerAuthConfig: { source: 'file-variable' },
    extra: [
      {
        host: 'https://index.docker.io/v1/',
        usernameVariable: 'DOCKERHUB_USER',
        passwordVariable: 'DOCKERHUB_TOKEN',
      },
      { host: 'ghcr.io', usernameLiteral: 'x-token', passwordVariable: 'GHCR_TOKEN' },
    ],
  },
  proxy: {
    http: 'http://proxy.example.com:3128',
    https: 'http://proxy.example.com:3128',
    noProxy: 'localhost,127.0.0.1,.example.com',
  },
  certificates: {
    enabled: true,
    registry: 'registry.example.com',
    more: [{ source: 'path', value: '/etc/ssl/certs/corp-root.pem' }],
  },
  cache: { enabled: true, ttl: '168h', copyLayers: true, compressedCaching: false },
  snapshot: { mode: 'redo', ignorePaths: ['/var/cache'] },
  advanced: {
    verbosity: 'info',
    pushRetry: 3,
    imageDownloadRetry: 3,
    digestFile: '${CI_PROJECT_DIR}/image-digest',
    registryMirrors: ['mirror.gcr.io'],
    reproducible: true,
    cleanup: true,
  },
}

/**
 * Three images as separate jobs with what the generator emits today: destinations by pipeline
 * kind, multi-arch on one, `changes:`/`exists:`, needs, job settings, an image cache repository,
 * proxy, a CA, cache, an extra registry and the Dependency Proxy.
 */
export const THREE_IMAGES_SEPARATE_JOBS: ConfigInput = {
  version: 2,
  executor: { source: 'osscontainertools', tag: 'v1.28.3-debug' },
  pipeline: {
    layout: 'jobs',
    triggers: { on: ['default-branch', 'tag', 'merge-request'], tagPattern: '/^v\\d+\\.\\d+\\.\\d+$/' },
    job: {
      needs: [],
      retryMax: 2,
      retryWhen: ['runner_system_failure', 'stuck_or_timeout_failure'],
      timeout: '1h',
      interruptible: true,
      resourceGroup: 'images',
      variables: [{ name: 'GIT_SUBMODULE_STRATEGY', value: 'recursive' }],
    },
  },
  images: [
    {
      name: 'app',
      context: '${CI_PROJECT_DIR}/app',
      dockerfile: '${CI_PROJECT_DIR}/app/Dockerfile',
      target: 'runtime',
      buildArgs: [{ name: 'APP_VERSION', value: '${CI_COMMIT_SHORT_SHA}' }],
      destinations: [
        { repository: '${CI_REGISTRY_IMAGE}/app', tags: ['${CI_COMMIT_SHORT_SHA}'] },
        { repository: '${CI_REGISTRY_IMAGE}/app', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
        { repository: '${CI_REGISTRY_IMAGE}/app', tags: ['latest'], when: 'default-branch' },
      ],
      multiArch: { enabled: true, manifestJobName: 'app-manifest' },
      changes: ['app/**/*'],
    },
    {
      name: 'worker',
      context: '${CI_PROJECT_DIR}/worker',
      dockerfile: '${CI_PROJECT_DIR}/worker/Dockerfile.worker',
      destinations: [
        { repository: '${CI_REGISTRY_IMAGE}/worker', tags: ['${CI_COMMIT_SHORT_SHA}'] },
        {
          repository: '${CI_REGISTRY_IMAGE}/worker',
          tags: ['${CI_COMMIT_REF_SLUG}'],
          when: 'other-branches',
        },
      ],
      runnerTags: ['saas-linux-large-amd64'],
      cacheRepository: '${CI_REGISTRY_IMAGE}/worker/cache',
      changes: ['worker/**/*', 'go.sum'],
      changesCompareTo: 'refs/heads/main',
      variables: [{ name: 'GODEBUG', value: 'http2client=0' }],
    },
    {
      name: 'docs',
      context: '${CI_PROJECT_DIR}/docs',
      dockerfile: '${CI_PROJECT_DIR}/docs/Dockerfile',
      destinations: [{ repository: 'docker.io/example/docs', tags: ['${CI_COMMIT_TAG}'], when: 'tag' }],
      exists: ['docs/Dockerfile'],
      needs: ['app-manifest'],
    },
  ],
  registries: {
    dependencyProxy: { enabled: true },
    extra: [
      {
        host: 'https://index.docker.io/v1/',
        usernameVariable: 'DOCKERHUB_USER',
        passwordVariable: 'DOCKERHUB_TOKEN',
      },
    ],
  },
  proxy: {
    http: 'http://proxy.example.com:3128',
    https: 'http://proxy.example.com:3128',
    noProxy: 'localhost,127.0.0.1,.example.com',
  },
  certificates: { enabled: true, registry: 'registry.example.com' },
  cache: { enabled: true, ttl: '168h', copyLayers: true },
  snapshot: { mode: 'redo' },
}

/** Two services from one repository, separate jobs, each built only when its directory changed. */
export const TWO_SERVICES_CHANGES: ConfigInput = {
  version: 2,
  pipeline: {
    layout: 'jobs',
    triggers: { on: ['default-branch', 'merge-request', 'tag'] },
  },
  images: [
    {
      name: 'api',
      context: '${CI_PROJECT_DIR}/api',
      dockerfile: '${CI_PROJECT_DIR}/api/Dockerfile',
      destinations: [
        { repository: '${CI_REGISTRY_IMAGE}/api', tags: ['${CI_COMMIT_SHORT_SHA}'] },
        { repository: '${CI_REGISTRY_IMAGE}/api', tags: ['latest'], when: 'default-branch' },
      ],
      changes: ['api/**/*'],
      changesCompareTo: 'refs/heads/main',
    },
    {
      name: 'web',
      context: '${CI_PROJECT_DIR}/web',
      dockerfile: '${CI_PROJECT_DIR}/web/Dockerfile',
      destinations: [
        { repository: '${CI_REGISTRY_IMAGE}/web', tags: ['${CI_COMMIT_SHORT_SHA}'] },
        { repository: '${CI_REGISTRY_IMAGE}/web', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
      ],
      changes: ['web/**/*'],
    },
  ],
}

/** Images that differ only in values, in one `parallel: matrix` job. */
export const MATRIX_VARIANTS: ConfigInput = {
  version: 2,
  pipeline: { layout: 'matrix', triggers: { on: ['tag'], tagPattern: '/^v\\d+\\.\\d+\\.\\d+$/' } },
  images: ['alpine', 'debian', 'ubi'].map((base) => ({
    name: `build-${base}`,
    dockerfile: `\${CI_PROJECT_DIR}/Dockerfile.${base}`,
    buildArgs: [{ name: 'BASE', value: base }],
    destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: [`\${CI_COMMIT_TAG}-${base}`] }],
  })),
}

/** Auth and CA forms: a whole config.json from a variable, helpers, literal user names, several CAs. */
export const AUTH_AND_CA_FORMS: ConfigInput = {
  version: 2,
  pipeline: { triggers: { on: ['tag', 'schedule', 'web'], manual: 'manual-allow-failure' } },
  images: [
    {
      destinations: [{ repository: '$IMAGE_REF' }],
      extraArgsVariable: 'KANIKO_EXTRA_ARGS',
    },
  ],
  registries: {
    gitlabAuth: 'config-json',
    dockerAuthConfig: { source: 'variable', merge: false },
    extra: [
      { host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', credentialHelper: 'ecr-login' },
      {
        host: 'europe-docker.pkg.dev',
        credentialHelper: 'gcr',
        googleCredentialsFileVariable: 'GCP_SERVICE_KEY',
      },
      {
        host: 'registry.example.com:5000',
        usernameLiteral: 'robot$project+ci',
        passwordVariable: 'ROBOT_TOKEN',
      },
    ],
  },
  certificates: {
    enabled: true,
    source: 'base64-variable',
    base64Variable: 'CA_BASE64',
    registry: 'registry.example.com:5000',
    more: [
      { source: 'file-variable', value: 'SECOND_CA' },
      { source: 'path', value: '/etc/gitlab-runner/certs/ca.crt', registry: 'mirror.example.com' },
    ],
  },
}
