import { OSSCONTAINERTOOLS_EXECUTOR } from '../../catalog/executors.ts'
import type { ImageView } from '../../config/image-view.ts'
import { OCI_LABELS } from '../../generate/executor-args.ts'
import { edit } from '../lib/edit.ts'
import { literalText } from '../lib/shell.ts'
import { defineRule, type Hit } from '../types.ts'

/** Build args, multi-stage targets and clean-up. */

const argWithSpaces = defineRule({
  code: 'KC601',
  name: 'build-arg-value-spaces',
  severity: 'info',
  check: ({ config }) =>
    config.build.buildArgs.flatMap((arg, i) =>
      !arg.fromEnvironment && /\s/.test(literalText(arg.value))
        ? [{ fields: [`build.buildArgs[${i}].value`], params: { name: arg.name } }]
        : [],
    ),
})

/** Build args the generator adds by itself (proxy, Dependency Proxy prefix). */
function generatedBuildArgs(config: ImageView): Map<string, string> {
  const names = new Map<string, string>()
  const { proxy, registries } = config
  if (proxy.buildArgs) {
    if (proxy.http !== '') names.set('http_proxy', 'proxy.http')
    if (proxy.https !== '') names.set('https_proxy', 'proxy.https')
    if (proxy.noProxy !== '') names.set('no_proxy', 'proxy.noProxy')
  }
  if (registries.dependencyProxy.enabled && registries.dependencyProxy.prefixBuildArg) {
    names.set('CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX', 'registries.dependencyProxy.prefixBuildArg')
  }
  return names
}

const removeArg = (i: number, name: string) => (c: ImageView) =>
  edit(c, (draft) => {
    if (draft.build.buildArgs[i]?.name === name) draft.build.buildArgs.splice(i, 1)
  })

/** kaniko keeps the last value of a repeated build arg: the earlier one, or the user's copy of a generated one, does nothing. */
const duplicateArg = defineRule({
  code: 'KC602',
  name: 'duplicate-build-arg',
  severity: 'warning',
  check: ({ config }) => {
    const generated = generatedBuildArgs(config)
    const args = config.build.buildArgs
    return args.flatMap((arg, i) => {
      const field = `build.buildArgs[${i}].name`
      const from = generated.get(arg.name)
      if (from) return [{ fields: [field, from], params: { name: arg.name }, fix: removeArg(i, arg.name) }]
      const later = args.findIndex((other, j) => j > i && other.name === arg.name)
      if (later < 0) return []
      return [
        {
          fields: [field, `build.buildArgs[${later}].name`],
          params: { name: arg.name },
          fix: removeArg(i, arg.name),
        },
      ]
    })
  },
})

const targetWithoutSkip = defineRule({
  code: 'KC603',
  name: 'target-without-skip-unused-stages',
  severity: 'info',
  check: ({ config, executor }) =>
    // The fork skips unused stages by default.
    config.build.target !== '' &&
    !config.build.skipUnusedStages &&
    executor.family !== OSSCONTAINERTOOLS_EXECUTOR
      ? [
          {
            fields: ['build.skipUnusedStages', 'build.target'],
            params: { target: config.build.target },
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.build.skipUnusedStages = true
              }),
          },
        ]
      : [],
})

/** Every generated job runs kaniko once in a fresh container, so there is nothing to clean. */
const cleanup = defineRule({
  code: 'KC604',
  name: 'cleanup-unneeded',
  severity: 'info',
  check: ({ config }) =>
    config.advanced.cleanup
      ? [
          {
            fields: ['advanced.cleanup'],
            params: {},
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.advanced.cleanup = false
              }),
          },
        ]
      : [],
})

/** The file to name when `dockerfile` names a directory (`.`, `docker/`, the context itself), else null. */
function dockerfileInside(dockerfile: string, context: string): string | null {
  if (dockerfile.endsWith('/')) return `${dockerfile}Dockerfile`
  const directory =
    /^\.\.?$|\/\.\.?$/.test(dockerfile) ||
    /^\$\{?CI_PROJECT_DIR\}?$/.test(dockerfile) ||
    (dockerfile === context && !context.includes('://'))
  return directory ? `${dockerfile}/Dockerfile` : null
}

/** kaniko copies the Dockerfile before building: a directory stops it ("… is a directory"). */
const dockerfileDirectory = defineRule({
  code: 'KC605',
  name: 'dockerfile-is-directory',
  severity: 'error',
  check: ({ config }) => {
    const { dockerfile, context } = config.build
    const fixed = dockerfileInside(dockerfile, context)
    if (fixed === null) return []
    return [
      {
        fields: ['build.dockerfile'],
        params: { dockerfile, fixed },
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            if (draft.build.dockerfile === dockerfile) draft.build.dockerfile = fixed
          }),
      },
    ]
  },
})

/**
 * kaniko keeps the last `--label` of a key. Two labels of the user: the earlier does nothing, and the
 * fix removes it (the image keeps the labels it has today). A label of the user that an OCI label
 * replaces (they come later): the user typed that value on purpose, so the fix keeps it and lists the
 * other OCI labels as ordinary labels instead of the switch.
 */
const duplicateLabel = defineRule({
  code: 'KC606',
  name: 'duplicate-label',
  severity: 'warning',
  check: ({ config }) => {
    const { labels, ociLabels } = config.build
    const oci = new Set(ociLabels ? OCI_LABELS.map(([key]) => key) : [])
    return labels.flatMap((label, i): Hit<'KC606'>[] => {
      const field = `build.labels[${i}].key`
      const later = labels.findIndex((other, j) => j > i && other.key === label.key)
      if (later >= 0) {
        return [
          {
            fields: [field, `build.labels[${later}].key`],
            params: { key: label.key, shadowedBy: 'label' },
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                if (draft.build.labels[i]?.key === label.key) draft.build.labels.splice(i, 1)
              }),
          },
        ]
      }
      if (!oci.has(label.key)) return []
      return [
        {
          fields: [field, 'build.ociLabels'],
          params: { key: label.key, shadowedBy: 'oci' },
          fix: (c: ImageView) =>
            edit(c, (draft) => {
              const own = new Set(draft.build.labels.map((l) => l.key))
              draft.build.ociLabels = false
              for (const [key, value] of OCI_LABELS)
                if (!own.has(key)) draft.build.labels.push({ key, value })
            }),
        },
      ]
    })
  },
})

export const buildRules = [
  argWithSpaces,
  duplicateArg,
  targetWithoutSkip,
  cleanup,
  dockerfileDirectory,
  duplicateLabel,
]
