import type { ImageView } from '../config/image-view.ts'
import { gitlabVariableValue } from '../shell/quote.ts'

/** The files a build job writes for later jobs: --tar-path, --digest-file, --image-name-with-digest-file. */
export const OUTPUT_FILE_FIELDS = ['tarPath', 'digestFile', 'imageNameWithDigestFile'] as const

const PROJECT_DIR = /^\$(?:\{CI_PROJECT_DIR\}|CI_PROJECT_DIR)\/+/

/**
 * A path kaniko writes (shell text) relative to the project directory, as `artifacts:paths` takes it;
 * null when the file is outside the project directory, or where it is cannot be known (another
 * variable, `~`, `..`). kaniko runs in the project directory, so a relative path is inside it.
 */
export function projectRelativePath(path: string): string | null {
  const inside = path.replace(PROJECT_DIR, '')
  if (inside === path && /^[/$~]/.test(path)) return null
  const rest = inside.replace(/^(?:\.\/+)+/, '')
  return rest === '' || rest.endsWith('/') || rest.split('/').includes('..') ? null : rest
}

/**
 * `artifacts:` keeping the output files inside the project directory (GitLab deletes everything else
 * with the job); undefined when there are none. GitLab expands variables in the paths, like in
 * `variables:`, so a literal `$` is doubled.
 */
export function buildArtifacts({ advanced }: ImageView): Record<string, unknown> | undefined {
  const paths = [
    ...new Set(
      OUTPUT_FILE_FIELDS.map((f) => (advanced[f] === '' ? null : projectRelativePath(advanced[f])))
        .filter((p) => p !== null)
        .map(gitlabVariableValue),
    ),
  ]
  if (paths.length === 0) return undefined
  return advanced.artifactsExpireIn === '' ? { paths } : { paths, expire_in: advanced.artifactsExpireIn }
}
