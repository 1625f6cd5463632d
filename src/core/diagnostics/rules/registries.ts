import type { ImageView } from '../../config/image-view.ts'
import { hasGitlabHelper, kanikoAuthEntries } from '../../generate/auth.ts'
import { executorVersion } from '../../generate/image.ts'
import type { Context } from '../context.ts'
import { edit } from '../lib/edit.ts'
import { formatVersion } from '../lib/executor-image.ts'
import {
  DOCKER_HUB_KEY,
  isDockerHub,
  keyHost,
  logsInByItself,
  repositoryHost,
  sameRegistry,
} from '../lib/hosts.ts'
import { refersTo } from '../lib/shell.ts'
import { defineRule } from '../types.ts'

/** Registry authentication: the Dependency Proxy key, Docker Hub's key, missing and repeated entries. */

/** CI/CD variables holding the Dependency Proxy's host with its port (`gitlab.com:443`). */
const PORTED_VARIABLES = [
  'CI_DEPENDENCY_PROXY_SERVER',
  'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX',
  'CI_DEPENDENCY_PROXY_DIRECT_GROUP_IMAGE_PREFIX',
]

interface PortedUses {
  readonly mirrors: string[]
  readonly buildArgs: string[]
  readonly fields: string[]
}

/**
 * Where the config hands kaniko the Dependency Proxy's host with its port, besides FROM lines: registry
 * mirrors and build args (form or extra flags). The user's copy of the generated prefix arg is KC602's.
 */
function portedUses({ config, extraArgs }: Context): PortedUses {
  const uses: PortedUses = { mirrors: [], buildArgs: [], fields: [] }
  const { enabled, prefixBuildArg } = config.registries.dependencyProxy
  const generatedArg = enabled && prefixBuildArg ? 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX' : null
  const portedArg = (name: string, value: string | undefined) =>
    name !== generatedArg &&
    (value === undefined ? PORTED_VARIABLES.includes(name) : refersTo(value, PORTED_VARIABLES))
  for (const [i, mirror] of config.advanced.registryMirrors.entries()) {
    if (!refersTo(mirror, PORTED_VARIABLES)) continue
    uses.mirrors.push(mirror)
    uses.fields.push(`advanced.registryMirrors[${i}]`)
  }
  for (const [i, arg] of config.build.buildArgs.entries()) {
    if (!portedArg(arg.name, arg.fromEnvironment ? undefined : arg.value)) continue
    uses.buildArgs.push(arg.name)
    uses.fields.push(`build.buildArgs[${i}].${arg.fromEnvironment ? 'name' : 'value'}`)
  }
  for (const arg of extraArgs) {
    if (arg.kind !== 'flag' || arg.value === undefined) continue
    if (arg.name === 'registry-mirror' && refersTo(arg.value, PORTED_VARIABLES)) uses.mirrors.push(arg.value)
    else if (arg.name === 'build-arg' && portedArg(...splitBuildArg(arg.value))) {
      uses.buildArgs.push(splitBuildArg(arg.value)[0])
    } else continue
    uses.fields.push(`advanced.extraFlags[${arg.index}]`)
  }
  return uses
}

/** `NAME=value` -> [NAME, value]; `NAME` alone (taken from the environment) -> [NAME, undefined]. */
function splitBuildArg(text: string): [string, string | undefined] {
  const eq = text.indexOf('=')
  return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)]
}

/**
 * kaniko asks config.json for the exact registry host, so the Dependency Proxy key must match every
 * place the pipeline names the proxy. A stripped key (`gitlab.com`) misses FROM lines that use the
 * prefix variables (`gitlab.com:443/…`) unless the prefix build arg strips them too, and it always
 * misses mirrors and build args built from those variables: only keeping the port makes all agree.
 */
const portMismatch = defineRule({
  code: 'KC340',
  name: 'dependency-proxy-port-mismatch',
  severity: 'warning',
  check: (context) => {
    const proxy = context.config.registries.dependencyProxy
    if (!proxy.enabled || !proxy.stripPort) return []
    const uses = portedUses(context)
    const from = !proxy.prefixBuildArg
    if (!from && uses.fields.length === 0) return []
    const keepPort = uses.fields.length > 0
    return [
      {
        fields: [
          ...(from ? ['registries.dependencyProxy.prefixBuildArg'] : []),
          ...uses.fields,
          'registries.dependencyProxy.stripPort',
        ],
        params: {
          mirrors: uses.mirrors.join(', '),
          buildArgs: uses.buildArgs.join(', '),
          from,
          action: keepPort ? 'keep-port' : 'prefix-arg',
        },
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            if (keepPort) draft.registries.dependencyProxy.stripPort = false
            else draft.registries.dependencyProxy.prefixBuildArg = true
          }),
      },
    ]
  },
})

