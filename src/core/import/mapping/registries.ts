import type { Config, ExtraRegistry } from '../../config/schema.ts'
import type { ImportedJob } from '../job.ts'
import type { AuthEntry } from '../kaniko/auth.ts'
import type { CertificateWrite } from '../kaniko/certificates.ts'
import { isBundle } from '../kaniko/certificates.ts'
import { allCommands, programName } from '../kaniko/commands.ts'
import { because } from '../reasons.ts'
import { wordText } from '../shell/words.ts'
import type { RegistryCertificate } from './flags.ts'
import type { Notes } from './values.ts'
import { soleVariable } from './values.ts'

export const STRIPPED_PREFIX =
  '${CI_DEPENDENCY_PROXY_SERVER%%:*}/${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX#*/}'
const GOOGLE_KEY = 'GOOGLE_APPLICATION_CREDENTIALS'
const GITLAB_HOSTS = new Set(['$CI_REGISTRY', '${CI_REGISTRY}'])
const HELPERS: Readonly<Record<string, ExtraRegistry['credentialHelper']>> = {
  'ecr-login': 'ecr-login',
  gcr: 'gcr',
  gcloud: 'gcr',
  'acr-env': 'acr-env',
}

/** The registry part of a destination (`$X` or `host:port`), or null when it cannot be told. */
export function destinationHost(repository: string): string | null {
  const first = repository.split('/')[0] ?? ''
  if (soleVariable(first) !== null) return first
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : null
}

/** Every config.json the build jobs write → `registries` (GitLab, Dependency Proxy, others, helpers, DOCKER_AUTH_CONFIG). */
export function mapRegistries(
  jobs: readonly ImportedJob[],
  destinationHosts: readonly string[],
  buildArgs: ReadonlyMap<string, { value: string; fromEnvironment: boolean }>,
  notes: Notes,
): Config['registries'] {
  const registries: Config['registries'] = {
    gitlabAuth: 'auto',
    dependencyProxy: { enabled: false, stripPort: true, prefixBuildArg: true },
    extra: [],
    dockerAuthConfig: { source: 'none', variable: 'DOCKER_AUTH_CONFIG', merge: true },
  }
  const addExtra = (registry: ExtraRegistry) => {
    if (!registries.extra.some((r) => r.host === registry.host)) registries.extra.push(registry)
  }
  // gcr's helper reads a service-account key from GOOGLE_APPLICATION_CREDENTIALS (a File variable),
  // set in `variables:` or exported by the script (the generator's form).
  const googleKey = (job: ImportedJob): Partial<ExtraRegistry> => {
    const exported = job.scripts
      .flatMap((script) => allCommands(script.commands))
      .filter((command) => programName(command) === 'export')
      .flatMap((command) => command.words.slice(1).map(wordText))
      .find((text) => text.startsWith(`${GOOGLE_KEY}=`))
      ?.slice(GOOGLE_KEY.length + 1)
    const value = exported ?? job.variables.find((v) => v.name === GOOGLE_KEY)?.value ?? ''
    const variable = soleVariable(value)
    // The pipeline has one key: it is the first gcr registry's (the generator writes that one's).
    const first = !registries.extra.some((r) => r.credentialHelper === 'gcr')
    return variable && first ? { googleCredentialsFileVariable: variable } : {}
  }
  for (const job of jobs) {
    for (const write of job.authWrites) {
      if (write.form === 'variable-copy' && write.from) {
        const variable = soleVariable(write.from)
        if (variable) {
          registries.dockerAuthConfig = { source: 'variable', variable, merge: true }
          notes.change(write, because('auth-variable-merged', { from: write.from }))
        } else notes.notMapped(write, because('auth-variable-lost', { from: write.from }))
        continue
      }
      if (write.form === 'file-copy' && write.from) {
        // A File variable's path (`cat "${DOCKER_AUTH_CONFIG}"`, `cp "$AUTH_FILE" …`) is GitLab's
        // DOCKER_AUTH_CONFIG convention as a File variable; any other file is not reproduced.
        // Copied only in some runs, or from a job variable (not a File variable): listed.
        const variable = soleVariable(write.from)
        if (variable) registries.dockerAuthConfig = { source: 'file-variable', variable, merge: true }
        const fileVariable = variable && !job.variables.some((v) => v.name === variable)
        if (fileVariable && !write.conditional)
          notes.change(write, because('auth-variable-merged', { from: write.from }))
        else notes.notMapped(write, because('auth-file-copied', { from: write.from }))
        continue
      }
      if (write.credsStore) {
        const helper = HELPERS[write.credsStore]
        const hosts = [...new Set(destinationHosts)]
        if (!helper || hosts.length === 0)
          notes.notMapped(write, because('creds-store-lost', { store: write.credsStore }))
        else {
          for (const host of hosts)
            addExtra(
              extraRegistry(host, { credentialHelper: helper, ...(helper === 'gcr' ? googleKey(job) : {}) }),
            )
          notes.change(
            write,
            because('creds-store-scoped', { store: write.credsStore, hosts: hosts.join(', ') }),
          )
        }
      }
      for (const [host, name] of Object.entries(write.credHelpers)) {
        const helper = HELPERS[name]
        if (helper && !/\s/.test(host))
          addExtra(
            extraRegistry(host, { credentialHelper: helper, ...(helper === 'gcr' ? googleKey(job) : {}) }),
          )
        else notes.notMapped(write, because('cred-helper-lost', { host, helper: name }))
      }
      for (const entry of write.entries) mapEntry(entry, registries, addExtra, buildArgs, notes)
    }
  }
  // A config.json with other registries but without the GitLab one: kaniko's own GitLab helper logs
  // in to $CI_REGISTRY (`gitlabAuth: helper`, the form the generator writes for it).
  const documents = jobs.flatMap((job) => job.authWrites.filter((write) => write.form === 'json'))
  const others = registries.extra.length > 0 || registries.dependencyProxy.enabled
  const gitlab = documents.some((write) => write.entries.some((entry) => GITLAB_HOSTS.has(entry.host)))
  if (others && documents.length > 0 && !gitlab) registries.gitlabAuth = 'helper'
  return registries
}

