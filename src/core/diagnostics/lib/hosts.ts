/** Registry host names, as config.json keys and image references spell them. */

export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/'

const DOCKER_HUB_HOSTS = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
])

/** Registries whose certificates come from public CAs: an x509 error there is not about a private CA. */
const PUBLIC_HOSTS = new Set([
  ...DOCKER_HUB_HOSTS,
  'ghcr.io',
  'quay.io',
  'gcr.io',
  'mirror.gcr.io',
  'public.ecr.aws',
  'registry.gitlab.com',
  'mcr.microsoft.com',
  'registry.k8s.io',
  'nvcr.io',
  'docker.elastic.co',
])
const PUBLIC_SUFFIXES = ['.gcr.io', '.pkg.dev', '.amazonaws.com', '.azurecr.io', '.jfrog.io']

/** Registries kaniko logs in to by itself (its keychain: Google, ECR, ACR; GitLab.com's helper). */
const SELF_AUTH_HOSTS = new Set(['gcr.io', 'registry.gitlab.com'])
const SELF_AUTH_SUFFIXES = ['.gcr.io', '.pkg.dev', '.amazonaws.com', '.azurecr.io']

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//

/** The host (with port) of a config.json key such as `https://index.docker.io/v1/` or `registry:5000`. */
export function keyHost(key: string): string {
  const host = key.replace(SCHEME, '').split('/')[0] ?? ''
  return host.toLowerCase()
}

/**
 * The registry host of an image repository: `docker.io` when it has none (Docker Hub), null when a
 * variable decides it (`${CI_REGISTRY_IMAGE}`, `$REGISTRY/app`).
 */
export function repositoryHost(repository: string): string | null {
  const withoutScheme = repository.replace(SCHEME, '')
  const slash = withoutScheme.indexOf('/')
  const first = slash < 0 ? withoutScheme : withoutScheme.slice(0, slash)
  if (first.includes('$')) return null
  if (slash < 0 || !(first.includes('.') || first.includes(':') || first === 'localhost')) return 'docker.io'
  return first.toLowerCase()
}

export function isDockerHub(host: string): boolean {
  return DOCKER_HUB_HOSTS.has(withoutPort(host))
}

export function isPublicRegistry(host: string): boolean {
  const name = withoutPort(host)
  return PUBLIC_HOSTS.has(name) || PUBLIC_SUFFIXES.some((suffix) => name.endsWith(suffix))
}

export function logsInByItself(host: string): boolean {
  const name = withoutPort(host)
  return SELF_AUTH_HOSTS.has(name) || SELF_AUTH_SUFFIXES.some((suffix) => name.endsWith(suffix))
}

/** Same registry for credentials: Docker Hub's names are one registry. */
export function sameRegistry(a: string, b: string): boolean {
  if (isDockerHub(a) && isDockerHub(b)) return true
  return a === b
}

function withoutPort(host: string): string {
  return host.replace(/:\d+$/, '')
}

const LONE_VARIABLE = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/

/**
 * The registry a config.json key (or a `--*-registry` value) names: keyHost, or `$NAME` when one
 * CI/CD variable is the whole host (`${CI_REGISTRY}`); null when variables make it up otherwise.
 */
export function registryOfKey(key: string): string | null {
  const host = key.replace(SCHEME, '').split('/')[0] ?? ''
  const name = LONE_VARIABLE.exec(host)?.[1]
  if (name) return `$${name}`
  return host.includes('$') ? null : host.toLowerCase()
}

/**
 * The registry an image repository is on: repositoryHost, or `$NAME` when one CI/CD variable is the
 * host (`$HARBOR/app`); `${CI_REGISTRY_IMAGE}` is on `$CI_REGISTRY`. null when variables decide otherwise.
 */
export function registryOfRepository(repository: string): string | null {
  const withoutScheme = repository.replace(SCHEME, '')
  const slash = withoutScheme.indexOf('/')
  const first = slash < 0 ? withoutScheme : withoutScheme.slice(0, slash)
  const name = LONE_VARIABLE.exec(first)?.[1]
  if (name === 'CI_REGISTRY_IMAGE') return '$CI_REGISTRY'
  if (name) return slash < 0 ? null : `$${name}`
  return repositoryHost(repository)
}