/** The proxy named by its variables while the pipeline writes no credentials for it. */
const proxyOff = defineRule({
  code: 'KC346',
  name: 'dependency-proxy-not-enabled',
  severity: 'warning',
  check: (context) => {
    if (context.config.registries.dependencyProxy.enabled) return []
    const uses = portedUses(context)
    if (uses.fields.length === 0) return []
    return [
      {
        fields: [...uses.fields, 'registries.dependencyProxy.enabled'],
        params: { mirrors: uses.mirrors.join(', '), buildArgs: uses.buildArgs.join(', ') },
        // With the port kept in the key, every place that names the proxy finds it (see KC340).
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            draft.registries.dependencyProxy.enabled = true
            draft.registries.dependencyProxy.stripPort = false
          }),
      },
    ]
  },
})

const dockerfileArg = defineRule({
  code: 'KC341',
  name: 'dependency-proxy-dockerfile-arg',
  severity: 'info',
  check: ({ config }) => {
    const proxy = config.registries.dependencyProxy
    return proxy.enabled && proxy.prefixBuildArg
      ? [{ fields: ['registries.dependencyProxy.prefixBuildArg'], params: {} }]
      : []
  },
})

const dockerHubKey = defineRule({
  code: 'KC342',
  name: 'docker-hub-key',
  severity: 'warning',
  check: ({ config }) =>
    config.registries.extra.flatMap((registry, i) =>
      isDockerHub(keyHost(registry.host)) && registry.host !== DOCKER_HUB_KEY
        ? [
            {
              fields: [`registries.extra[${i}].host`],
              params: { host: registry.host, key: DOCKER_HUB_KEY },
              fix: (c: ImageView) =>
                edit(c, (draft) => {
                  const entry = draft.registries.extra[i]
                  if (entry?.host === registry.host) entry.host = DOCKER_HUB_KEY
                }),
            },
          ]
        : [],
    ),
})

/** Hosts kaniko pushes to (destinations, and the cache repository) with the fields naming each. */
function pushHosts(config: ImageView): Map<string, string[]> {
  const hosts = new Map<string, string[]>()
  const add = (repository: string, field: string) => {
    const host = repositoryHost(repository)
    if (host === null || logsInByItself(host)) return
    const key = isDockerHub(host) ? 'docker.io' : host
    hosts.set(key, [...(hosts.get(key) ?? []), field])
  }
  for (const [i, d] of config.destinations.entries()) add(d.repository, `destinations[${i}].repository`)
  if (config.cache.enabled && config.cache.repository !== '') add(config.cache.repository, 'cache.repository')
  return hosts
}

const withoutCredentials = defineRule({
  code: 'KC343',
  name: 'destination-without-credentials',
  severity: 'warning',
  check: ({ config }) => {
    const hits = []
    for (const [host, fields] of pushHosts(config)) {
      if (config.registries.extra.some((r) => sameRegistry(keyHost(r.host), host))) continue
      const key = isDockerHub(host) ? DOCKER_HUB_KEY : host
      hits.push({
        fields,
        params: { host, key },
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            draft.registries.extra.push({
              host: key,
              usernameVariable: 'REGISTRY_USER',
              usernameLiteral: '',
              passwordVariable: 'REGISTRY_PASSWORD',
              credentialHelper: 'none',
              googleCredentialsFileVariable: '',
            })
          }),
      })
    }
    return hits
  },
})

/** Keys the pipeline writes to config.json by itself, with the field that makes it do so. */
function generatedKeys(config: ImageView): Map<string, string> {
  const keys = new Map<string, string>()
  // With extra registries a config.json is written, and it holds $CI_REGISTRY unless the helper is chosen.
  if (config.registries.gitlabAuth !== 'helper') keys.set('CI_REGISTRY', 'registries.gitlabAuth')
  if (config.registries.dependencyProxy.enabled) {
    keys.set('CI_DEPENDENCY_PROXY_SERVER', 'registries.dependencyProxy.enabled')
  }
  return keys
}

/** `$CI_REGISTRY` or `${CI_REGISTRY}` alone (optionally after a scheme): the name of the variable. */
function variableKey(host: string): string | null {
  return /^(?:[a-z]+:\/\/)?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?\/?$/.exec(host)?.[1] ?? null
}