function extraRegistry(host: string, fields: Partial<ExtraRegistry>): ExtraRegistry {
  return {
    host,
    usernameVariable: 'REGISTRY_USER',
    usernameLiteral: '',
    passwordVariable: 'REGISTRY_PASSWORD',
    credentialHelper: 'none',
    googleCredentialsFileVariable: '',
    ...fields,
  }
}

function mapEntry(
  entry: AuthEntry,
  registries: Config['registries'],
  addExtra: (registry: ExtraRegistry) => void,
  buildArgs: ReadonlyMap<string, { value: string; fromEnvironment: boolean }>,
  notes: Notes,
): void {
  if (entry.host.includes('CI_DEPENDENCY_PROXY_SERVER')) {
    // kanikoconfig's own stripped form strips the prefix too (when it passes one), so FROM lines
    // and the key agree.
    const prefix = buildArgs.get('CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX')
    const strippedTogether =
      entry.host === '${CI_DEPENDENCY_PROXY_SERVER%%:*}' &&
      (prefix === undefined || prefix.value === STRIPPED_PREFIX)
    registries.dependencyProxy = {
      enabled: true,
      stripPort: strippedTogether,
      prefixBuildArg: prefix !== undefined,
    }
    if (entry.hostForm === 'port-stripped' || (!strippedTogether && entry.host.includes('%')))
      notes.change(entry, because('dependency-proxy-port'))
    return
  }
  if (GITLAB_HOSTS.has(entry.host)) {
    // Reproduced as written; where kaniko's own helper would log in, KC353 offers `auto`.
    registries.gitlabAuth = 'config-json'
    return
  }
  if (entry.form !== 'auth' && entry.form !== 'username-password') {
    notes.notMapped(entry, because('auth-entry-form', { host: entry.host, form: entry.form }))
    return
  }
  if (/\s/.test(entry.host) || entry.hostForm === 'expression' || entry.hostForm === 'port-stripped') {
    notes.notMapped(entry, because('registry-key-expression', { host: entry.host }))
    return
  }
  const user = entry.username ?? ''
  const password = soleVariable(entry.password ?? '')
  // `"\$X"` is the text `$X` (a literal user name), not the variable X.
  const userVariable = entry.usernameIsText === true ? null : soleVariable(user)
  if (!password) {
    notes.notMapped(entry, because('password-not-variable', { host: entry.host }))
    return
  }
  // A `$` in a user name is text only where the script quotes or escapes it (`robot\$project+ci`).
  const text = entry.usernameIsText === true || !user.includes('$')
  if (!userVariable && (user === '' || !text || /[\r\n]/.test(user))) {
    notes.notMapped(entry, because('user-not-plain', { host: entry.host }))
    return
  }
  addExtra(
    extraRegistry(entry.host, {
      usernameVariable: userVariable ?? 'REGISTRY_USER',
      usernameLiteral: userVariable ? '' : user,
      passwordVariable: password,
    }),
  )
  if (entry.conditional) notes.change(entry, because('auth-entry-conditional', { host: entry.host }))
}

