import type { Config, ExtraRegistry } from '../../config/schema.ts'
import type { ImportedJob } from '../job.ts'
import type { AuthEntry } from '../kaniko/auth.ts'
import { isBundle } from '../kaniko/certificates.ts'
import type { Notes } from './values.ts'
import { soleVariable } from './values.ts'

const STRIPPED_PREFIX = '${CI_DEPENDENCY_PROXY_SERVER%%:*}/${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX#*/}'
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
  // gcr's helper reads a service-account key from GOOGLE_APPLICATION_CREDENTIALS (a File variable).
  const googleKey = (job: ImportedJob): Partial<ExtraRegistry> => {
    const value = job.variables.find((v) => v.name === 'GOOGLE_APPLICATION_CREDENTIALS')?.value ?? ''
    const variable = soleVariable(value)
    return variable ? { googleCredentialsFileVariable: variable } : {}
  }
  for (const job of jobs) {
    for (const write of job.authWrites) {
      if (write.form === 'variable-copy' && write.from) {
        const variable = soleVariable(write.from)
        if (variable) {
          registries.dockerAuthConfig = { source: 'variable', variable, merge: true }
          notes.change(write, `config.json from \`${write.from}\`: our entries are merged into its auths`)
        } else notes.notMapped(write, `config.json from \`${write.from}\` is not reproduced`)
        continue
      }
      if (write.form === 'file-copy' && write.from) {
        const variable = soleVariable(write.from)
        if (variable) registries.dockerAuthConfig = { source: 'file-variable', variable, merge: true }
        continue
      }
      if (write.credsStore) {
        const helper = HELPERS[write.credsStore]
        const hosts = [...new Set(destinationHosts)]
        if (!helper || hosts.length === 0)
          notes.notMapped(write, `credsStore \`${write.credsStore}\` is not reproduced`)
        else {
          for (const host of hosts)
            addExtra(
              extraRegistry(host, { credentialHelper: helper, ...(helper === 'gcr' ? googleKey(job) : {}) }),
            )
          notes.change(
            write,
            `credsStore \`${write.credsStore}\` (every registry) becomes a credential helper for ${hosts.join(', ')} only`,
          )
        }
      }
      for (const [host, name] of Object.entries(write.credHelpers)) {
        const helper = HELPERS[name]
        if (helper && !/\s/.test(host))
          addExtra(
            extraRegistry(host, { credentialHelper: helper, ...(helper === 'gcr' ? googleKey(job) : {}) }),
          )
        else notes.notMapped(write, `credHelpers \`${host}\`: \`${name}\` is not reproduced`)
      }
      for (const entry of write.entries) mapEntry(entry, registries, addExtra, buildArgs, notes)
    }
  }
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
    // kanikoconfig's own stripped form strips the prefix too, so FROM lines and the key agree.
    const prefix = buildArgs.get('CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX')
    const strippedTogether =
      entry.host === '${CI_DEPENDENCY_PROXY_SERVER%%:*}' && prefix?.value === STRIPPED_PREFIX
    registries.dependencyProxy = {
      enabled: true,
      stripPort: strippedTogether,
      prefixBuildArg: prefix !== undefined,
    }
    if (entry.hostForm === 'port-stripped' || (!strippedTogether && entry.host.includes('%')))
      notes.change(entry, 'Dependency Proxy key written with its port, as kaniko looks it up (IMP113)')
    return
  }
  if (GITLAB_HOSTS.has(entry.host)) {
    notes.change(
      entry,
      'the GitLab registry entry is written only where kaniko needs it (before v1.9.0 it has no GitLab helper)',
    )
    return
  }
  if (entry.form !== 'auth' && entry.form !== 'username-password') {
    notes.notMapped(entry, `config.json entry for \`${entry.host}\` (${entry.form}) is not reproduced`)
    return
  }
  if (/\s/.test(entry.host) || entry.hostForm === 'expression' || entry.hostForm === 'port-stripped') {
    notes.notMapped(entry, `registry key \`${entry.host}\` is an expression the config cannot hold`)
    return
  }
  const user = entry.username ?? ''
  const password = soleVariable(entry.password ?? '')
  const userVariable = soleVariable(user)
  if (!password) {
    notes.notMapped(entry, `the password for \`${entry.host}\` is not one CI/CD variable`)
    return
  }
  if (!userVariable && (user === '' || user.includes('$') || /[\r\n]/.test(user))) {
    notes.notMapped(entry, `the user name for \`${entry.host}\` is neither a variable nor plain text`)
    return
  }
  addExtra(
    extraRegistry(entry.host, {
      usernameVariable: userVariable ?? 'REGISTRY_USER',
      usernameLiteral: userVariable ? '' : user,
      passwordVariable: password,
    }),
  )
  if (entry.conditional) notes.change(entry, `the entry for \`${entry.host}\` was written on some paths only`)
}

/** CA writes into kaniko's trust directory → `certificates` (first source, then `more`). */
export function mapCertificates(
  jobs: readonly ImportedJob[],
  registryCertificates: readonly { host: string; path: string }[],
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
  for (const job of jobs) {
    for (const write of job.certificates) {
      const { kind, value } = write.source
      if (kind === 'unknown') continue
      const key = `${kind}\u0000${value}`
      if (seen.has(key)) continue
      seen.add(key)
      if (write.mode === 'overwrite' && isBundle(write.target))
        notes.change(write, 'the CA is appended to the bundle instead of replacing it (IMP108)')
      let source: Config['certificates']['source'] = kind === 'variable' ? 'file-variable' : kind
      let stored = value
      if (kind === 'variable' || kind === 'file-variable' || kind === 'base64-variable') {
        const variable = soleVariable(value)
        if (!variable) {
          notes.notMapped(write, `CA from \`${value}\` is not one variable`)
          continue
        }
        stored = variable
        if (kind === 'variable')
          notes.change(
            write,
            `CA from the text of \`${value}\`: read as a File-type variable (\`cat\`); make \`${variable}\` a File variable`,
          )
      }
      if (kind === 'pem') source = 'pem'
      const registry =
        registryCertificates.find((r) => r.path === value || soleVariable(r.path) === stored)?.host ?? ''
      if (registry) used.add(registry)
      if (!certificates.enabled) {
        certificates.enabled = true
        certificates.source = source
        certificates.registry = registry
        certificates.onlyWhenSet = write.conditional && source === 'file-variable'
        if (source === 'file-variable') certificates.fileVariable = stored
        if (source === 'base64-variable') certificates.base64Variable = stored
        if (source === 'pem') certificates.pem = stored.trim()
        if (source === 'path') certificates.path = stored
      } else {
        certificates.more.push({ source, value: source === 'pem' ? stored.trim() : stored, registry })
      }
    }
  }
  return { certificates, usedRegistryCertificates: used }
}
