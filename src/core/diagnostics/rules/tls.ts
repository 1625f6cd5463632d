import type { ImageView } from '../../config/image-view.ts'
import { projectRelativePath } from '../../generate/artifacts.ts'
import { registryCertificateFiles } from '../../generate/certificates.ts'
import type { Context } from '../context.ts'
import { pathCas } from '../lib/ca-paths.ts'
import { edit, removeExtraFlags } from '../lib/edit.ts'
import { isDockerHub, isPublicRegistry, registryOfKey, registryOfRepository } from '../lib/hosts.ts'
import { bracedReferences, soleVariable } from '../lib/shell.ts'
import { appliesTo, type Kind, relaxed, type Use } from '../lib/transport.ts'
import { defineRule } from '../types.ts'

/** Certificates: private CAs (x509 errors), and switching TLS off. */

interface PrivateRegistries {
  /** Each host with the fields naming it. */
  readonly hosts: Map<string, string[]>
  /** The hosts among them whose certificate kaniko is told not to check. */
  readonly skipped: Set<string>
}

/**
 * Registries that may need a private CA, with the fields naming each: literal hosts that are not
 * public ones, and any host (also `$CI_REGISTRY`) whose TLS verification is turned off, since that is
 * what people do when its certificate comes from their own CA (KC330 turns it back on). Uses over
 * plain HTTP involve no certificate (KC331 flags those).
 */
function privateRegistries({ config, extraArgs }: Context): PrivateRegistries {
  const http = relaxed(config, extraArgs, 'http')
  const tls = relaxed(config, extraArgs, 'tls')
  const pushed = new Set<string | null>(config.destinations.map((d) => registryOfRepository(d.repository)))
  if (config.cache.enabled) pushed.add(registryOfRepository(config.cache.repository))
  const hosts = new Map<string, string[]>()
  const skipped = new Set<string>()
  const add = (host: string | null, field: string, use: Use) => {
    if (!host || isDockerHub(host) || isPublicRegistry(host) || appliesTo(http, host, use)) return
    const unverified = appliesTo(tls, host, use)
    if (host.includes('$') && !unverified) return
    if (unverified) skipped.add(host)
    hosts.set(host, [...(hosts.get(host) ?? []), field])
  }
  for (const [i, registry] of config.registries.extra.entries()) {
    const host = registryOfKey(registry.host)
    // Credentials serve pushes to the hosts the job pushes to, pulls (base images) elsewhere.
    add(host, `registries.extra[${i}].host`, pushed.has(host) ? 'push' : 'pull')
  }
  for (const [i, mirror] of config.advanced.registryMirrors.entries())
    add(registryOfKey(mirror), `advanced.registryMirrors[${i}]`, 'pull')
  for (const [i, d] of config.destinations.entries())
    add(registryOfRepository(d.repository), `destinations[${i}].repository`, 'push')
  if (config.cache.enabled && config.cache.repository !== '')
    add(registryOfRepository(config.cache.repository), 'cache.repository', 'push')
  for (const { host, field } of tls.listed) add(registryOfKey(host), field, 'pull')
  return { hosts, skipped }
}

const privateWithoutCa = defineRule({
  code: 'KC320',
  name: 'private-registry-without-ca',
  severity: 'info',
  check: (context) => {
    const { config } = context
    if (config.certificates.enabled) return []
    const { hosts, skipped } = privateRegistries(context)
    if (hosts.size === 0) return []
    return [
      {
        fields: [...hosts.values()].flat(),
        params: {
          hosts: [...hosts.keys()].filter((host) => !skipped.has(host)).join(', '),
          skipped: [...skipped].join(', '),
          variable: config.certificates.fileVariable,
        },
        fix: (c: ImageView) =>
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
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.certificates.source = 'file-variable'
              }),
          },
        ]
      : [],
})

/**
 * A CA's registry holding `=`: the generator writes `--registry-certificate <registry>=<file>`, and
 * kaniko splits that at the first `=` (a host never holds one), so it reads another host and a file
 * that is not there. The fix keeps the host only where what follows the `=` is certain to be a pasted
 * `host=file`: nothing, or the very file the flag names already.
 */
