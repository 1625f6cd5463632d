import { OSSCONTAINERTOOLS_EXECUTOR } from '../../catalog/executors.ts'
import type { Case } from './case.ts'

const fork = { source: 'osscontainertools', tag: OSSCONTAINERTOOLS_EXECUTOR.defaultTag } as const

export const executorCases: Case[] = [
  {
    code: 'KC101',
    trigger: { executor: { tag: 'v1.24.0' } },
    near: { executor: { tag: 'v1.24.0-debug' } },
    fields: ['executor.tag'],
    fixed: (c) => c.executor.tag,
    fixedValue: 'v1.24.0-debug',
  },
  {
    code: 'KC101',
    name: 'slim image of the fork',
    trigger: { executor: { ...fork, tag: 'v1.28.3-slim' } },
    near: { executor: fork },
    fixed: (c) => c.executor.tag,
    fixedValue: 'v1.28.3-debug',
  },
  {
    code: 'KC101',
    name: 'custom reference to a known repository',
    trigger: { executor: { source: 'custom', customImage: 'gcr.io/kaniko-project/executor:v1.23.2' } },
    near: { executor: { source: 'custom', customImage: 'registry.example.com/tools/kaniko:v1.23.2' } },
    fields: ['executor.customImage'],
    fixed: (c) => c.executor.customImage,
    fixedValue: 'gcr.io/kaniko-project/executor:v1.23.2-debug',
  },
  {
    code: 'KC102',
    trigger: { executor: { overrideEntrypoint: false } },
    near: { executor: { overrideEntrypoint: true } },
    fields: ['executor.overrideEntrypoint'],
    fixed: (c) => c.executor.overrideEntrypoint,
    fixedValue: true,
  },
  {
    code: 'KC103',
    trigger: { executor: { tag: 'v1.8.1-debug' } },
    near: { executor: { tag: 'v1.9.0-debug' } },
    fields: ['executor.tag'],
    fixed: (c) => c.executor.tag,
    fixedValue: 'v1.24.0-debug',
  },
  {
    code: 'KC103',
    name: 'old debug-vX.Y.Z tag scheme',
    trigger: { executor: { tag: 'debug-v0.20.0' } },
    near: { executor: { tag: 'v1.14.0-debug' } },
  },
  {
    code: 'KC104',
    trigger: { executor: { tag: 'debug' } },
    near: { executor: { tag: 'v1.23.2-debug' } },
    fields: ['executor.tag'],
    fixed: (c) => c.executor.tag,
    fixedValue: 'v1.24.0-debug',
  },
  {
    code: 'KC104',
    name: 'custom image without a tag',
    trigger: { executor: { source: 'custom', customImage: 'registry.example.com/tools/kaniko' } },
    near: {
      executor: {
        source: 'custom',
        customImage: `registry.example.com/tools/kaniko@sha256:${'a1'.repeat(32)}`,
      },
    },
    fixable: false,
  },
  {
    code: 'KC105',
    trigger: { executor: { source: 'google', tag: 'v1.24.0-debug' } },
    near: { executor: fork },
    fields: ['executor.source'],
    fixed: (c) => [c.executor.source, c.executor.tag],
    fixedValue: ['osscontainertools', OSSCONTAINERTOOLS_EXECUTOR.defaultTag],
  },
  {
    code: 'KC106',
    trigger: { executor: { tag: 'v1.9.0-debug' }, snapshot: { mode: 'redo' } },
    near: { executor: { tag: 'v1.9.1-debug' }, snapshot: { mode: 'redo' } },
    fields: ['snapshot.mode', 'executor.tag'],
    fixed: (c) => c.executor.tag,
    fixedValue: 'v1.24.0-debug',
  },
  {
    code: 'KC106',
    name: '--image-download-retry before v1.19.0',
    trigger: { executor: { tag: 'v1.14.0-debug' }, advanced: { imageDownloadRetry: 3 } },
    near: { executor: { tag: 'v1.19.2-debug' }, advanced: { imageDownloadRetry: 3 } },
  },
  {
    code: 'KC106',
    name: 'an extra flag before its version',
    trigger: {
      executor: { tag: 'v1.20.1-debug' },
      advanced: { extraFlags: ['--registry-map=docker.io=mirror.gcr.io'] },
    },
    near: {
      executor: { tag: 'v1.21.1-debug' },
      advanced: { extraFlags: ['--registry-map=docker.io=mirror.gcr.io'] },
    },
    fields: ['advanced.extraFlags[0]', 'executor.tag'],
  },
  {
    code: 'KC107',
    trigger: { executor: { source: 'custom', customImage: '' } },
    near: { executor: { source: 'custom', customImage: 'gcr.io/kaniko-project/executor:v1.24.0-debug' } },
    fields: ['executor.customImage'],
    fixed: (c) => c.executor.source,
    fixedValue: 'osscontainertools',
  },
  {
    code: 'KC108',
    trigger: { executor: { tagVariable: 'KANIKO_VERSION' } },
    near: { executor: { tag: 'v1.24.0-debug' } },
    fields: ['executor.tagVariable'],
    fixable: false,
  },
]