/**
 * A CA written to a file of its own and then appended to the bundle (`cat that-file >> bundle`) is
 * one CA, in the place of the append: the order CAs have in the bundle.
 */
function inBundleOrder(writes: readonly CertificateWrite[]): CertificateWrite[] {
  const appendOf = (write: CertificateWrite) =>
    isBundle(write.target)
      ? undefined
      : writes.find((other) => other.source.kind === 'path' && other.source.value === write.target)
  const moved = new Map(
    writes.flatMap((write) => {
      const append = appendOf(write)
      return append ? [[append, write] as const] : []
    }),
  )
  return writes.flatMap((write) => (appendOf(write) ? [] : [moved.get(write) ?? write]))
}

/** A `--registry-certificate` flag as the config writes it: its host, path and condition. */
export const registryCertificateKey = (r: RegistryCertificate): string =>
  `${r.onlyWhenSet ?? ''}\u0000${r.host}=${r.path}`

/**
 * CA writes into kaniko's trust directory → `certificates` (first source, then `more`). The
 * `--registry-certificate`s of a job (`registryCertificatesOf`) are given out in their order, as
 * the config writes them: each to the first CA after the last one given a flag that names its file
 * and has none yet; a flag naming an earlier CA is that CA again, for one more registry (the same
 * CA listed twice is appended once). A flag passed only when a variable is set (`${X:+…}`) names a
 * CA appended only then. `usedRegistryCertificates` holds the flags the config writes
 * (registryCertificateKey).
 */
