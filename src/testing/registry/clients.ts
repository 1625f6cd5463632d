import * as fs from 'node:fs'
import * as path from 'node:path'

/**
 * How skopeo and buildah run in the proof: with a clean environment (`env -i`), their storage,
 * temp files and containers config in the test's own directory, no trust but the bundle under
 * test (`SSL_CERT_FILE=/nonexistent SSL_CERT_DIR=<dir with the bundle>`, and an empty certs.d dir
 * so /etc/containers/certs.d or /etc/docker/certs.d cannot add any), and no credentials but the
 * config.json under test (`--authfile`; REGISTRY_AUTH_FILE is unset).
 */

/** The authfile of a job that wrote no config.json: a missing file gives the clients no credentials. */
export const NO_AUTHFILE = '/nonexistent/config.json'

export interface ClientPaths {
  readonly home: string
  readonly tmp: string
  readonly emptyCertDir: string
  readonly policy: string
  readonly registriesConf: string
  readonly containersConf: string
  readonly storageConf: string
  readonly storageRoot: string
  readonly runRoot: string
}

export function prepareClients(dir: string): ClientPaths {
  const p = (name: string) => path.join(dir, name)
  const paths: ClientPaths = {
    home: p('home'),
    tmp: p('tmp'),
    emptyCertDir: p('certs.d-empty'),
    policy: p('policy.json'),
    registriesConf: p('registries.conf'),
    containersConf: p('containers.conf'),
    storageConf: p('storage.conf'),
    storageRoot: p('storage'),
    runRoot: p('run'),
  }
  for (const d of [paths.home, paths.tmp, paths.emptyCertDir, paths.storageRoot, paths.runRoot]) {
    fs.mkdirSync(d, { recursive: true })
  }
  fs.writeFileSync(paths.policy, '{"default":[{"type":"insecureAcceptAnything"}]}\n')
  // Fully qualified references only: no search registries, no mirrors, nothing insecure.
  fs.writeFileSync(paths.registriesConf, 'unqualified-search-registries = []\n')
  fs.writeFileSync(paths.containersConf, '')
  fs.writeFileSync(
    paths.storageConf,
    `[storage]\ndriver = "vfs"\ngraphroot = ${JSON.stringify(paths.storageRoot)}\nrunroot = ${JSON.stringify(paths.runRoot)}\n`,
  )
  return paths
}

/** The whole environment of a client step that trusts only what is in `bundleDir`. */
export function clientEnv(
  paths: ClientPaths,
  bundleDir: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: paths.home,
    TMPDIR: paths.tmp,
    XDG_CONFIG_HOME: path.join(paths.home, '.config'),
    XDG_DATA_HOME: path.join(paths.home, '.local/share'),
    SSL_CERT_FILE: '/nonexistent',
    SSL_CERT_DIR: bundleDir,
    CONTAINERS_REGISTRIES_CONF: paths.registriesConf,
    CONTAINERS_CONF: paths.containersConf,
    CONTAINERS_STORAGE_CONF: paths.storageConf,
    ...extra,
  }
}

/** `skopeo copy` from an image (oci:… or docker://…) to another. */
export function skopeoCopy(paths: ClientPaths, authfile: string, from: string, to: string): string[] {
  return [
    'skopeo',
    '--policy',
    paths.policy,
    'copy',
    '--retry-times',
    '0',
    '--authfile',
    authfile,
    '--src-cert-dir',
    paths.emptyCertDir,
    '--dest-cert-dir',
    paths.emptyCertDir,
    from,
    to,
  ]
}

/** `skopeo inspect` of a registry image: `--raw` gives the manifest, `--config` the image config. */
export function skopeoInspect(
  paths: ClientPaths,
  authfile: string,
  reference: string,
  what: '--raw' | '--config',
): string[] {
  return [
    'skopeo',
    '--policy',
    paths.policy,
    'inspect',
    what,
    '--retry-times',
    '0',
    '--authfile',
    authfile,
    '--cert-dir',
    paths.emptyCertDir,
    `docker://${reference}`,
  ]
}

/** `buildah <command>` with the test's own vfs storage. */
export function buildah(paths: ClientPaths, ...args: string[]): string[] {
  return [
    'buildah',
    '--root',
    paths.storageRoot,
    '--runroot',
    paths.runRoot,
    '--storage-driver',
    'vfs',
    ...args,
  ]
}

/** The test's trust policy for buildah commands that copy images (`manifest add` takes none). */
export function buildahPolicy(paths: ClientPaths): string[] {
  return ['--signature-policy', paths.policy]
}

/** Registry options of buildah's pull/push commands: credentials given, nothing else trusted. */
export function buildahRegistryOptions(
  paths: ClientPaths,
  credentials: { readonly authfile: string } | { readonly creds: string },
): string[] {
  const auth =
    'authfile' in credentials ? ['--authfile', credentials.authfile] : ['--creds', credentials.creds]
  return [...auth, '--cert-dir', paths.emptyCertDir]
}
