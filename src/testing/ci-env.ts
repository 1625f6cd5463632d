import type { ImageView } from '../core/config/image-view.ts'
import { type CiVariables, fileVariablePath } from './chroot-runner.ts'

/**
 * The CI/CD variables proof runs give a job: GitLab's predefined ones with realistic values (a
 * registry with a port, the Dependency Proxy on :443), plus variables the hostile texts refer to, and
 * credentials that are hard to carry through a shell and JSON.
 */

/** Variables hostile texts refer to (`$NAME`/`${NAME}`), with values that are hard to pass through. */
export const REFERENCE_VALUES = {
  CI_PROJECT_DIR: '/builds/group/project',
  CI_COMMIT_SHORT_SHA: '1a2b3c4d',
  CI_COMMIT_TAG: 'v1.2.3',
  CI_REGISTRY_IMAGE: 'registry.example.com:5050/group/project',
  TRICKY: `"$(id)\`id\`\\ #'$HOME`,
  WITH_SPACE: 'a b  c',
  EMPTY: '',
  UNI: '日本語 🐳',
  MULTI_LINE: 'line one\nline two',
  GLOB: '* ? [a]',
} as const

/** A name no test defines: it must expand to nothing. */
export const UNSET_VARIABLE = 'KANIKOCONFIG_UNSET'

/** Passwords and tokens that break naive quoting or base64 wrapping. */
export const HOSTILE_SECRETS = [
  'x'.repeat(200),
  `glpat-${'A1b2C3'.repeat(33)}`.slice(0, 200),
  'pa"ss\'wo rd$HOME$(id)`id`\\n\\#!%s%%',
  ' leading and trailing ',
  'パスワード🔑ü',
  '$$',
  '\\',
  '#',
  'a:b:c',
  '',
] as const

export interface CiEnvOptions {
  readonly registryPassword?: string
  readonly dependencyProxyPassword?: string
  /** Values for the variables extra registries name (default: a hostile secret each). */
  readonly credentials?: Readonly<Record<string, string>>
  /** Content of the File-type CA variable. */
  readonly caFileContent?: string
}

export const DEFAULT_CA_FILE_CONTENT =
  '-----BEGIN CERTIFICATE-----\nMIIB"$(id)`x`\\$HOME #\n-----END CERTIFICATE-----\n'

/** The CI/CD variables of a job of `config` (File-type CA variable and extra registry credentials included). */
export function ciVariables(
  config: Pick<ImageView, 'registries' | 'certificates'>,
  options: CiEnvOptions = {},
): Record<string, CiVariables[string]> {
  const vars: Record<string, CiVariables[string]> = {
    ...REFERENCE_VALUES,
    CI_BUILDS_DIR: '/builds',
    CI_COMMIT_SHA: '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
    CI_COMMIT_REF_NAME: 'feature/x',
    CI_COMMIT_REF_SLUG: 'feature-x',
    CI_COMMIT_BRANCH: 'main',
    CI_DEFAULT_BRANCH: 'main',
    CI_PIPELINE_SOURCE: 'push',
    CI_PROJECT_TITLE: 'Project "$(title)" `x` #1',
    CI_PROJECT_URL: 'https://gitlab.example.com/group/project',
    CI_JOB_STARTED_AT: '2026-11-28T00:00:00Z',
    CI_SERVER_HOST: 'gitlab.example.com',
    CI_REGISTRY: 'registry.example.com:5050',
    CI_REGISTRY_USER: 'gitlab-ci-token',
    CI_REGISTRY_PASSWORD: options.registryPassword ?? HOSTILE_SECRETS[1],
    CI_DEPENDENCY_PROXY_SERVER: 'gitlab.example.com:443',
    CI_DEPENDENCY_PROXY_USER: 'gitlab-ci-token',
    CI_DEPENDENCY_PROXY_PASSWORD: options.dependencyProxyPassword ?? HOSTILE_SECRETS[2],
    CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX: 'gitlab.example.com:443/group/dependency_proxy/containers',
    CI_DEPENDENCY_PROXY_DIRECT_GROUP_IMAGE_PREFIX:
      'gitlab.example.com:443/group/sub/dependency_proxy/containers',
    NPM_TOKEN: 'npm_secret',
  }
  let i = 0
  for (const registry of config.registries.extra) {
    for (const name of [registry.usernameVariable, registry.passwordVariable]) {
      if (name in vars) continue
      vars[name] = options.credentials?.[name] ?? HOSTILE_SECRETS[i++ % HOSTILE_SECRETS.length] ?? ''
    }
  }
  if (config.certificates.enabled && config.certificates.source === 'file-variable') {
    vars[config.certificates.fileVariable] = { file: options.caFileContent ?? DEFAULT_CA_FILE_CONTENT }
  }
  return vars
}

/** The environment as the job's shell sees it: File-type variables become their paths. */
export function shellView(vars: Readonly<Record<string, CiVariables[string]>>): Record<string, string> {
  const projectDir = typeof vars.CI_PROJECT_DIR === 'string' ? vars.CI_PROJECT_DIR : '/builds/group/project'
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(vars)) {
    out[name] = typeof value === 'string' ? value : fileVariablePath(projectDir, name)
  }
  return out
}
