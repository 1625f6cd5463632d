import type { Config } from '../../config/schema.ts'
import type { Context } from '../context.ts'
import { edit, removeExtraFlags } from '../lib/edit.ts'
import { isDockerHub, isPublicRegistry, keyHost, repositoryHost } from '../lib/hosts.ts'
import { defineRule } from '../types.ts'

/** Certificates: private CAs (x509 errors), and switching TLS off. */

/** Registries the config names by a literal host that is not a public one, with the field naming each. */
function privateRegistries(config: Config): Map<string, string[]> {
  const hosts = new Map<string, string[]>()
  const add = (host: string | null, field: string) => {
    if (!host || host.includes('$') || isDockerHub(host) || isPublicRegistry(host)) return
    hosts.set(host, [...(hosts.get(host) ?? []), field])
  }
  for (const [i, registry] of config.registries.extra.entries())
    add(keyHost(registry.host), `registries.extra[${i}].host`)
  for (const [i, mirror] of config.advanced.registryMirrors.entries())
    add(keyHost(mirror), `advanced.registryMirrors[${i}]`)
  for (const [i, d] of config.destinations.entries())
    add(repositoryHost(d.repository), `destinations[${i}].repository`)
  if (config.cache.enabled && config.cache.repository !== '')
    add(repositoryHost(config.cache.repository), 'cache.repository')
  // Plain HTTP or no verification: no certificate involved (other rules flag those).
  for (const host of [...config.advanced.insecureRegistries, ...config.advanced.skipTlsVerifyRegistries]) {
    hosts.delete(keyHost(host))
  }
  return hosts
}

const privateWithoutCa = defineRule({
  code: 'KC320',
  name: 'private-registry-without-ca',
  severity: 'info',
  check: ({ config }) => {
    if (config.certificates.enabled) return []
    const hosts = privateRegistries(config)
    if (hosts.size === 0) return []
    return [
      {
        fields: [...hosts.values()].flat(),
        params: { hosts: [...hosts.keys()].join(', '), variable: config.certificates.fileVariable },
        fix: (c: Config) =>
          edit(c, (draft) => {
            draft.certificates.enabled = true
            draft.certificates.source = 'file-variable'
          }),
      },
    ]
  },
})

const pemMissing = defineRule({
  code: 'KC321',
  name: 'ca-pem-missing',
  severity: 'warning',
  check: ({ config: { certificates } }) =>
    certificates.enabled &&
    certificates.source === 'pem' &&
    !certificates.pem.includes('-----BEGIN CERTIFICATE-----')
      ? [
          {
            fields: ['certificates.pem'],
            params: { variable: certificates.fileVariable },
            fix: (c: Config) =>
              edit(c, (draft) => {
                draft.certificates.source = 'file-variable'
              }),
          },
        ]
      : [],
})

type Kind = 'tls' | 'http'
type Switch = 'skipTlsVerify' | 'skipTlsVerifyPull' | 'insecure' | 'insecurePull'
type HostList = 'skipTlsVerifyRegistries' | 'insecureRegistries'

const SETTINGS: Record<Kind, { switches: [string, Switch][]; list: HostList; listFlag: string }> = {
  tls: {
    switches: [
      ['--skip-tls-verify', 'skipTlsVerify'],
      ['--skip-tls-verify-pull', 'skipTlsVerifyPull'],
    ],
    list: 'skipTlsVerifyRegistries',
    listFlag: '--skip-tls-verify-registry',
  },
  http: {
    switches: [
      ['--insecure', 'insecure'],
      ['--insecure-pull', 'insecurePull'],
    ],
    list: 'insecureRegistries',
    listFlag: '--insecure-registry',
  },
}

/** Every place the config turns the check off, form fields and extra flags, in one finding. */
function insecureHits({ config, extraArgs }: Context, kind: Kind) {
  const { switches, list, listFlag } = SETTINGS[kind]
  const { advanced } = config
  const fields: string[] = []
  const flags: string[] = []
  for (const [flag, key] of switches) {
    if (!advanced[key]) continue
    fields.push(`advanced.${key}`)
    flags.push(flag)
  }
  if (advanced[list].length > 0) {
    fields.push(`advanced.${list}`)
    flags.push(...advanced[list].map((host) => `${listFlag}=${host}`))
  }
  const entries: [number, string][] = []
  for (const arg of extraArgs) {
    if (arg.kind !== 'flag' || arg.spec?.insecure !== kind) continue
    fields.push(`advanced.extraFlags[${arg.index}]`)
    flags.push(arg.value === undefined ? arg.written : `${arg.written}=${arg.value}`)
    for (const index of [arg.index, arg.valueIndex]) {
      if (index !== undefined) entries.push([index, advanced.extraFlags[index] as string])
    }
  }
  if (fields.length === 0) return []
  const fix = (c: Config) =>
    edit(c, (draft) => {
      for (const [, key] of switches) draft.advanced[key] = false
      draft.advanced[list] = []
      removeExtraFlags(draft, entries)
    })
  return [{ fields, params: { flags: flags.join(' ') }, fix }]
}

const tlsOff = defineRule({
  code: 'KC330',
  name: 'tls-verify-disabled',
  severity: 'error',
  check: (context) => insecureHits(context, 'tls'),
})

const plainHttp = defineRule({
  code: 'KC331',
  name: 'insecure-registry',
  severity: 'error',
  check: (context) => insecureHits(context, 'http'),
})

export const tlsRules = [privateWithoutCa, pemMissing, tlsOff, plainHttp]
