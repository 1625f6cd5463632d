import { OSSCONTAINERTOOLS_EXECUTOR } from '../../catalog/executors.ts'
import { DEFAULT_MANIFEST_TOOL_IMAGE, MANIFEST_TOOL_IMAGES } from '../../catalog/manifest-tool.ts'
import { GITLAB_HOSTED_RUNNER_TAGS } from '../../catalog/platforms.ts'
import { splitImageReference } from '../../catalog/version.ts'
import type { ImageView } from '../../config/image-view.ts'
import { expandPlatformTemplate } from '../../generate/platform-tags.ts'
import type { Context } from '../context.ts'
import { edit } from '../lib/edit.ts'
import { useMaintainedFork } from '../lib/executor-image.ts'
import { expandWith, literalText, mapLiterals } from '../lib/shell.ts'
import { defineRule } from '../types.ts'

/** Multi-architecture builds: runners, images per platform, manifest-tool, per-platform tags. */

const DEFAULT_SUFFIX = '-ARCHVARIANT'

const onlyMultiArch =
  <T>(check: (context: Context) => T[]) =>
  (context: Context): T[] =>
    context.config.multiArch.enabled ? check(context) : []

const setSuffix = (c: ImageView) =>
  edit(c, (draft) => {
    draft.multiArch.tagSuffix = DEFAULT_SUFFIX
  })

const withoutRunnerTags = defineRule({
  code: 'KC501',
  name: 'platform-without-runner-tags',
  severity: 'warning',
  check: onlyMultiArch(({ config }) =>
    config.multiArch.platforms.flatMap(({ platform, runnerTags }, i) => {
      if (runnerTags.length > 0) return []
      const hosted = GITLAB_HOSTED_RUNNER_TAGS[platform]
      return [
        {
          fields: [`multiArch.platforms[${i}].runnerTags`],
          params: { platform, tags: hosted?.join(', ') ?? '' },
          ...(hosted
            ? {
                fix: (c: ImageView) =>
                  edit(c, (draft) => {
                    const entry = draft.multiArch.platforms[i]
                    if (entry?.platform === platform) entry.runnerTags = [...hosted]
                  }),
              }
            : {}),
        },
      ]
    }),
  ),
})

const withoutDebugImage = defineRule({
  code: 'KC502',
  name: 'platform-without-debug-image',
  severity: 'error',
  check: onlyMultiArch(({ config, executor }) => {
    const family = executor.family
    if (!family) return []
    const { platforms } = config.multiArch
    return platforms.flatMap(({ platform }, i) => {
      if (family.debugPlatforms.includes(platform)) return []
      const forkHasIt =
        family !== OSSCONTAINERTOOLS_EXECUTOR && OSSCONTAINERTOOLS_EXECUTOR.debugPlatforms.includes(platform)
      const action = forkHasIt ? 'fork' : platforms.length > 1 ? 'remove' : ''
      const fix =
        action === 'fork'
          ? (c: ImageView) => edit(c, useMaintainedFork)
          : action === 'remove'
            ? (c: ImageView) =>
                edit(c, (draft) => {
                  if (draft.multiArch.platforms[i]?.platform === platform)
                    draft.multiArch.platforms.splice(i, 1)
                })
            : undefined
      return [
        {
          fields: [`multiArch.platforms[${i}].platform`, executor.field],
          params: { platform, repository: executor.repository, action },
          ...(fix ? { fix } : {}),
        },
      ]
    })
  }),
})

const MANIFEST_TOOL_REPOSITORIES = ['mplatform/manifest-tool', 'docker.io/mplatform/manifest-tool']

/** The image with a shell to use instead, or null when the image has one (or is not known). */
function manifestToolWithShell(reference: string): string | null {
  const known = MANIFEST_TOOL_IMAGES.find((image) => image.reference === reference)
  if (known) return known.hasShell ? null : alpineOf(reference)
  if (reference.includes('$')) return null
  const { repository, tag } = splitImageReference(reference)
  if (!MANIFEST_TOOL_REPOSITORIES.includes(repository) || tag.startsWith('alpine')) return null
  return alpineOf(reference)
}

/** `:v2.2.1` has an `:alpine-v2.2.1` twin; anything else takes the default. */
function alpineOf(reference: string): string {
  const { repository, tag } = splitImageReference(reference)
  return /^v\d/.test(tag) ? `${repository}:alpine-${tag}` : DEFAULT_MANIFEST_TOOL_IMAGE
}

const manifestToolShell = defineRule({
  code: 'KC503',
  name: 'manifest-tool-no-shell',
  severity: 'error',
  check: onlyMultiArch(({ config }) => {
    const image = config.multiArch.manifestToolImage
    const replacement = manifestToolWithShell(image)
    if (replacement === null) return []
    return [
      {
        fields: ['multiArch.manifestToolImage'],
        params: { image, replacement },
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            draft.multiArch.manifestToolImage = replacement
          }),
      },
    ]
  }),
})

