import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Certificates } from './pki.ts'

/**
 * The registries of the real-registry proof: CNCF distribution (`docker-registry`) with TLS from the
 * private CA and htpasswd (bcrypt) users, each on its own port of the namespace's loopback.
 */

export interface RegistryUser {
  readonly name: string
  readonly password: string
}

export interface RegistrySpec {
  /** What the logs and results call it. */
  readonly label: string
  readonly host: string
  readonly port: number
  readonly users: readonly RegistryUser[]
}

export interface PreparedRegistry extends RegistrySpec {
  /** `host:port`. */
  readonly address: string
  readonly configFile: string
  readonly logFile: string
}

/** `host:port` (on 443 a reference may leave the port out; the server is the same). */
export function registryAddress(spec: RegistrySpec): string {
  return `${spec.host}:${spec.port}`
}

/** Writes htpasswd, storage dir and config.yml for one registry under `dir`. */
export function prepareRegistry(
  dir: string,
  spec: RegistrySpec,
  certificates: Certificates,
): PreparedRegistry {
  fs.mkdirSync(path.join(dir, 'storage'), { recursive: true })
  const htpasswd = spec.users.map((user) => htpasswdLine(user)).join('')
  fs.writeFileSync(path.join(dir, 'htpasswd'), htpasswd)
  // JSON is YAML: every path and name is quoted correctly without a YAML writer.
  const config = {
    version: 0.1,
    log: { level: 'warn', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: path.join(dir, 'storage') }, delete: { enabled: true } },
    http: {
      addr: `127.0.0.1:${spec.port}`,
      secret: 'kanikoconfig-test',
      tls: { certificate: certificates.serverCert, key: certificates.serverKey },
    },
    auth: { htpasswd: { realm: spec.label, path: path.join(dir, 'htpasswd') } },
  }
  const configFile = path.join(dir, 'config.yml')
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2))
  return { ...spec, address: registryAddress(spec), configFile, logFile: path.join(dir, 'registry.log') }
}

/** One bcrypt line; the password goes through argv untouched (no shell). */
function htpasswdLine(user: RegistryUser): string {
  const result = spawnSync('htpasswd', ['-Bbn', user.name, user.password], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`htpasswd failed for ${user.name}: ${result.stderr}`)
  return `${result.stdout.trim()}\n`
}
