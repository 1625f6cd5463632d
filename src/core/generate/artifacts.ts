import type { Config } from '../config/schema.ts'
import { gitlabVariableValue } from '../shell/quote.ts'

/** The files a build job writes for later jobs: --tar-path, --digest-file, --image-name-with-digest-file. */
export const OUTPUT_FILE_FIELDS = ['tarPath', 'digestFile', 'imageNameWithDigestFile'] as const
export type OutputFileField = (typeof OUTPUT_FILE_FIELDS)[number]

const PROJECT_DIR_PREFIX = /^(?:\$\{CI_PROJECT_DIR\}|\$CI_PROJECT_DIR)\/+/

/**
 * A path kaniko writes (shell text) relative to the project directory, as `artifacts:paths` takes it;
 * null when the file is outside the project directory, or where it is cannot be known (another
 * variable, `~`, `..`). kaniko runs in the project directory, so a relative path is inside it.
 */
export function projectRelativePath(path: string): string | null {
  const prefixed = PROJECT_DIR_PREFIX.exec(path)
  if (!prefixed && /^[/$~]/.test(path)) return null
  const rest = (prefixed ? path.slice(prefixed[0].length) : path).replace(/^(?:\.\/+)+/, '')
  if (rest === '' || rest.endsWith('/') || rest.split('/').includes('..')) return null
  return rest
}

/**
 * `artifacts:` keeping the output files inside the project directory (GitLab deletes everything else
 * with the job); undefined when there are none. GitLab expands variables in the paths, like in
 * `variables:`, so a literal `$` is doubled.
 */
export function buildArtifacts(config: Config): Record<string, unknown> | undefined {
  const paths: string[] = []
  for (const field of OUTPUT_FILE_FIELDS) {
    const relative = config.advanced[field] === '' ? null : projectRelativePath(config.advanced[field])
    const entry = relative === null ? null : gitlabVariableValue(relative)
    if (entry !== null && !paths.includes(entry)) paths.push(entry)
  }
  if (paths.length === 0) return undefined
  const expireIn = config.advanced.artifactsExpireIn
  return expireIn === '' ? { paths } : { paths, expire_in: expireIn }
}