const duplicateHost = defineRule({
  code: 'KC344',
  name: 'duplicate-registry-host',
  severity: 'warning',
  check: ({ config }) => {
    const hits = []
    const { extra } = config.registries
    const generated = generatedKeys(config)
    for (const [i, registry] of extra.entries()) {
      const field = `registries.extra[${i}].host`
      const variable = variableKey(registry.host)
      const first = extra.findIndex((r) => sameRegistry(keyHost(r.host), keyHost(registry.host)))
      const other =
        variable && generated.has(variable)
          ? generated.get(variable)
          : first !== i
            ? `registries.extra[${first}].host`
            : null
      if (!other) continue
      hits.push({
        fields: [other, field],
        params: { host: registry.host },
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            if (draft.registries.extra[i]?.host === registry.host) draft.registries.extra.splice(i, 1)
          }),
      })
    }
    return hits
  },
})

/** A key with a path (`registry.gitlab.com/group`): its host, and the path as written. */
function keyPath(key: string): { host: string; path: string } | null {
  const match = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?([^/]+)\/*(.*?)\/*$/.exec(key)
  if (!match?.[2]) return null
  return { host: match[1] as string, path: `/${match[2]}` }
}

/**
 * kaniko reads config.json the way docker does (docker/cli config/credentials/file_store.go): an
 * exact host key first, else any `auths` key whose host matches, so a path scopes nothing; a
 * `credHelpers` key must be the host exactly.
 */
const keyWithPath = defineRule({
  code: 'KC345',
  name: 'registry-key-with-path',
  severity: 'warning',
  check: ({ config }) =>
    config.registries.extra.flatMap((registry, i) => {
      const parts = keyPath(registry.host)
      // Docker Hub's key is a URL with a path on purpose (KC342 checks it).
      if (!parts || isDockerHub(keyHost(registry.host))) return []
      return [
        {
          fields: [`registries.extra[${i}].host`],
          params: {
            host: registry.host,
            key: parts.host,
            path: parts.path,
            helper: registry.credentialHelper !== 'none',
          },
          fix: (c: ImageView) =>
            edit(c, (draft) => {
              const entry = draft.registries.extra[i]
              if (entry?.host === registry.host) entry.host = parts.host
            }),
        },
      ]
    }),
})

/**
 * A config.json from a CI/CD variable used as is: the job writes none of the entries the form
 * describes (extra registries, the Dependency Proxy, $CI_REGISTRY with config-json or for the
 * manifest job, which has no GitLab helper), so those registries get only what the variable holds.
 */
const dockerAuthConfigAlone = defineRule({
  code: 'KC347',
  name: 'docker-auth-config-not-merged',
  severity: 'warning',
  check: ({ config }) => {
    const { dockerAuthConfig, extra, dependencyProxy, gitlabAuth } = config.registries
    if (dockerAuthConfig.source === 'none' || dockerAuthConfig.merge) return []
    // manifest-tool has no GitLab helper: the manifest job needs our $CI_REGISTRY entry.
    const gitlabEntry = gitlabAuth === 'config-json' || config.multiArch.enabled
    const hosts = [
      ...(gitlabEntry ? ['$CI_REGISTRY'] : []),
      ...(dependencyProxy.enabled ? ['$CI_DEPENDENCY_PROXY_SERVER'] : []),
      ...extra.map((r) => r.host),
    ]
    if (hosts.length === 0) return []
    return [
      {
        fields: ['registries.dockerAuthConfig.merge', ...extra.map((_, i) => `registries.extra[${i}].host`)],
        params: { variable: dockerAuthConfig.variable, hosts: hosts.join(', ') },
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            draft.registries.dockerAuthConfig.merge = true
          }),
      },
    ]
  },
})

/**
 * kaniko's gcr helper without a key: it falls back to the runner's own Google credentials (the
 * metadata server of a GCE or GKE runner, Workload Identity), which runners elsewhere do not have.
 */
const gcrWithoutKey = defineRule({
  code: 'KC348',
  name: 'gcr-helper-without-key',
  severity: 'info',
  check: ({ config }) =>
    config.registries.extra.flatMap((registry, i) =>
      registry.credentialHelper === 'gcr' && registry.googleCredentialsFileVariable === ''
        ? [
            {
              fields: [`registries.extra[${i}].googleCredentialsFileVariable`],
              params: { host: registry.host },
            },
          ]
        : [],
    ),
})