export function mapCertificates(
  jobs: readonly ImportedJob[],
  registryCertificatesOf: (job: ImportedJob) => readonly RegistryCertificate[],
  notes: Notes,
): { certificates: Config['certificates']; usedRegistryCertificates: Set<string> } {
  const certificates: Config['certificates'] = {
    enabled: false,
    source: 'file-variable',
    fileVariable: 'CUSTOM_CA_CERT',
    onlyWhenSet: false,
    pem: '',
    base64Variable: 'CUSTOM_CA_CERT_BASE64',
    path: '',
    registry: '',
    more: [],
  }
  const used = new Set<string>()
  const seen = new Set<string>()
  const again = new Set<string>()
  for (const job of jobs) {
    // The same CA in another build job is that one; twice in one job, it is written twice.
    const jobSeen = new Set<string>()
    const cas: JobCa[] = []
    for (const write of inBundleOrder(job.certificates)) {
      const { kind, value } = write.source
      if (kind === 'unknown') continue
      const variable = soleVariable(value)
      // A variable's CA appended only in some runs is read as appended only when it is set: its flag
      // is the one passed only then, and an unconditional flag stays one (an extra flag).
      const optional = write.conditional && (kind === 'variable' || kind.endsWith('-variable'))
      const names = (r: RegistryCertificate) =>
        (r.path === value ||
          r.path === write.target ||
          (variable !== null && soleVariable(r.path) === variable)) &&
        (r.onlyWhenSet === null ? !optional : optional && r.onlyWhenSet === variable)
      const key = `${kind}\u0000${value}`
      const ca: JobCa = { names, optional, taken: false, setRegistry: null, copy: null, entry: null }
      cas.push(ca)
      if (seen.has(key)) continue
      jobSeen.add(key)
      if (write.mode === 'overwrite' && isBundle(write.target)) notes.change(write, because('ca-appended'))
      let source: Config['certificates']['source'] = kind === 'variable' ? 'file-variable' : kind
      let stored = value
      if (kind === 'variable' || kind === 'file-variable' || kind === 'base64-variable') {
        const variable = soleVariable(value)
        if (!variable) {
          notes.notMapped(write, because('ca-not-variable', { source: value }))
          continue
        }
        stored = variable
        if (kind === 'variable') notes.change(write, because('ca-text-as-file', { source: value, variable }))
      }
      if (kind === 'pem') source = 'pem'
      const more = { source, value: source === 'pem' ? stored.trim() : stored, registry: '' }
      ca.copy = (registry) => ({ ...more, registry })
      if (!certificates.enabled) {
        certificates.enabled = true
        certificates.source = source
        // Only a variable can be unset (a File variable, or base64 text).
        certificates.onlyWhenSet =
          write.conditional && (source === 'file-variable' || source === 'base64-variable')
        if (source === 'file-variable') certificates.fileVariable = stored
        if (source === 'base64-variable') certificates.base64Variable = stored
        if (source === 'pem') certificates.pem = stored.trim()
        if (source === 'path') certificates.path = stored
        ca.setRegistry = (registry) => {
          certificates.registry = registry
        }
      } else {
        certificates.more.push(more)
        ca.entry = more
        ca.setRegistry = (registry) => {
          more.registry = registry
        }
      }
    }
    let next = 0
    // The config entry of the CA given the last flag: a CA named again goes right after it.
    let last: Config['certificates']['more'][number] | null = null
    for (const flag of registryCertificatesOf(job)) {
      const at = cas.findIndex((ca, i) => i >= next && !ca.taken && ca.names(flag))
      const ca = cas[at]
      if (ca) {
        ca.taken = true
        ca.setRegistry?.(flag.host)
        used.add(registryCertificateKey(flag))
        next = at + 1
        last = ca.entry
        continue
      }
      const earlier = cas.find((c) => !c.optional && c.names(flag))
      if (!earlier) continue
      used.add(registryCertificateKey(flag))
      const copy = earlier.copy?.(flag.host)
      const copyKey = JSON.stringify(copy)
      if (!copy || again.has(copyKey)) continue
      again.add(copyKey)
      certificates.more.splice(last ? certificates.more.indexOf(last) + 1 : 0, 0, copy)
      last = copy
    }
    for (const key of jobSeen) seen.add(key)
  }
  return { certificates, usedRegistryCertificates: used }
}

/** A CA appended by one job, and which of its `--registry-certificate`s names it. */
interface JobCa {
  readonly names: (flag: RegistryCertificate) => boolean
  readonly optional: boolean
  taken: boolean
  /** Null for a CA an earlier job mapped already (its flags are that job's). */
  setRegistry: ((registry: string) => void) | null
  /** The CA again, for another registry (`certificates.more`). */
  copy: ((registry: string) => Config['certificates']['more'][number]) | null
  /** Its entry of `certificates.more` (null for the first CA). */
  entry: Config['certificates']['more'][number] | null
}