const caRegistryHasEquals = defineRule({
  code: 'KC322',
  name: 'ca-registry-has-equals',
  severity: 'error',
  check: ({ config }) => {
    const { certificates } = config
    const files = registryCertificateFiles(config)
    const registries = [
      { field: 'certificates.registry', registry: certificates.registry },
      ...certificates.more.map((ca, i) => ({
        field: `certificates.more[${i}].registry`,
        registry: ca.registry,
      })),
    ]
    return registries.flatMap(({ field, registry }, i) => {
      const file = files[i]
      const equals = registry.indexOf('=')
      if (file === undefined || equals < 0) return []
      const host = registry.slice(0, equals)
      const rest = registry.slice(equals + 1)
      const pasted = host !== '' && (rest === '' || bracedReferences(rest) === bracedReferences(file))
      const fix = (c: ImageView) =>
        edit(c, (draft) => {
          if (i === 0) {
            if (draft.certificates.registry === registry) draft.certificates.registry = host
          } else {
            const entry = draft.certificates.more[i - 1]
            if (entry?.registry === registry) entry.registry = host
          }
        })
      return [
        { fields: [field], params: { registry, host, path: `${rest}=${file}` }, ...(pasted ? { fix } : {}) },
      ]
    })
  },
})

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
  const fix = (c: ImageView) =>
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
  check: (context) => {
    const { certificates } = context.config
    // Turning checks back on fails with x509 errors if the certificate is private: the fix leads to the CA.
    return insecureHits(context, 'tls').map((hit) => ({
      ...hit,
      params: { ...hit.params, variable: certificates.fileVariable, caEnabled: certificates.enabled },
      ...(certificates.enabled ? {} : { reveal: 'certificates.enabled' }),
    }))
  },
})

const plainHttp = defineRule({
  code: 'KC331',
  name: 'insecure-registry',
  severity: 'error',
  check: (context) => insecureHits(context, 'http'),
})

/** Names that say how a variable holds a certificate: `CA_CERT_BASE64`, `CA_B64`; `CA_FILE`, `CA_PATH`. */
const BASE64_NAME = /(?:^|_)(?:BASE64|B64)(?:_|$)/i
const FILE_NAME = /(?:^|_)(?:FILE|PATH)(?:_|$)/i

interface CaVariable {
  readonly field: string
  readonly name: string
  readonly source: 'file-variable' | 'base64-variable'
  readonly fix: (c: ImageView, as: CaVariable['source']) => ImageView
}

/** Every CA given by a variable name, with the field that names it and how to switch its source. */
function caVariables(config: ImageView): CaVariable[] {
  const { certificates } = config
  if (!certificates.enabled) return []
  const out: CaVariable[] = []
  if (certificates.source === 'file-variable' || certificates.source === 'base64-variable') {
    const base64 = certificates.source === 'base64-variable'
    const name = base64 ? certificates.base64Variable : certificates.fileVariable
    out.push({
      field: base64 ? 'certificates.base64Variable' : 'certificates.fileVariable',
      name,
      source: certificates.source,
      fix: (c, as) =>
        edit(c, (draft) => {
          if (draft.certificates.source !== certificates.source) return
          draft.certificates.source = as
          if (as === 'base64-variable') draft.certificates.base64Variable = name
          else draft.certificates.fileVariable = name
        }),
    })
  }
  for (const [i, ca] of certificates.more.entries()) {
    if (ca.source !== 'file-variable' && ca.source !== 'base64-variable') continue
    out.push({
      field: `certificates.more[${i}].value`,
      name: ca.value,
      source: ca.source,
      fix: (c, as) =>
        edit(c, (draft) => {
          const entry = draft.certificates.more[i]
          if (entry?.value === ca.value) entry.source = as
        }),
    })
  }
  return out
}

/**
 * A CA variable whose name says the other way of holding a certificate: `*_BASE64` read as a File
 * variable appends base64 text to the bundle (no certificate); `*_FILE` decoded as base64 decodes
 * the file's path. Names are a convention, not a proof: a warning, with the switch as the fix.
 */
const caVariableKind = defineRule({
  code: 'KC332',
  name: 'ca-variable-kind-mismatch',
  severity: 'warning',
  check: ({ config }) =>
    caVariables(config).flatMap((ca) => {
      const as =
        ca.source === 'file-variable' && BASE64_NAME.test(ca.name)
          ? 'base64-variable'
          : ca.source === 'base64-variable' && FILE_NAME.test(ca.name) && !BASE64_NAME.test(ca.name)
            ? 'file-variable'
            : null
      if (as === null) return []
      return [{ fields: [ca.field], params: { variable: ca.name, as }, fix: (c: ImageView) => ca.fix(c, as) }]
    }),
})

/**
 * A CA read from a path outside the project (a file of the kaniko image) in a multi-arch build: the
 * manifest job runs in manifest-tool's image, which has the repository but not that file, so the
 * generator leaves it out there and manifest-tool does not trust that CA.
 */
const caPathOutsideProject = defineRule({
  code: 'KC333',
  name: 'ca-path-not-in-manifest-job',
  severity: 'warning',
  check: ({ config }) => {
    const { certificates, multiArch } = config
    if (!certificates.enabled || !multiArch.enabled) return []
    return (
      pathCas(certificates)
        // A path that is only a variable is KC334's (it names the release job too, and offers the fix).
        .filter(({ path }) => projectRelativePath(path) === null && soleVariable(path) === null)
        .map(({ field, path }) => ({
          fields: [field, 'multiArch.enabled'],
          params: { path, job: multiArch.manifestJobName },
        }))
    )
  },
})

export const tlsRules = [
  privateWithoutCa,
  pemMissing,
  caRegistryHasEquals,
  tlsOff,
  plainHttp,
  caVariableKind,
  caPathOutsideProject,
]
