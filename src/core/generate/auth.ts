import { compareVersions } from '../catalog/version.ts'
import type { ImageView } from '../config/image-view.ts'
import { quoteLiteral, quoteShellText } from '../shell/quote.ts'
import { splitShellText } from '../shell/text.ts'
import { command, ShellCommand } from './command.ts'
import {
  type DockerAuthConfig,
  NO_DOCKER_AUTH_CONFIG,
  openDockerAuthConfig,
  readDockerAuthConfig,
} from './docker-auth-config.ts'
import { registryHostCheck } from './host-check.ts'
import { executorVersion } from './image.ts'

/**
 * One entry of config.json: `auths.<key>.auth` from a user name and a password variable, or
 * `credHelpers.<key>`. `keyWord` is the key as one shell word (quoted, JSON-escaped where literal);
 * `hostVariables` names the user's CI/CD variables the key refers to, which the job checks before
 * writing the file (host-check.ts). GitLab's own keys have none. `userWord` is the user name as one
 * shell word: a variable reference, or a literal name (`AWS`, `robot$ci`) that is never expanded.
 */
export type AuthEntry = { readonly keyWord: string; readonly hostVariables?: readonly string[] } & (
  | { readonly kind: 'auth'; readonly userWord: string; readonly password: string }
  | { readonly kind: 'helper'; readonly helper: string }
)

/** The GitLab helper built into kaniko v1.9.0+ reads CI_REGISTRY_USER/PASSWORD by itself. */
export function hasGitlabHelper(config: ImageView): boolean {
  const version = executorVersion(config)
  return version === null || compareVersions(version, [1, 9, 0]) >= 0
}

/** The registries kaniko's config.json must hold; empty when no config.json is needed. */
export function kanikoAuthEntries(config: ImageView): AuthEntry[] {
  const { registries } = config
  const needed =
    registries.dependencyProxy.enabled ||
    registries.extra.length > 0 ||
    registries.gitlabAuth === 'config-json' ||
    (registries.gitlabAuth === 'auto' && !hasGitlabHelper(config))
  if (!needed) return []
  const entries: AuthEntry[] = []
  if (registries.gitlabAuth !== 'helper') entries.push(gitlabRegistryEntry())
  if (registries.dependencyProxy.enabled) {
    entries.push({
      kind: 'auth',
      // The document strips the port (gitlab.com:443 -> gitlab.com); FROM lines must then omit it too.
      keyWord: registries.dependencyProxy.stripPort
        ? '"${CI_DEPENDENCY_PROXY_SERVER%%:*}"'
        : '"${CI_DEPENDENCY_PROXY_SERVER}"',
      userWord: '"${CI_DEPENDENCY_PROXY_USER}"',
      password: 'CI_DEPENDENCY_PROXY_PASSWORD',
    })
  }
  entries.push(...extraRegistryEntries(config))
  return entries
}

/**
 * kaniko's gcr helper (and its built-in Google keychain) read a service account key from the file
 * GOOGLE_APPLICATION_CREDENTIALS names; a File-type variable's value is that path. One variable for
 * the job: the first gcr registry's that has one. Also beside a DOCKER_AUTH_CONFIG copied as it is,
 * which writes no helper of ours: the Google keychain, tried right after config.json, reads it.
 */
export function googleCredentialsLines(config: ImageView): ShellCommand[] {
  const variable = config.registries.extra.find(
    (r) => r.credentialHelper === 'gcr' && r.googleCredentialsFileVariable !== '',
  )?.googleCredentialsFileVariable
  return variable ? [command('export', `GOOGLE_APPLICATION_CREDENTIALS="\${${variable}}"`)] : []
}

/** The Alpine manifest-tool image ships gcr's helper as docker-credential-gcloud (hack/Dockerfile.alpine). */
const MANIFEST_TOOL_HELPERS: Readonly<Record<string, string>> = { gcr: 'gcloud' }

/** manifest-tool has no GitLab helper: it always needs the GitLab registry's credentials. */
export function manifestToolAuthEntries(config: ImageView): AuthEntry[] {
  const extra = extraRegistryEntries(config).map((entry) =>
    entry.kind === 'helper'
      ? { ...entry, helper: MANIFEST_TOOL_HELPERS[entry.helper] ?? entry.helper }
      : entry,
  )
  return [gitlabRegistryEntry(), ...extra]
}

function gitlabRegistryEntry(): AuthEntry {
  return {
    kind: 'auth',
    keyWord: '"${CI_REGISTRY}"',
    userWord: '"${CI_REGISTRY_USER}"',
    password: 'CI_REGISTRY_PASSWORD',
  }
}

