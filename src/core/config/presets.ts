import { DOCUMENT_EXECUTOR_TAG, OSSCONTAINERTOOLS_EXECUTOR } from '../catalog/executors.ts'
import { parseConfigOrThrow } from './parse.ts'
import type { Config, ConfigInput } from './schema.ts'

/** Starting points offered at the top of the page and by `kanikoconfig generate --preset`. */
export const PRESETS = {
  /** The example of GitLab's document, exactly: v1.14.0-debug, one destination, tag pipelines only. */
  'gitlab-docs': {
    executor: { source: 'google', tag: DOCUMENT_EXECUTOR_TAG },
    output: { comments: false, stagesBlock: false, header: false },
  },
  /** Builds on the default branch and tags, pushing commit, branch and latest tags. */
  'default-branch': {
    job: { triggers: ['default-branch', 'tag'] },
    destinations: [
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}', '${CI_COMMIT_REF_SLUG}'] },
    ],
  },
  /** Base images pulled through GitLab's Dependency Proxy (the document's config.json, port stripped). */
  'dependency-proxy': {
    registries: { dependencyProxy: { enabled: true } },
  },
  /** A runner behind an HTTP(S) proxy: job variables for kaniko itself and build args for RUN steps. */
  'behind-proxy': {
    proxy: {
      http: 'http://proxy.example.com:3128',
      https: 'http://proxy.example.com:3128',
      noProxy: 'localhost,127.0.0.1,.example.com',
    },
  },
  /** A registry signed by a private CA, from a File-type CI/CD variable. */
  'custom-ca': {
    certificates: { enabled: true, source: 'file-variable', fileVariable: 'CUSTOM_CA_CERT' },
  },
  /** One build per architecture on GitLab.com's hosted runners, joined by manifest-tool. */
  'multi-arch': {
    multiArch: { enabled: true },
  },
  /** Layer cache in the project's registry, with the faster snapshot mode. */
  cached: {
    cache: { enabled: true, repository: '${CI_REGISTRY_IMAGE}/cache', ttl: '168h', copyLayers: true },
    snapshot: { mode: 'redo' },
  },
  /** Every block on: the maintained fork, proxy, CA, Dependency Proxy, Docker Hub, multi-arch, cache, options. */
  'kitchen-sink': {
    executor: { source: 'osscontainertools', tag: OSSCONTAINERTOOLS_EXECUTOR.defaultTag },
    job: { triggers: ['default-branch', 'tag', 'merge-request'] },
    build: {
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
    },
    destinations: [
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}', '${CI_COMMIT_REF_SLUG}'] },
      { repository: 'docker.io/example/app', tags: ['${CI_COMMIT_SHORT_SHA}'] },
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
    multiArch: { enabled: true },
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
      extraFlags: ['--image-fs-extract-retry=2'],
    },
  },
} as const satisfies Record<string, ConfigInput>

export type PresetName = keyof typeof PRESETS
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[]

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name)
}

/** The complete config of a preset (validated: presets are covered by tests). */
export function presetConfig(name: PresetName): Config {
  return parseConfigOrThrow(structuredClone(PRESETS[name]))
}
