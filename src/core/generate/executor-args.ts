import type { ImageView } from '../config/image-view.ts'
import { quoteShellText } from '../shell/quote.ts'
import { registryCertificateArgs } from './certificates.ts'
import { flagWithValue, ShellCommand } from './command.ts'
import { alwaysDestinationArgs } from './destinations.ts'
import { proxyBuildArgs } from './proxy.ts'

/** Labels from predefined CI/CD variables (OCI image spec annotations). */
export const OCI_LABELS: readonly (readonly [string, string])[] = [
  ['org.opencontainers.image.title', '${CI_PROJECT_TITLE}'],
  ['org.opencontainers.image.source', '${CI_PROJECT_URL}'],
  ['org.opencontainers.image.url', '${CI_PROJECT_URL}'],
  ['org.opencontainers.image.revision', '${CI_COMMIT_SHA}'],
  ['org.opencontainers.image.created', '${CI_JOB_STARTED_AT}'],
  ['org.opencontainers.image.version', '${CI_COMMIT_REF_NAME}'],
]

const q = quoteShellText
const flag = (name: string, value: string): string[] => flagWithValue(name, q(value))
const each = (name: string, values: readonly string[]): string[][] => values.map((v) => flag(name, v))
const when = (condition: boolean, ...words: string[]): string[][] => (condition ? [words] : [])
const ifSet = (name: string, value: string): string[][] => (value === '' ? [] : [flag(name, value)])

/**
 * The `/kaniko/executor` command, in the order of docs/generated-pipeline.md. `tagSuffix` is appended
 * to every destination tag (the platform suffix of a multi-arch build job, '' otherwise).
 */
export function executorCommand(config: ImageView, tagSuffix: string): ShellCommand {
  const { build, cache, snapshot, advanced } = config
  const destinations = alwaysDestinationArgs(config, tagSuffix)
  return new ShellCommand([
    ['/kaniko/executor'],
    flag('--context', build.context),
    flag('--dockerfile', build.dockerfile),
    ...destinations,
    ...ifSet('--target', build.target),
    ...proxyBuildArgs(config),
    ...dependencyProxyBuildArg(config),
    ...build.buildArgs.map((arg) =>
      flagWithValue('--build-arg', arg.fromEnvironment ? q(arg.name) : q(arg.name, '=', arg.value)),
    ),
    ...build.labels.map((label) => flagWithValue('--label', q(label.key, '=', label.value))),
    ...(build.ociLabels ? OCI_LABELS.map(([key, value]) => ['--label', q(key, '=', value)]) : []),
    ...when(build.skipUnusedStages, '--skip-unused-stages'),
    ...(cache.enabled
      ? [
          ['--cache=true'],
          ...ifSet('--cache-repo', cache.repository),
          ...ifSet('--cache-ttl', cache.ttl),
          ...when(cache.copyLayers, '--cache-copy-layers=true'),
          ...when(!cache.runLayers, '--cache-run-layers=false'),
        ]
      : []),
    // Not a cache option: kaniko compresses every layer it snapshots with it, cache or not.
    ...when(!cache.compressedCaching, '--compressed-caching=false'),
    ...(snapshot.mode === 'default' ? [] : [flag('--snapshot-mode', snapshot.mode)]),
    ...when(snapshot.singleSnapshot, '--single-snapshot'),
    ...when(snapshot.useNewRun, '--use-new-run'),
    ...each('--ignore-path', snapshot.ignorePaths),
    ...registryCertificateArgs(config),
    ...each('--registry-mirror', advanced.registryMirrors),
    ...when(advanced.skipTlsVerify, '--skip-tls-verify'),
    ...when(advanced.skipTlsVerifyPull, '--skip-tls-verify-pull'),
    ...each('--skip-tls-verify-registry', advanced.skipTlsVerifyRegistries),
    ...when(advanced.insecure, '--insecure'),
    ...when(advanced.insecurePull, '--insecure-pull'),
    ...each('--insecure-registry', advanced.insecureRegistries),
    ...ifSet('--custom-platform', advanced.customPlatform),
    ...when(advanced.noPush, '--no-push'),
    ...ifSet('--tar-path', advanced.tarPath),
    ...ifSet('--digest-file', advanced.digestFile),
    ...ifSet('--image-name-with-digest-file', advanced.imageNameWithDigestFile),
    ...(advanced.pushRetry > 0 ? [['--push-retry', String(advanced.pushRetry)]] : []),
    ...(advanced.imageDownloadRetry > 0
      ? [['--image-download-retry', String(advanced.imageDownloadRetry)]]
      : []),
    ...when(advanced.skipPushPermissionCheck, '--skip-push-permission-check'),
    ...when(advanced.reproducible, '--reproducible'),
    ...(advanced.compression === 'default' ? [] : [['--compression', advanced.compression]]),
    ...when(advanced.cleanup, '--cleanup'),
    ...(advanced.verbosity === 'default' ? [] : [['--verbosity', advanced.verbosity]]),
    ...(advanced.logFormat === 'default' ? [] : [['--log-format', advanced.logFormat]]),
    ...when(advanced.logTimestamp, '--log-timestamp'),
    ...advanced.extraFlags.map((extra) => [q(extra)]),
    ...extraArgsFromVariable(config),
  ])
}

/**
 * `advanced.extraArgsVariable`, unquoted on purpose: its value is split into words, and an empty or
 * unset variable gives no argument at all ("$NAME" would pass one empty argument, which kaniko
 * refuses). `${NAME:+$NAME}` means the same as `$NAME` and says so to shellcheck (no SC2086); the
 * job turns globbing off first (`set -f`, see build-job.ts), so `*` in a flag stays a `*`.
 */
function extraArgsFromVariable(config: ImageView): string[][] {
  const name = config.advanced.extraArgsVariable
  return name === '' ? [] : [[`\${${name}:+$${name}}`]]
}

/**
 * The Dependency Proxy image prefix as a build arg, matching the config.json key: with the port
 * stripped from the key, the prefix (gitlab.com:443/group/dependency_proxy/containers) loses it too.
 */
function dependencyProxyBuildArg(config: ImageView): string[][] {
  const { dependencyProxy } = config.registries
  if (!dependencyProxy.enabled || !dependencyProxy.prefixBuildArg) return []
  if (!dependencyProxy.stripPort) return [['--build-arg', 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX']]
  return [
    [
      '--build-arg',
      '"CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX=${CI_DEPENDENCY_PROXY_SERVER%%:*}/${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX#*/}"',
    ],
  ]
}