/** The per-platform tag suffix of every platform, as manifest-tool will compute it. */
function platformSuffixes(config: ImageView): { platform: string; index: number; suffix: string }[] {
  return config.multiArch.platforms.map(({ platform }, index) => ({
    platform,
    index,
    suffix: expandPlatformTemplate(config.multiArch.tagSuffix, platform),
  }))
}

function collisions(config: ImageView): { platform: string; index: number; suffix: string }[][] {
  const groups = new Map<string, { platform: string; index: number; suffix: string }[]>()
  for (const entry of platformSuffixes(config))
    groups.set(entry.suffix, [...(groups.get(entry.suffix) ?? []), entry])
  return [...groups.values()].filter((group) => group.length > 1)
}

const suffixCollision = defineRule({
  code: 'KC504',
  name: 'tag-suffix-collision',
  severity: 'error',
  check: onlyMultiArch(({ config }) =>
    collisions(config).map((group) => ({
      fields: ['multiArch.tagSuffix', ...group.map((g) => `multiArch.platforms[${g.index}].platform`)],
      params: {
        platforms: group.map((g) => g.platform).join(', '),
        suffix: config.multiArch.tagSuffix,
        result: group[0]?.suffix ?? '',
      },
      fix: setSuffix,
    })),
  ),
})

const suffixWithoutArch = defineRule({
  code: 'KC505',
  name: 'tag-suffix-without-arch',
  severity: 'warning',
  check: onlyMultiArch(({ config }) =>
    !config.multiArch.tagSuffix.includes('ARCH') && collisions(config).length === 0
      ? [{ fields: ['multiArch.tagSuffix'], params: { suffix: config.multiArch.tagSuffix }, fix: setSuffix }]
      : [],
  ),
})

const suffixInvalid = defineRule({
  code: 'KC506',
  name: 'tag-suffix-invalid',
  severity: 'error',
  check: onlyMultiArch(({ config }) => {
    const bad = platformSuffixes(config).find(({ suffix }) => /[^\w.-]/.test(expandWith(suffix, () => 'x')))
    return bad
      ? [
          {
            fields: ['multiArch.tagSuffix'],
            params: { suffix: config.multiArch.tagSuffix, result: bad.suffix, platform: bad.platform },
            fix: setSuffix,
          },
        ]
      : []
  }),
})

const noPush = defineRule({
  code: 'KC507',
  name: 'multi-arch-no-push',
  severity: 'error',
  check: onlyMultiArch(({ config }) =>
    config.advanced.noPush
      ? [
          {
            fields: ['advanced.noPush', 'multiArch.enabled'],
            params: {},
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.advanced.noPush = false
              }),
          },
        ]
      : [],
  ),
})

const customPlatform = defineRule({
  code: 'KC508',
  name: 'custom-platform-with-multi-arch',
  severity: 'warning',
  check: onlyMultiArch(({ config }) =>
    config.advanced.customPlatform !== ''
      ? [
          {
            fields: ['advanced.customPlatform', 'multiArch.enabled'],
            params: { platform: config.advanced.customPlatform },
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.advanced.customPlatform = ''
              }),
          },
        ]
      : [],
  ),
})

const PLACEHOLDER = /ARCH|OS|VARIANT/

/** manifest-tool replaces the first ARCH, OS and VARIANT of the whole template, not only the suffix's. */
const placeholderInReference = defineRule({
  code: 'KC510',
  name: 'placeholder-in-reference',
  severity: 'error',
  check: onlyMultiArch(({ config }) => {
    const lower = (text: string) => mapLiterals(text, (s) => s.toLowerCase())
    const hits = []
    for (const [d, destination] of config.destinations.entries()) {
      const texts: [string, string][] = [
        [`destinations[${d}].repository`, destination.repository],
        ...destination.tags.map((tag, t): [string, string] => [`destinations[${d}].tags[${t}]`, tag]),
      ]
      for (const [field, text] of texts) {
        const word = PLACEHOLDER.exec(literalText(text))?.[0]
        if (!word) continue
        hits.push({
          fields: [field],
          params: { text, word },
          fix: (c: ImageView) =>
            edit(c, (draft) => {
              const target = draft.destinations[d]
              if (!target) return
              if (field.endsWith('repository')) {
                if (target.repository === text) target.repository = lower(text)
              } else {
                const t = target.tags.indexOf(text)
                if (t >= 0) target.tags[t] = lower(text)
              }
            }),
        })
      }
    }
    return hits
  }),
})

export const multiArchRules = [
  withoutRunnerTags,
  withoutDebugImage,
  manifestToolShell,
  suffixCollision,
  suffixWithoutArch,
  suffixInvalid,
  noPush,
  customPlatform,
  placeholderInReference,
]
