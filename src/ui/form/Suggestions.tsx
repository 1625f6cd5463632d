import { memo } from 'react'
import { GOOGLE_EXECUTOR, OSSCONTAINERTOOLS_EXECUTOR } from '../../core/catalog/executors.ts'
import { MANIFEST_TOOL_IMAGES } from '../../core/catalog/manifest-tool.ts'
import { GITLAB_HOSTED_RUNNER_TAG_SUGGESTIONS } from '../../core/catalog/platforms.ts'

/** Suggestion lists for free-text fields, rendered once and referenced by id. */
export const SUGGESTIONS = {
  googleTags: 'dl-google-tags',
  forkTags: 'dl-fork-tags',
  manifestTool: 'dl-manifest-tool',
  runnerTags: 'dl-runner-tags',
  repositories: 'dl-repositories',
  imageTags: 'dl-image-tags',
  registries: 'dl-registries',
} as const

const LISTS: Record<string, readonly string[]> = {
  [SUGGESTIONS.googleTags]: GOOGLE_EXECUTOR.tags,
  [SUGGESTIONS.forkTags]: OSSCONTAINERTOOLS_EXECUTOR.tags,
  [SUGGESTIONS.manifestTool]: MANIFEST_TOOL_IMAGES.map((i) => i.reference),
  [SUGGESTIONS.runnerTags]: GITLAB_HOSTED_RUNNER_TAG_SUGGESTIONS,
  [SUGGESTIONS.repositories]: ['${CI_REGISTRY_IMAGE}', 'docker.io/<namespace>/<image>'],
  [SUGGESTIONS.imageTags]: [
    '${CI_COMMIT_TAG}',
    '${CI_COMMIT_SHORT_SHA}',
    '${CI_COMMIT_REF_SLUG}',
    '${CI_PIPELINE_IID}',
    'latest',
  ],
  [SUGGESTIONS.registries]: ['https://index.docker.io/v1/', 'ghcr.io', 'quay.io'],
}

export const Suggestions = memo(function Suggestions() {
  return (
    <>
      {Object.entries(LISTS).map(([id, values]) => (
        <datalist key={id} id={id}>
          {values.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      ))}
    </>
  )
})
