import { OSSCONTAINERTOOLS_EXECUTOR } from '../../catalog/executors.ts'
import type { Case } from './case.ts'

const fork = { source: 'osscontainertools', tag: OSSCONTAINERTOOLS_EXECUTOR.defaultTag } as const
const proxy = 'http://proxy.example.com:3128'

/** Build args, stages, clean-up and extra flags. */
export const buildCases: Case[] = [
  {
    code: 'KC601',
    trigger: { build: { buildArgs: [{ name: 'GREETING', value: 'hello world' }] } },
    near: { build: { buildArgs: [{ name: 'GREETING', value: 'hello-${GITLAB_USER_NAME}' }] } },
    fields: ['build.buildArgs[0].value'],
    fixable: false,
  },
  {
    code: 'KC605',
    name: '--dockerfile .',
    trigger: { build: { dockerfile: '.' } },
    near: { build: { dockerfile: './.Dockerfile' } },
    fields: ['build.dockerfile'],
    fixed: (c) => c.build.dockerfile,
    fixedValue: './Dockerfile',
  },
  {
    code: 'KC605',
    name: 'a path ending in /',
    trigger: { build: { dockerfile: '${CI_PROJECT_DIR}/docker/' } },
    near: { build: { dockerfile: '${CI_PROJECT_DIR}/docker/Dockerfile.prod' } },
    fixed: (c) => c.build.dockerfile,
    fixedValue: '${CI_PROJECT_DIR}/docker/Dockerfile',
  },
  {
    code: 'KC605',
    name: 'the build context itself',
    trigger: { build: { context: '${CI_PROJECT_DIR}/app', dockerfile: '${CI_PROJECT_DIR}/app' } },
    near: { build: { context: '${CI_PROJECT_DIR}/app', dockerfile: '${CI_PROJECT_DIR}/app.Dockerfile' } },
    fixed: (c) => c.build.dockerfile,
    fixedValue: '${CI_PROJECT_DIR}/app/Dockerfile',
  },
  {
    code: 'KC606',
    name: 'two labels of the user: the earlier one goes, the image keeps the value it has today',
    trigger: {
      build: {
        labels: [
          { key: 'maintainer', value: 'old@example.com' },
          { key: 'team', value: 'build' },
          { key: 'maintainer', value: 'new@example.com' },
        ],
      },
    },
    near: {
      build: {
        labels: [
          { key: 'maintainer', value: 'old@example.com' },
          { key: 'Maintainer', value: 'new@example.com' },
        ],
      },
    },
    fields: ['build.labels[0].key', 'build.labels[2].key'],
    fixed: (c) => c.build.labels,
    fixedValue: [
      { key: 'team', value: 'build' },
      { key: 'maintainer', value: 'new@example.com' },
    ],
  },
  {
    code: 'KC606',
    name: 'an OCI label replaces the user’s: keep the user’s value and the other OCI labels',
    trigger: {
      build: { ociLabels: true, labels: [{ key: 'org.opencontainers.image.version', value: '2.1.0' }] },
    },
    near: {
      build: { ociLabels: false, labels: [{ key: 'org.opencontainers.image.version', value: '2.1.0' }] },
    },
    fields: ['build.labels[0].key', 'build.ociLabels'],
    fixed: (c) => [c.build.ociLabels, c.build.labels.map((l) => `${l.key}=${l.value}`)],
    fixedValue: [
      false,
      [
        'org.opencontainers.image.version=2.1.0',
        'org.opencontainers.image.title=${CI_PROJECT_TITLE}',
        'org.opencontainers.image.source=${CI_PROJECT_URL}',
        'org.opencontainers.image.url=${CI_PROJECT_URL}',
        'org.opencontainers.image.revision=${CI_COMMIT_SHA}',
        'org.opencontainers.image.created=${CI_JOB_STARTED_AT}',
      ],
    ],
  },
  {
    code: 'KC602',
    trigger: {
      build: {
        buildArgs: [
          { name: 'VERSION', value: '1' },
          { name: 'VERSION', value: '2' },
        ],
      },
    },
    near: {
      build: {
        buildArgs: [
          { name: 'VERSION', value: '1' },
          { name: 'REVISION', value: '2' },
        ],
      },
    },
    fields: ['build.buildArgs[0].name', 'build.buildArgs[1].name'],
    fixed: (c) => c.build.buildArgs,
    fixedValue: [{ name: 'VERSION', value: '2', fromEnvironment: false }],
  },
  {
    code: 'KC602',
    name: 'a build arg the proxy settings already pass',
    trigger: {
      proxy: { http: proxy, https: proxy, noProxy: 'localhost' },
      build: { buildArgs: [{ name: 'https_proxy', value: proxy }] },
    },
    near: {
      proxy: { http: proxy, https: proxy, noProxy: 'localhost', buildArgs: false },
      build: { buildArgs: [{ name: 'https_proxy', value: proxy }] },
    },
    fields: ['build.buildArgs[0].name', 'proxy.https'],
    fixed: (c) => c.build.buildArgs,
    fixedValue: [],
  },
  {
    code: 'KC603',
    trigger: { build: { target: 'runtime' } },
    near: { executor: fork, build: { target: 'runtime' } },
    fields: ['build.skipUnusedStages', 'build.target'],
    fixed: (c) => c.build.skipUnusedStages,
    fixedValue: true,
  },
  {
    code: 'KC604',
    trigger: { advanced: { cleanup: true } },
    near: { advanced: { reproducible: true } },
    fields: ['advanced.cleanup'],
    fixed: (c) => c.advanced.cleanup,
    fixedValue: false,
  },
  {
    code: 'KC610',
    trigger: { advanced: { extraFlags: ['--cache=true', '--image-fs-extract-retry=2'] } },
    near: { advanced: { extraFlags: ['--image-fs-extract-retry=2'] } },
    fields: ['advanced.extraFlags[0]', 'cache.enabled'],
    fixed: (c) => [c.cache.enabled, c.advanced.extraFlags],
    fixedValue: [true, ['--image-fs-extract-retry=2']],
  },
  {
    code: 'KC610',
    name: 'a destination as two entries',
    trigger: { advanced: { extraFlags: ['-d', '${CI_REGISTRY_IMAGE}:latest'] } },
    near: { advanced: { extraFlags: ['--oci-layout-path', '/tmp/layout'] } },
    fields: ['advanced.extraFlags[0]', 'destinations'],
    fixed: (c) => [c.destinations, c.advanced.extraFlags],
    fixedValue: [
      [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}', 'latest'], when: 'always' }],
      [],
    ],
  },
  {
    code: 'KC610',
    name: 'a value the form cannot hold: no fix',
    trigger: { advanced: { extraFlags: ['--verbosity=$LOG_LEVEL'] } },
    near: { advanced: { extraFlags: ['--kaniko-dir=/kaniko'] } },
    fixable: false,
  },
  {
    code: 'KC611',
    trigger: { advanced: { extraFlags: ['--cahce-ttl=24h'] } },
    near: { advanced: { extraFlags: ['--cache-dir=/cache'] } },
    fields: ['advanced.extraFlags[0]'],
    fixed: (c) => c.advanced.extraFlags,
    fixedValue: ['--cache-ttl=24h'],
  },
  {
    code: 'KC611',
    name: 'nothing close: no fix',
    trigger: { advanced: { extraFlags: ['--frobnicate'] } },
    near: { advanced: { extraFlags: ['--force'] } },
    fixable: false,
  },
  {
    code: 'KC612',
    trigger: { advanced: { extraFlags: ['--preserve-context'] } },
    near: { executor: fork, advanced: { extraFlags: ['--preserve-context'] } },
    fields: ['advanced.extraFlags[0]', 'executor.tag'],
    fixed: (c) => c.executor.source,
    fixedValue: 'osscontainertools',
  },
  {
    code: 'KC613',
    trigger: { advanced: { extraFlags: ['--whitelist-var-run=false'] } },
    near: { advanced: { extraFlags: ['--ignore-var-run=false'] } },
    fields: ['advanced.extraFlags[0]'],
    fixed: (c) => c.advanced.extraFlags,
    fixedValue: ['--ignore-var-run=false'],
  },
  {
    code: 'KC613',
    name: 'not before the new name exists',
    trigger: { executor: { tag: 'v1.23.2-debug' }, advanced: { extraFlags: ['--snapshotMode=redo'] } },
    near: { executor: { tag: 'v1.9.0-debug' }, advanced: { extraFlags: ['--snapshotMode=redo'] } },
    fixed: (c) => c.advanced.extraFlags,
    fixedValue: ['--snapshot-mode=redo'],
  },
  {
    code: 'KC614',
    trigger: { advanced: { extraFlags: ['--cache-dir /cache'] } },
    near: { advanced: { extraFlags: ['--label=maintainer=Jane Doe'] } },
    fields: ['advanced.extraFlags[0]'],
    fixed: (c) => c.advanced.extraFlags,
    fixedValue: ['--cache-dir', '/cache'],
  },
  {
    code: 'KC614',
    name: 'two flags in one entry',
    trigger: { advanced: { extraFlags: ['--no-push-cache=true --image-fs-extract-retry=2'] } },
    near: { advanced: { extraFlags: ['--no-push-cache=true', '--image-fs-extract-retry=2'] } },
    fixed: (c) => c.advanced.extraFlags,
    fixedValue: ['--no-push-cache=true', '--image-fs-extract-retry=2'],
  },
  {
    code: 'KC615',
    trigger: { advanced: { extraFlags: ['--cache-dir'] } },
    near: { advanced: { extraFlags: ['--cache-dir', '/cache'] } },
    fields: ['advanced.extraFlags[0]'],
    fixable: false,
  },
  {
    code: 'KC615',
    name: 'a flag swallowed as a value (corpus 18)',
    trigger: { advanced: { extraFlags: ['--kaniko-dir', '--force'] } },
    near: { advanced: { extraFlags: ['--kaniko-dir=/kaniko', '--force'] } },
    fields: ['advanced.extraFlags[0]', 'advanced.extraFlags[1]'],
    fixable: false,
  },
  {
    code: 'KC615',
    name: 'not a number',
    trigger: { advanced: { extraFlags: ['--image-fs-extract-retry=many'] } },
    near: { advanced: { extraFlags: ['--image-fs-extract-retry=$RETRIES'] } },
    fixable: false,
  },
  {
    code: 'KC616',
    trigger: { advanced: { extraFlags: ['--force', 'true'] } },
    near: { advanced: { extraFlags: ['--force=true'] } },
    fields: ['advanced.extraFlags[1]'],
    fixed: (c) => c.advanced.extraFlags,
    fixedValue: ['--force=true'],
  },
  {
    code: 'KC616',
    name: 'a bare word',
    trigger: { advanced: { extraFlags: ['build'] } },
    near: { advanced: { extraFlags: ['$EXTRA_KANIKO_ARGS'] } },
    fixable: false,
  },
  {
    code: 'KC617',
    trigger: { advanced: { extraFlags: ['--cleanup', '${KANIKO_ADDITIONAL_ARGS}'] } },
    near: { advanced: { extraFlags: ['--cleanup'], extraArgsVariable: 'KANIKO_ADDITIONAL_ARGS' } },
    fields: ['advanced.extraFlags[1]', 'advanced.extraArgsVariable'],
    fixed: (c) => [c.advanced.extraFlags, c.advanced.extraArgsVariable],
    fixedValue: [['--cleanup'], 'KANIKO_ADDITIONAL_ARGS'],
  },
  {
    code: 'KC617',
    name: 'a variable as a flag’s value is one word, as meant',
    trigger: { advanced: { extraFlags: ['$EXTRA_ARGS'] } },
    near: { advanced: { extraFlags: ['--build-arg', '$EXTRA_ARGS', '--label=v=$EXTRA_ARGS'] } },
    fixed: (c) => c.advanced.extraArgsVariable,
    fixedValue: 'EXTRA_ARGS',
  },
  {
    code: 'KC617',
    name: 'the field already names another variable',
    trigger: { advanced: { extraFlags: ['$MORE_ARGS'], extraArgsVariable: 'KANIKO_ARGS' } },
    near: { advanced: { extraFlags: ['$MORE_ARGS/x'], extraArgsVariable: 'KANIKO_ARGS' } },
    fixable: false,
  },
]