function extraRegistryEntries(config: ImageView): AuthEntry[] {
  return config.registries.extra.map((registry): AuthEntry => {
    const keyWord = quoteShellText(jsonEscapeLiterals(registry.host))
    // splitShellText is in the page's bundle already; referencedVariables would add to it.
    const hostVariables = splitShellText(registry.host).flatMap((p) => (p.kind === 'variable' ? p.name : []))
    if (registry.credentialHelper !== 'none')
      return { kind: 'helper', keyWord, hostVariables, helper: registry.credentialHelper }
    return {
      kind: 'auth',
      keyWord,
      hostVariables,
      // A literal name is written as is: Harbor's robot accounts have a `$` in theirs.
      userWord:
        registry.usernameLiteral === ''
          ? `"\${${registry.usernameVariable}}"`
          : quoteLiteral(registry.usernameLiteral),
      password: registry.passwordVariable,
    }
  })
}

/** Literal parts of a host go into JSON as they are; escape them now, references expand at run time. */
function jsonEscapeLiterals(text: string): string {
  return splitShellText(text)
    .map((part) => (part.kind === 'variable' ? part.source : JSON.stringify(part.text).slice(1, -1)))
    .join('')
}

/**
 * Shell lines writing `<dir>/config.json`. Each `auth` is base64(user:password) with line breaks
 * removed: busybox base64 wraps at 76 columns, which would break the JSON for long tokens.
 * Keys and auths are printf arguments, never part of the format, so no value can break the JSON;
 * the auths are computed inline, so no shell variable of ours can shadow a CI/CD variable. Variables
 * in registry hosts are checked first: their values go into the JSON as they are.
 *
 * With a config.json from a CI/CD variable (`base`), the file is that variable's JSON object; with
 * `merge`, our members are appended to it (docker-auth-config.ts), otherwise ours are not written.
 */
export function configJsonLines(
  entries: readonly AuthEntry[],
  dir: string,
  base: DockerAuthConfig = NO_DOCKER_AUTH_CONFIG,
): ShellCommand[] {
  const file = `${dir}/config.json`
  if (base.source === 'none') {
    if (entries.length === 0) return []
    return [...hostChecks(entries), command('mkdir', '-p', dir), writeEntries(entries, "'{", [], file)]
  }
  const ours = base.merge ? entries : []
  const write =
    ours.length === 0
      ? [command('printf', "'%s\\n'", '"$1"', '>', file)]
      : [...openDockerAuthConfig(), writeEntries(ours, "'%s", ['"$1"'], file)]
  return [
    ...hostChecks(ours),
    ...readDockerAuthConfig(base),
    command('mkdir', '-p', dir),
    ...write,
    // The positional parameters held the file; the script starts from none.
    command('set', '--'),
  ]
}

/**
 * The checks in the order config.json lists the hosts (the logins, then the helpers): the file
 * cannot show which came first in the config, so neither do the checks (an import reads one order).
 */
function hostChecks(entries: readonly AuthEntry[]): ShellCommand[] {
  const written = [...entries.filter((e) => e.kind === 'auth'), ...entries.filter((e) => e.kind === 'helper')]
  return written.flatMap((entry) => entry.hostVariables ?? []).map(registryHostCheck)
}

/** One printf writing our members after `start` (`'{`, or `'%s` for the object read before). */
function writeEntries(
  entries: readonly AuthEntry[],
  start: string,
  startArgs: readonly string[],
  file: string,
): ShellCommand {
  const auths: string[] = []
  const helpers: string[] = []
  const authArgs: string[][] = []
  const helperArgs: string[][] = []
  for (const entry of entries) {
    if (entry.kind === 'helper') {
      helpers.push(`"%s":"${entry.helper}"`)
      helperArgs.push([entry.keyWord])
      continue
    }
    auths.push('"%s":{"auth":"%s"}')
    authArgs.push([
      entry.keyWord,
      `"$(printf '%s:%s' ${entry.userWord} "\${${entry.password}}" | base64 | tr -d '\\n')"`,
    ])
  }
  const sections = [`"auths":{${auths.join(',')}}`]
  if (helpers.length > 0) sections.push(`"credHelpers":{${helpers.join(',')}}`)
  const argLines = [...(startArgs.length > 0 ? [startArgs] : []), ...authArgs, ...helperArgs]
  const last = argLines.pop() ?? []
  return new ShellCommand([
    ['printf', `${start}${sections.join(',')}}\\n'`],
    ...argLines,
    [...last, '>', file],
  ])
}
