import type { ImageView } from '../../config/image-view.ts'
import { type ExtraArg, parseGoBool } from './args.ts'
import { keyHost, registryOfKey } from './hosts.ts'

/**
 * Where kaniko talks to registries without a verified certificate, from the form and the extra flags.
 * kaniko applies `--insecure`/`--skip-tls-verify` to what it pushes (destinations, the cache
 * repository), the `-pull` variants to what it pulls (base images, mirrors), and the `-registry` lists
 * to the hosts they name, both ways.
 */
export interface Relaxed {
  readonly push: boolean
  readonly pull: boolean
  /** The hosts of the `-registry` list (registryOfKey: lowercase with port, or `$NAME`). */
  readonly hosts: ReadonlySet<string>
  /** The same hosts as written, with the field naming each. */
  readonly listed: readonly { readonly host: string; readonly field: string }[]
}

export type Kind = 'tls' | 'http'
export type Use = 'push' | 'pull'

const FORM = {
  http: { push: 'insecure', pull: 'insecurePull', list: 'insecureRegistries' },
  tls: { push: 'skipTlsVerify', pull: 'skipTlsVerifyPull', list: 'skipTlsVerifyRegistries' },
} as const

const FLAGS = {
  http: { push: 'insecure', pull: 'insecure-pull', list: 'insecure-registry' },
  tls: { push: 'skip-tls-verify', pull: 'skip-tls-verify-pull', list: 'skip-tls-verify-registry' },
} as const

export function relaxed(config: ImageView, extraArgs: readonly ExtraArg[], kind: Kind): Relaxed {
  const form = FORM[kind]
  const flags = FLAGS[kind]
  const { advanced } = config
  let push = advanced[form.push]
  let pull = advanced[form.pull]
  const listed = advanced[form.list].map((host, i) => ({ host, field: `advanced.${form.list}[${i}]` }))
  for (const arg of extraArgs) {
    if (arg.kind !== 'flag' || arg.spec?.insecure !== kind) continue
    // A bool flag alone is true; `--insecure=false` turns it off.
    const on = arg.value === undefined || parseGoBool(arg.value) !== false
    if (arg.name === flags.push) push ||= on
    else if (arg.name === flags.pull) pull ||= on
    else if (arg.name === flags.list && arg.value !== undefined)
      listed.push({ host: arg.value, field: `advanced.extraFlags[${arg.index}]` })
  }
  return {
    push,
    pull,
    hosts: new Set(listed.map((entry) => registryOfKey(entry.host) ?? keyHost(entry.host))),
    listed,
  }
}

/** Whether kaniko reaches `host` this way for the given use. */
export function appliesTo(relaxed: Relaxed, host: string, use: Use): boolean {
  return relaxed[use] || relaxed.hosts.has(host)
}
