import { OSSCONTAINERTOOLS_EXECUTOR } from '../../catalog/executors.ts'
import { compareVersions } from '../../catalog/version.ts'
import type { ImageView } from '../../config/image-view.ts'
import type { Context } from '../context.ts'
import { edit } from '../lib/edit.ts'
import {
  type ExecutorImage,
  formatVersion,
  useMaintainedFork,
  type Version,
  withExecutorTag,
} from '../lib/executor-image.ts'
import { flagByName } from '../lib/flags.ts'
import { defineRule } from '../types.ts'

/** Executor image: shell, entrypoint, version, pinning, the archived upstream. */

const V190: Version = [1, 9, 0]

function imageText(image: ExecutorImage, config: ImageView): string {
  return config.executor.source === 'custom'
    ? config.executor.customImage
    : `${image.repository}:${image.tag}`
}

/** The debug tag of the same version when it is new enough, else the family's default. */
function debugTagFor(image: ExecutorImage): string | null {
  if (!image.family) return null
  const version = image.info?.version
  if (version && compareVersions(version, V190) >= 0) return `${formatVersion(version)}-debug`
  return image.family.defaultTag
}

const setTag = (tag: string) => (config: ImageView) => edit(config, (draft) => withExecutorTag(draft, tag))

const notDebug = defineRule({
  code: 'KC101',
  name: 'executor-not-debug',
  severity: 'error',
  check: ({ config, executor }) => {
    if (!executor.family || !executor.info || executor.info.debug) return []
    const tag = debugTagFor(executor)
    return [
      {
        fields: [executor.field],
        params: { image: imageText(executor, config), tag: tag ?? '' },
        ...(tag ? { fix: setTag(tag) } : {}),
      },
    ]
  },
})

const entrypoint = defineRule({
  code: 'KC102',
  name: 'entrypoint-not-overridden',
  severity: 'error',
  check: ({ config }) =>
    config.executor.overrideEntrypoint
      ? []
      : [
          {
            fields: ['executor.overrideEntrypoint'],
            params: {},
            fix: (c) =>
              edit(c, (draft) => {
                draft.executor.overrideEntrypoint = true
              }),
          },
        ],
})

const tooOld = defineRule({
  code: 'KC103',
  name: 'executor-too-old',
  severity: 'error',
  check: ({ config, executor, version }) => {
    if (!version || !executor.family || compareVersions(version, V190) >= 0) return []
    const tag = executor.family.defaultTag
    return [
      {
        fields: [executor.field],
        params: { image: imageText(executor, config), version: formatVersion(version), tag },
        fix: setTag(tag),
      },
    ]
  },
})

const unpinned = defineRule({
  code: 'KC104',
  name: 'executor-unpinned',
  severity: 'warning',
  check: ({ config, executor }) => {
    if (!executor.info?.floating || executor.digest !== '') return []
    const tag = executor.family?.defaultTag ?? ''
    return [
      {
        fields: [executor.field],
        params: { image: imageText(executor, config), tag },
        ...(tag ? { fix: setTag(tag) } : {}),
      },
    ]
  },
})

const archived = defineRule({
  code: 'KC105',
  name: 'executor-archived',
  severity: 'info',
  check: ({ config, executor }) => {
    if (!executor.family?.archived) return []
    const fork = `${OSSCONTAINERTOOLS_EXECUTOR.repository}:${OSSCONTAINERTOOLS_EXECUTOR.defaultTag}`
    return [
      {
        fields: ['executor.source'],
        params: { image: imageText(executor, config), fork },
        fix: (c: ImageView) => edit(c, useMaintainedFork),
      },
    ]
  },
})

/** Form fields whose flag appeared after v1.9.0, and whether the config emits it. */
const VERSIONED_FIELDS: readonly (readonly [string, string, (c: ImageView) => boolean])[] = [
  ['snapshot-mode', 'snapshot.mode', (c) => c.snapshot.mode !== 'default'],
  ['custom-platform', 'advanced.customPlatform', (c) => c.advanced.customPlatform !== ''],
  ['tar-path', 'advanced.tarPath', (c) => c.advanced.tarPath !== ''],
  ['compression', 'advanced.compression', (c) => c.advanced.compression !== 'default'],
  [
    'skip-push-permission-check',
    'advanced.skipPushPermissionCheck',
    (c) => c.advanced.skipPushPermissionCheck,
  ],
  ['image-download-retry', 'advanced.imageDownloadRetry', (c) => c.advanced.imageDownloadRetry > 0],
]

/** The flags the config emits that need a given version, with the field that emits each. */
export function versionedFlags(context: Context): { flag: string; since: Version; field: string }[] {
  const out: { flag: string; since: Version; field: string }[] = []
  for (const [name, field, emitted] of VERSIONED_FIELDS) {
    const since = flagByName(name)?.since
    if (since && emitted(context.config)) out.push({ flag: `--${name}`, since, field })
  }
  for (const arg of context.extraArgs) {
    if (arg.kind === 'flag' && arg.spec?.since) {
      out.push({ flag: arg.written, since: arg.spec.since, field: `advanced.extraFlags[${arg.index}]` })
    }
  }
  return out
}

const needsNewer = defineRule({
  code: 'KC106',
  name: 'flag-needs-newer-executor',
  severity: 'error',
  check: (context) => {
    const { version, executor } = context
    if (!version || !executor.family) return []
    const tag = executor.family.defaultTag
    return versionedFlags(context)
      .filter(({ since }) => compareVersions(version, since) < 0)
      .map(({ flag, since, field }) => ({
        fields: [field, executor.field],
        params: { flag, since: formatVersion(since), version: formatVersion(version), tag },
        fix: setTag(tag),
      }))
  },
})

const customEmpty = defineRule({
  code: 'KC107',
  name: 'custom-image-empty',
  severity: 'error',
  // Any image at all brings the image checks (platforms, flags) that an empty one skips.
  verifyFix: true,
  check: ({ config }) =>
    config.executor.source === 'custom' && config.executor.customImage.trim() === ''
      ? [{ fields: ['executor.customImage'], params: {}, fix: (c) => edit(c, useMaintainedFork) }]
      : [],
})

/** A tag from a variable is accepted, but every check of the tag is off; say so once. */
const tagFromVariable = defineRule({
  code: 'KC108',
  name: 'executor-tag-from-variable',
  severity: 'info',
  check: ({ config }) =>
    config.executor.source !== 'custom' && config.executor.tagVariable !== ''
      ? [{ fields: ['executor.tagVariable'], params: { variable: config.executor.tagVariable } }]
      : [],
})

export const executorRules = [
  notDebug,
  entrypoint,
  tooOld,
  unpinned,
  archived,
  needsNewer,
  customEmpty,
  tagFromVariable,
]
