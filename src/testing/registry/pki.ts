import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'

/**
 * A private CA and one server certificate for every test registry name, made with openssl
 * (P-256 keys: a few milliseconds each). Nothing here is trusted anywhere but in the bundles the
 * job scripts write.
 */

export interface Certificates {
  /** The CA certificate (PEM), what the CI/CD variable or the pasted PEM of a config holds. */
  readonly caPem: string
  readonly caFile: string
  readonly serverCert: string
  readonly serverKey: string
}

const DAYS = '2'

export function makeCertificates(dir: string, names: readonly string[]): Certificates {
  fs.mkdirSync(dir, { recursive: true })
  const file = (name: string) => path.join(dir, name)
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl([
    'req',
    '-x509',
    ...key,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.crt'),
    '-days',
    DAYS,
    '-subj',
    '/CN=kanikoconfig test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ])
  openssl([
    'req',
    '-x509',
    ...key,
    '-keyout',
    file('server.key'),
    '-out',
    file('server.crt'),
    '-days',
    DAYS,
    '-subj',
    `/CN=${names[0] ?? 'localhost'}`,
    '-CA',
    file('ca.crt'),
    '-CAkey',
    file('ca.key'),
    '-addext',
    `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
    '-addext',
    'basicConstraints=critical,CA:FALSE',
    '-addext',
    'extendedKeyUsage=serverAuth',
  ])
  return {
    caPem: fs.readFileSync(file('ca.crt'), 'utf8'),
    caFile: file('ca.crt'),
    serverCert: file('server.crt'),
    serverKey: file('server.key'),
  }
}

function openssl(args: readonly string[]): void {
  const result = spawnSync('openssl', args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`)
}
