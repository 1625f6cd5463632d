import type { Config } from '../core/config/schema.ts'
import { expandShellText } from '../core/shell/text.ts'
import type { CiVariables } from './chroot-runner.ts'
import type { Env } from './oracle.ts'

/**
 * What the custom CA lines of a job must leave behind, computed from docs/generated-pipeline.md
 * ("Custom CAs") and the config alone, without src/core/generate: the CA bundle, the files written
 * for pasted and decoded CAs (kaniko only), and the `--registry-certificate` values, in order.
 */

export interface ExpectedCas {
  readonly bundle: string
  /** Absolute path → content of the CA files the kaniko job writes besides the bundle. */
  readonly files: Readonly<Record<string, string>>
  /** `host=path` of each `--registry-certificate`, in order (kaniko only). */
  readonly registryCertificates: readonly string[]
}

interface Ca {
  readonly source: Config['certificates']['source']
  readonly value: string
  readonly registry: string
  readonly optional: boolean
}

function cas(certificates: Config['certificates']): Ca[] {
  if (!certificates.enabled) return []
  const value = {
    'file-variable': certificates.fileVariable,
    pem: certificates.pem,
    'base64-variable': certificates.base64Variable,
    path: certificates.path,
  }[certificates.source]
  const variable = certificates.source === 'file-variable' || certificates.source === 'base64-variable'
  return [
    {
      source: certificates.source,
      value,
      registry: certificates.registry,
      optional: variable && certificates.onlyWhenSet,
    },
    ...certificates.more.map((ca) => ({ ...ca, optional: false })),
  ]
}

/** Where kaniko's job writes the n-th CA (0-based) when it is pasted or decoded. */
export function writtenCaPath(index: number): string {
  return index === 0 ? '/kaniko/ssl/certs/custom-ca.crt' : `/kaniko/ssl/certs/custom-ca-${index + 1}.crt`
}

/**
 * `variables` are the CI/CD variables (a File-type one as `{file}`), `env` the job's environment
 * (a File-type variable's value is its path), `files` the files of the repository and image
 * (absolute path → content). A path CA is in the manifest job only when it is inside the project
 * directory (relative, or under `$CI_PROJECT_DIR/`): that job has the repository, not kaniko's image.
 */
export function expectedCas(
  certificates: Config['certificates'],
  target: 'kaniko' | 'alpine',
  originalBundle: string,
  variables: CiVariables,
  env: Env,
  files: Readonly<Record<string, string>> = {},
): ExpectedCas {
  let bundle = originalBundle
  const written: Record<string, string> = {}
  const projectDir = env.CI_PROJECT_DIR ?? ''
  // Line breaks go between the CAs the job appends (an optional one whose variable is unset or
  // empty appends nothing, not even a line break); the manifest job has no path outside the project.
  let appended = 0
  const list = cas(certificates)
  list.forEach((ca, index) => {
    // The same CA listed again (for another registry) is in the bundle once.
    if (firstOfSame(list, ca) < index) return
    const raw = variables[ca.value]
    const unset = raw === undefined || raw === ''
    const inJob = !(ca.source === 'path' && target === 'alpine' && !inProjectDir(ca.value))
    if (!inJob) return
    if (ca.optional && unset) return
    const separator = appended++ === 0 ? '' : '\n'
    let content: string
    let file: string
    if (ca.source === 'file-variable') {
      // A plain variable holds a path the job cannot read: nothing reaches the bundle.
      content = typeof raw === 'object' ? raw.file : ''
      file = env[ca.value] ?? ''
    } else if (ca.source === 'base64-variable') {
      content = Buffer.from(typeof raw === 'string' ? raw : '', 'base64').toString('utf8')
      file = writtenCaPath(index)
    } else if (ca.source === 'pem') {
      content = `${ca.value.trim()}\n`
      file = writtenCaPath(index)
    } else {
      file = expandShellText(ca.value, env)
      const absolute = file.startsWith('/') ? file : `${projectDir}/${file}`
      const found = files[absolute]
      if (found === undefined) throw new Error(`no file ${absolute} given to the oracle`)
      content = found
    }
    bundle += separator + content
    if (target === 'kaniko' && (ca.source === 'pem' || ca.source === 'base64-variable'))
      written[file] = content
  })
  return {
    bundle,
    files: written,
    registryCertificates: target === 'kaniko' ? expectedRegistryCertificates(certificates, env) : [],
  }
}

/** A relative path, or one under `$CI_PROJECT_DIR/`, without `..` (the manifest job has the repository). */
function inProjectDir(path: string): boolean {
  const underProject = !/^[/$~]/.test(path) || /^\$\{?CI_PROJECT_DIR\}?\//.test(path)
  return underProject && !path.split('/').includes('..')
}

/**
 * `host=path` of each `--registry-certificate` kaniko receives: a CA that names its registry, by
 * the file it is in (a File variable's path, the path given, or the file a pasted or decoded CA
 * was written to); none for an optional variable that is unset or empty.
 */
export function expectedRegistryCertificates(certificates: Config['certificates'], env: Env): string[] {
  return registryCertificates(certificates, env).map(({ value }) => value)
}

/**
 * The executor's `--registry-certificate` arguments: one word `--registry-certificate=value` when
 * the registry as written starts with `-` (a reader would take it for a flag), also for a CA only
 * used when set (`${X:+…}`).
 */
export function expectedRegistryCertificateArgs(certificates: Config['certificates'], env: Env): string[] {
  return registryCertificates(certificates, env).flatMap(({ value, written }) =>
    written.startsWith('-') ? [`--registry-certificate=${value}`] : ['--registry-certificate', value],
  )
}

/** The index of the first CA with the same source, value and condition (the one the job writes). */
function firstOfSame(list: readonly Ca[], ca: Ca): number {
  return list.findIndex((o) => o.source === ca.source && o.value === ca.value && o.optional === ca.optional)
}

function registryCertificates(certificates: Config['certificates'], env: Env) {
  const list = cas(certificates)
  return list.flatMap((ca) => {
    // A CA listed again is the first one: the job writes its file once.
    const index = firstOfSame(list, ca)
    if (ca.registry === '') return []
    if (ca.optional && (env[ca.value] ?? '') === '') return []
    const file =
      ca.source === 'file-variable'
        ? (env[ca.value] ?? '')
        : ca.source === 'path'
          ? expandShellText(ca.value, env)
          : writtenCaPath(index)
    return [{ value: `${expandShellText(ca.registry, env)}=${file}`, written: ca.registry }]
  })
}
