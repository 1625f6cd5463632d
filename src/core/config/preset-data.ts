import type { PresetName } from './preset-names.ts'
import type { ConfigInput } from './schema.ts'

// Data only, without imports: the page loads this module on demand, and an import of shared code
// would make the bundler split that code out of the first chunk. presets.test.ts checks the tags
// against the catalog.
/** Starting points offered at the top of the page and by `kanikoconfig generate --preset`. */
export const PRESETS = {
  /** The example of GitLab's document, exactly: v1.14.0-debug, one destination, tag pipelines only. */
  'gitlab-docs': {
    version: 2,
    executor: { source: 'google', tag: 'v1.14.0-debug' },
    output: { comments: false, stagesBlock: false, header: false },
  },
  /** Builds on the default branch and tags, pushing commit, branch and latest tags. */
  'default-branch': {
    version: 2,
    pipeline: { triggers: { on: ['default-branch', 'tag'] } },
    images: [
      {
        destinations: [
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}', '${CI_COMMIT_REF_SLUG}'] },
        ],
      },
    ],
  },
  /** Base images pulled through GitLab's Dependency Proxy (the document's config.json, port stripped). */
  'dependency-proxy': {
    version: 2,
    registries: { dependencyProxy: { enabled: true } },
  },
  /** A runner behind an HTTP(S) proxy: job variables for kaniko itself and build args for RUN steps. */
  'behind-proxy': {
    version: 2,
    proxy: {
      http: 'http://proxy.example.com:3128',
      https: 'http://proxy.example.com:3128',
      noProxy: 'localhost,127.0.0.1,.example.com',
    },
  },
  /** A registry signed by a private CA, from a File-type CI/CD variable. */
  'custom-ca': {
    version: 2,
    certificates: { enabled: true, source: 'file-variable', fileVariable: 'CUSTOM_CA_CERT' },
  },
  /** One build per architecture on GitLab.com's hosted runners, joined by manifest-tool. */
  'multi-arch': {
    version: 2,
    images: [{ multiArch: { enabled: true } }],
  },
  /** Layer cache in the project's registry, with the faster snapshot mode. */
  cached: {
    version: 2,
    cache: { enabled: true, repository: '${CI_REGISTRY_IMAGE}/cache', ttl: '168h', copyLayers: true },
    snapshot: { mode: 'redo' },
  },
  /**
   * Every block on, over three images: the first sets every build field (multi-arch, two registries),
   * the others their own directories, Dockerfiles, `changes`, runner tags, cache repository and tags
   * by pipeline; shared: the maintained fork, proxy, CA, Dependency Proxy, Docker Hub, cache, options.
   */
  'kitchen-sink': {
    version: 2,
    executor: { source: 'osscontainertools', tag: 'v1.28.3-debug' },
    pipeline: { layout: 'extends', triggers: { on: ['default-branch', 'tag', 'merge-request'] } },
    images: [
      {
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
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}', '${CI_COMMIT_REF_SLUG}'] },
          { repository: 'docker.io/example/app', tags: ['${CI_COMMIT_SHORT_SHA}'] },
        ],
        multiArch: { enabled: true },
        extraFlags: ['--image-fs-extract-retry=2'],
      },
      {
        name: 'worker',
        context: '${CI_PROJECT_DIR}/worker',
        dockerfile: '${CI_PROJECT_DIR}/worker/Dockerfile.worker',
        buildArgs: [{ name: 'APP_VERSION', value: '${CI_COMMIT_SHORT_SHA}' }],
        destinations: [
          { repository: '${CI_REGISTRY_IMAGE}/worker', tags: ['${CI_COMMIT_SHORT_SHA}'] },
          { repository: '${CI_REGISTRY_IMAGE}/worker', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
          { repository: '${CI_REGISTRY_IMAGE}/worker', tags: ['latest'], when: 'default-branch' },
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
        destinations: [
          { repository: '${CI_REGISTRY_IMAGE}/docs', tags: ['${CI_COMMIT_REF_SLUG}'], when: 'not-tag' },
          { repository: '${CI_REGISTRY_IMAGE}/docs', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
        ],
        changes: ['docs/**/*'],
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
  },
  /** Three images from three directories of one repository, each built only when its directory changed. */
  monorepo: {
    version: 2,
    pipeline: { layout: 'extends', triggers: { on: ['default-branch', 'merge-request', 'tag'] } },
    images: [
      {
        name: 'api',
        context: '${CI_PROJECT_DIR}/services/api',
        dockerfile: '${CI_PROJECT_DIR}/services/api/Dockerfile',
        changes: ['services/api/**/*'],
        destinations: [{ repository: '${CI_REGISTRY_IMAGE}/api', tags: ['${CI_COMMIT_SHORT_SHA}'] }],
      },
      {
        name: 'web',
        context: '${CI_PROJECT_DIR}/services/web',
        dockerfile: '${CI_PROJECT_DIR}/services/web/Dockerfile',
        changes: ['services/web/**/*'],
        destinations: [{ repository: '${CI_REGISTRY_IMAGE}/web', tags: ['${CI_COMMIT_SHORT_SHA}'] }],
      },
      {
        name: 'worker',
        context: '${CI_PROJECT_DIR}/services/worker',
        dockerfile: '${CI_PROJECT_DIR}/services/worker/Dockerfile',
        changes: ['services/worker/**/*'],
        destinations: [{ repository: '${CI_REGISTRY_IMAGE}/worker', tags: ['${CI_COMMIT_SHORT_SHA}'] }],
      },
    ],
  },
  /** Three images that differ only in values (directory, repository): one job with parallel:matrix. */
  matrix: {
    version: 2,
    pipeline: { layout: 'matrix', triggers: { on: ['default-branch', 'tag'] } },
    images: ['api', 'web', 'worker'].map((name) => ({
      name,
      context: `\${CI_PROJECT_DIR}/services/${name}`,
      dockerfile: `\${CI_PROJECT_DIR}/services/${name}/Dockerfile`,
      destinations: [{ repository: `\${CI_REGISTRY_IMAGE}/${name}`, tags: ['${CI_COMMIT_SHORT_SHA}'] }],
    })),
  },
  /** Builds every branch under its short commit SHA; a version tag retags that image with crane. */
  'release-by-retag': {
    version: 2,
    pipeline: { triggers: { on: ['branch'], tagPattern: '/^v\\d+\\.\\d+\\.\\d+$/' } },
    images: [{ destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}'] }] }],
    release: { enabled: true, toTags: ['${CI_COMMIT_TAG}', 'latest'] },
  },
  /** The version on tag pipelines, `latest` only on the default branch, the branch slug elsewhere. */
  'version-tags': {
    version: 2,
    pipeline: { triggers: { on: ['tag', 'branch'] } },
    images: [
      {
        destinations: [
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['latest'], when: 'default-branch' },
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_REF_SLUG}'], when: 'other-branches' },
        ],
      },
    ],
  },
} as const satisfies Record<PresetName, ConfigInput>
