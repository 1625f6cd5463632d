import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Config } from '../../core/config/schema.ts'
import type { CiVariables } from '../chroot-runner.ts'
import { ciVariables } from '../ci-env.ts'
import { removeStaleDirs } from '../stale-dirs.ts'
import { type ClientPaths, prepareClients } from './clients.ts'
import { type Images, makeImages } from './images.ts'
import { type Certificates, makeCertificates } from './pki.ts'
import { type PreparedRegistry, prepareRegistry, type RegistrySpec } from './registries.ts'

/**
 * The world of the real-registry proof: GitLab's registry on gitlab.test:5050, the Dependency Proxy
 * on gitlab.test:443 (the same host: only the port tells their config.json keys apart, and the
 * stripped key `gitlab.test` must reach :443), an extra registry on registry.test:5443, all with
 * TLS from one private CA and hostile passwords; and the CI/CD variables pointing a job at them.
 */

/** 200 characters; quotes, `$`, `\`, `#`, spaces, `:` and non-ASCII within bcrypt's first 72 bytes. */
export const REGISTRY_PASSWORD = pad(`pa"ss'wo rd $HOME $(id) \`id\` \\ \\n # a:b パスワード🔑ü `, 'R')
export const DEPENDENCY_PROXY_PASSWORD = pad(` '$$' "\\" #x y:z ${'${CI_JOB_TOKEN}'} ü日本 `, 'P')
export const EXTRA_USER = 'robot user é'
export const EXTRA_PASSWORD = `x:y "$(id)" \\ # é 🐳 '`

/** The password padded with a token-like tail to 200 characters (code points). */
function pad(start: string, letter: string): string {
  const tail = `${letter}0aZ9`.repeat(60)
  return [...`${start}${tail}`].slice(0, 200).join('')
}

export const GITLAB_HOST = 'gitlab.test'
export const EXTRA_HOST = 'registry.test'

export const REGISTRY_SPECS = {
  gitlab: {
    label: 'GitLab container registry',
    host: GITLAB_HOST,
    port: 5050,
    users: [{ name: 'gitlab-ci-token', password: REGISTRY_PASSWORD }],
  },
  dependencyProxy: {
    label: 'Dependency Proxy',
    host: GITLAB_HOST,
    port: 443,
    users: [{ name: 'gitlab-ci-token', password: DEPENDENCY_PROXY_PASSWORD }],
  },
  extra: {
    label: 'extra registry',
    host: EXTRA_HOST,
    port: 5443,
    users: [{ name: EXTRA_USER, password: EXTRA_PASSWORD }],
  },
} as const satisfies Record<string, RegistrySpec>

export const CI_REGISTRY = 'gitlab.test:5050'
export const CI_REGISTRY_IMAGE = `${CI_REGISTRY}/group/project`
export const CI_DEPENDENCY_PROXY_SERVER = 'gitlab.test:443'
export const PROXY_GROUP_PATH = 'group/dependency_proxy/containers'
export const EXTRA_REGISTRY = 'registry.test:5443'
export const EXTRA_REGISTRY_VARIABLE = 'EXTRA_REGISTRY_HOST'
/** The image the Dependency Proxy serves, under the group prefix. */
export const BASE_IMAGE_NAME = 'busybox:1.36'

export interface TestEnvironment {
  readonly dir: string
  readonly certificates: Certificates
  readonly registries: readonly PreparedRegistry[]
  readonly images: Images
  readonly clients: ClientPaths
}

const DIR_PREFIX = 'kanikoconfig-registry-'

/** Everything the session needs, made under one temp dir (`cleanUp` removes it). */
export function makeEnvironment(): TestEnvironment {
  // A killed test worker never reaches afterAll: remove the dirs of processes that are gone.
  removeStaleDirs(os.tmpdir(), DIR_PREFIX)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${DIR_PREFIX}${process.pid}-`))
  try {
    const certificates = makeCertificates(path.join(dir, 'pki'), [GITLAB_HOST, EXTRA_HOST])
    const registries = Object.entries(REGISTRY_SPECS).map(([name, spec]) =>
      prepareRegistry(path.join(dir, 'registries', name), spec, certificates),
    )
    const images = makeImages(path.join(dir, 'images'))
    const clients = prepareClients(path.join(dir, 'clients'))
    return { dir, certificates, registries, images, clients }
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/** Removes the temp dir; KANIKOCONFIG_KEEP_REGISTRY_DIR=1 keeps it to debug a failure (and says where). */
export function cleanUp(environment: TestEnvironment | undefined): void {
  if (!environment) return
  if (process.env.KANIKOCONFIG_KEEP_REGISTRY_DIR === '1') {
    console.warn(`real registries: kept ${environment.dir} (KANIKOCONFIG_KEEP_REGISTRY_DIR=1)`)
    return
  }
  fs.rmSync(environment.dir, { recursive: true, force: true })
  if (fs.existsSync(environment.dir)) throw new Error(`could not remove ${environment.dir}`)
}

export interface AimOptions {
  readonly registryPassword?: string
  /** Content of the File-type CA variable (default: the test CA). */
  readonly caFileContent?: string
}

/**
 * A job's CI/CD variables with every registry variable pointing at the test registries and the
 * credentials the registries accept (extra registries of `config` get the extra registry's user).
 */
export function testCiVariables(
  config: Config,
  caPem: string,
  options: AimOptions = {},
): Record<string, CiVariables[string]> {
  const credentials: Record<string, string> = {}
  for (const registry of config.registries.extra) {
    credentials[registry.usernameVariable] = EXTRA_USER
    credentials[registry.passwordVariable] = EXTRA_PASSWORD
  }
  return {
    ...ciVariables(config, {
      registryPassword: options.registryPassword ?? REGISTRY_PASSWORD,
      dependencyProxyPassword: DEPENDENCY_PROXY_PASSWORD,
      credentials,
      caFileContent: options.caFileContent ?? caPem,
    }),
    CI_SERVER_HOST: GITLAB_HOST,
    CI_REGISTRY,
    CI_REGISTRY_IMAGE,
    CI_DEPENDENCY_PROXY_SERVER,
    CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX: `${CI_DEPENDENCY_PROXY_SERVER}/${PROXY_GROUP_PATH}`,
    CI_DEPENDENCY_PROXY_DIRECT_GROUP_IMAGE_PREFIX: `${CI_DEPENDENCY_PROXY_SERVER}/group/sub/dependency_proxy/containers`,
    // A project variable naming the extra registry, for configs that write its host as `$NAME`.
    [EXTRA_REGISTRY_VARIABLE]: EXTRA_REGISTRY,
  }
}