/** A service account key set on a registry without the gcr helper: the job never exports it. */
const keyWithoutGcr = defineRule({
  code: 'KC349',
  name: 'google-key-without-gcr-helper',
  severity: 'warning',
  check: ({ config }) =>
    config.registries.extra.flatMap((registry, i) =>
      registry.credentialHelper !== 'gcr' && registry.googleCredentialsFileVariable !== ''
        ? [
            {
              fields: [
                `registries.extra[${i}].googleCredentialsFileVariable`,
                `registries.extra[${i}].credentialHelper`,
              ],
              params: { host: registry.host, variable: registry.googleCredentialsFileVariable },
              fix: (c: ImageView) =>
                edit(c, (draft) => {
                  const entry = draft.registries.extra[i]
                  if (entry?.host === registry.host) entry.credentialHelper = 'gcr'
                }),
            },
          ]
        : [],
    ),
})

/**
 * A literal user name with `:` in an entry the job writes: config.json's `auth` is base64 of
 * `user:password`, and every reader (kaniko, manifest-tool, crane) splits it at the first `:`, so
 * the registry gets part of the user name and the rest glued to the password.
 */
const colonInUserName = defineRule({
  code: 'KC350',
  name: 'literal-username-colon',
  severity: 'error',
  check: ({ config }) => {
    const { dockerAuthConfig } = config.registries
    // A DOCKER_AUTH_CONFIG used as it is: the job writes none of its own entries.
    if (dockerAuthConfig.source !== 'none' && !dockerAuthConfig.merge) return []
    return config.registries.extra.flatMap((registry, i) =>
      registry.credentialHelper === 'none' && registry.usernameLiteral.includes(':')
        ? [
            {
              fields: [`registries.extra[${i}].usernameLiteral`],
              params: { host: registry.host, user: registry.usernameLiteral },
            },
          ]
        : [],
    )
  },
})

/**
 * A registry key that is a user's CI/CD variable: config.json gets its value at run time, which the
 * config cannot show, and kaniko uses the entry only if that value is exactly the destination's
 * registry host (Docker Hub: only `https://index.docker.io/v1/`). GitLab's own variables are KC344's.
 */
const keyFromVariable = defineRule({
  code: 'KC351',
  name: 'registry-key-from-variable',
  severity: 'info',
  check: ({ config }) =>
    config.registries.extra.flatMap((registry, i) => {
      const variable = variableKey(registry.host)
      if (!variable || variable.startsWith('CI_')) return []
      return [{ fields: [`registries.extra[${i}].host`], params: { host: registry.host, variable } }]
    }),
})

const gitlabHelperMissing = defineRule({
  code: 'KC352',
  name: 'gitlab-helper-missing',
  severity: 'error',
  check: ({ config }) => {
    const version = executorVersion(config)
    if (config.registries.gitlabAuth !== 'helper' || version === null || hasGitlabHelper(config)) return []
    return [
      {
        fields: ['registries.gitlabAuth'],
        params: { version: formatVersion(version) },
        // "auto" writes the GitLab registry's entry for a kaniko without the helper.
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            draft.registries.gitlabAuth = 'auto'
          }),
      },
    ]
  },
})

/**
 * A config.json written only for the GitLab registry, which kaniko (v1.9.0 and later) logs in to by
 * itself: what GitLab's documentation example and most hand-written jobs do, and what the importer
 * reproduces. Harmless, so a tip; `auto` writes no config.json then.
 */
const gitlabEntryNotNeeded = defineRule({
  code: 'KC353',
  name: 'gitlab-entry-not-needed',
  severity: 'info',
  check: ({ config }) => {
    if (config.registries.gitlabAuth !== 'config-json' || !hasGitlabHelper(config)) return []
    const auto = { ...config, registries: { ...config.registries, gitlabAuth: 'auto' as const } }
    if (kanikoAuthEntries(auto).length > 0) return []
    return [
      {
        fields: ['registries.gitlabAuth'],
        params: {},
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            draft.registries.gitlabAuth = 'auto'
          }),
      },
    ]
  },
})

export const registryRules = [
  portMismatch,
  gitlabHelperMissing,
  gitlabEntryNotNeeded,
  proxyOff,
  dockerfileArg,
  dockerHubKey,
  withoutCredentials,
  duplicateHost,
  keyWithPath,
  dockerAuthConfigAlone,
  gcrWithoutKey,
  keyWithoutGcr,
  colonInUserName,
  keyFromVariable,
]
