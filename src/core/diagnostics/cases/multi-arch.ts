import { OSSCONTAINERTOOLS_EXECUTOR } from '../../catalog/executors.ts'
import type { ConfigInputV1 } from '../../config/migrate-v1.ts'
import type { Case } from './case.ts'
import { hostedTags } from './case.ts'

const fork = { source: 'osscontainertools', tag: OSSCONTAINERTOOLS_EXECUTOR.defaultTag } as const
const multi = (extra: NonNullable<ConfigInputV1['multiArch']> = {}): ConfigInputV1['multiArch'] => ({
  enabled: true,
  ...extra,
})

export const multiArchCases: Case[] = [
  {
    code: 'KC501',
    trigger: { multiArch: multi({ platforms: [{ platform: 'linux/amd64' }, hostedTags.arm64] }) },
    near: { multiArch: multi({ platforms: [hostedTags.amd64, hostedTags.arm64] }) },
    fields: ['multiArch.platforms[0].runnerTags'],
    fixed: (c) => c.multiArch.platforms[0]?.runnerTags,
    fixedValue: ['saas-linux-small-amd64'],
  },
  {
    code: 'KC501',
    name: 'no hosted runner for the platform',
    trigger: {
      executor: fork,
      multiArch: multi({ platforms: [hostedTags.amd64, { platform: 'linux/s390x' }] }),
    },
    near: {
      executor: fork,
      multiArch: multi({ platforms: [hostedTags.amd64, { platform: 'linux/s390x', runnerTags: ['s390x'] }] }),
    },
    fixable: false,
  },
  {
    code: 'KC502',
    trigger: {
      multiArch: multi({ platforms: [hostedTags.amd64, { platform: 'linux/ppc64le', runnerTags: ['ppc'] }] }),
    },
    near: {
      executor: fork,
      multiArch: multi({ platforms: [hostedTags.amd64, { platform: 'linux/ppc64le', runnerTags: ['ppc'] }] }),
    },
    fields: ['multiArch.platforms[1].platform', 'executor.tag'],
    fixed: (c) => c.executor.source,
    fixedValue: 'osscontainertools',
  },
  {
    code: 'KC502',
    name: 'no debug image anywhere: remove the platform',
    trigger: {
      executor: fork,
      multiArch: multi({ platforms: [hostedTags.amd64, { platform: 'linux/arm/v7', runnerTags: ['arm'] }] }),
    },
    near: { executor: fork, multiArch: multi({ platforms: [hostedTags.amd64, hostedTags.arm64] }) },
    fixed: (c) => c.multiArch.platforms.map((p) => p.platform),
    fixedValue: ['linux/amd64'],
  },
  {
    code: 'KC503',
    trigger: { multiArch: multi({ manifestToolImage: 'mplatform/manifest-tool:latest' }) },
    near: { multiArch: multi({ manifestToolImage: 'mplatform/manifest-tool:alpine' }) },
    fields: ['multiArch.manifestToolImage'],
    fixed: (c) => c.multiArch.manifestToolImage,
    fixedValue: 'mplatform/manifest-tool:alpine',
  },
  {
    code: 'KC503',
    name: 'a pinned scratch image keeps its version',
    trigger: { multiArch: multi({ manifestToolImage: 'mplatform/manifest-tool:v2.2.1' }) },
    near: { multiArch: multi({ manifestToolImage: 'mplatform/manifest-tool:alpine-v2.2.1' }) },
    fixed: (c) => c.multiArch.manifestToolImage,
    fixedValue: 'mplatform/manifest-tool:alpine-v2.2.1',
  },
  {
    code: 'KC504',
    trigger: { multiArch: multi({ tagSuffix: '-OS' }) },
    near: { multiArch: multi({ tagSuffix: '-OS-ARCH' }) },
    fields: ['multiArch.tagSuffix', 'multiArch.platforms[0].platform', 'multiArch.platforms[1].platform'],
    fixed: (c) => c.multiArch.tagSuffix,
    fixedValue: '-ARCHVARIANT',
  },
  {
    code: 'KC504',
    name: 'two arm variants without VARIANT',
    trigger: {
      executor: fork,
      multiArch: multi({
        tagSuffix: '-ARCH',
        platforms: [
          hostedTags.arm64,
          { platform: 'linux/arm/v7', runnerTags: ['a'] },
          { platform: 'linux/arm/v6', runnerTags: ['b'] },
        ],
      }),
    },
    near: {
      executor: fork,
      multiArch: multi({
        tagSuffix: '-ARCH-VARIANT',
        platforms: [
          hostedTags.arm64,
          { platform: 'linux/arm/v7', runnerTags: ['a'] },
          { platform: 'linux/arm/v6', runnerTags: ['b'] },
        ],
      }),
    },
    fields: ['multiArch.tagSuffix', 'multiArch.platforms[1].platform', 'multiArch.platforms[2].platform'],
  },
  {
    code: 'KC505',
    trigger: { multiArch: multi({ platforms: [hostedTags.amd64], tagSuffix: '-build' }) },
    near: { multiArch: multi({ platforms: [hostedTags.amd64], tagSuffix: '-build-ARCH' }) },
    fields: ['multiArch.tagSuffix'],
    fixed: (c) => c.multiArch.tagSuffix,
    fixedValue: '-ARCHVARIANT',
  },
  {
    code: 'KC506',
    trigger: { multiArch: multi({ tagSuffix: '/ARCH' }) },
    near: { multiArch: multi({ tagSuffix: '_ARCH' }) },
    fields: ['multiArch.tagSuffix'],
    fixed: (c) => c.multiArch.tagSuffix,
    fixedValue: '-ARCHVARIANT',
  },
  {
    code: 'KC507',
    trigger: { multiArch: multi(), advanced: { noPush: true } },
    near: { multiArch: multi({ enabled: false }), advanced: { noPush: true } },
    fields: ['advanced.noPush', 'multiArch.enabled'],
    fixed: (c) => c.advanced.noPush,
    fixedValue: false,
  },
  {
    code: 'KC508',
    trigger: { multiArch: multi(), advanced: { customPlatform: 'linux/arm64' } },
    near: { advanced: { customPlatform: 'linux/arm64' } },
    fields: ['advanced.customPlatform', 'multiArch.enabled'],
    fixed: (c) => c.advanced.customPlatform,
    fixedValue: '',
  },
  {
    code: 'KC510',
    trigger: {
      multiArch: multi(),
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['OSX-${CI_COMMIT_TAG}'] }],
    },
    near: {
      multiArch: multi(),
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['osx-${CI_COMMIT_TAG}'] }],
    },
    fields: ['destinations[0].tags[0]'],
    fixed: (c) => c.destinations[0]?.tags,
    fixedValue: ['osx-${CI_COMMIT_TAG}'],
  },
]
