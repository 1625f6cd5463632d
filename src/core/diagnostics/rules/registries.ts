import type { Config } from '../../config/schema.ts'
import { edit } from '../lib/edit.ts'
import {
  DOCKER_HUB_KEY,
  isDockerHub,
  keyHost,
  logsInByItself,
  repositoryHost,
  sameRegistry,
} from '../lib/hosts.ts'
import { defineRule } from '../types.ts'

/** Registry authentication: the Dependency Proxy key, Docker Hub's key, missing and repeated entries. */

const portMismatch = defineRule({
  code: 'KC340',
  name: 'dependency-proxy-port-mismatch',
  severity: 'warning',
  check: ({ config }) => {
    const proxy = config.registries.dependencyProxy
    if (!proxy.enabled || !proxy.stripPort || proxy.prefixBuildArg) return []
    return [
      {
        fields: ['registries.dependencyProxy.prefixBuildArg', 'registries.dependencyProxy.stripPort'],
        params: {},
        fix: (c: Config) =>
          edit(c, (draft) => {
            draft.registries.dependencyProxy.prefixBuildArg = true
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
              fix: (c: Config) =>
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
function pushHosts(config: Config): Map<string, string[]> {
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
        fix: (c: Config) =>
          edit(c, (draft) => {
            draft.registries.extra.push({
              host: key,
              usernameVariable: 'REGISTRY_USER',
              passwordVariable: 'REGISTRY_PASSWORD',
              credentialHelper: 'none',
            })
          }),
      })
    }
    return hits
  },
})

const duplicateHost = defineRule({
  code: 'KC344',
  name: 'duplicate-registry-host',
  severity: 'warning',
  check: ({ config }) => {
    const hits = []
    const { extra } = config.registries
    for (const [i, registry] of extra.entries()) {
      const first = extra.findIndex((r) => sameRegistry(keyHost(r.host), keyHost(registry.host)))
      if (first === i) continue
      hits.push({
        fields: [`registries.extra[${first}].host`, `registries.extra[${i}].host`],
        params: { host: registry.host },
        fix: (c: Config) =>
          edit(c, (draft) => {
            if (draft.registries.extra[i]?.host === registry.host) draft.registries.extra.splice(i, 1)
          }),
      })
    }
    return hits
  },
})

export const registryRules = [portMismatch, dockerfileArg, dockerHubKey, withoutCredentials, duplicateHost]
