import { GOOGLE_EXECUTOR } from '../../core/catalog/executors.ts'
import { compareVersions, parseExecutorTag, splitImageReference } from '../../core/catalog/version.ts'
import type { Config } from '../../core/config/schema.ts'
import type { MessageKey, Params } from '../../i18n/index.ts'

/**
 * What the kaniko notice says about the image in use: true for the chosen tag (Google's last release,
 * an older one, a tag that names no release), the fork, or a custom image.
 */
export function currentImageText(executor: Config['executor']): { key: MessageKey; params: Params } {
  const last = GOOGLE_EXECUTOR.defaultTag
  if (executor.source === 'osscontainertools') return { key: 'notice.usingFork', params: {} }
  if (executor.source === 'custom') {
    const { repository } = splitImageReference(executor.customImage)
    return repository === GOOGLE_EXECUTOR.repository
      ? { key: 'notice.usingCustomGoogle', params: { last } }
      : { key: 'notice.usingCustom', params: {} }
  }
  const tag = executor.tag
  const version = parseExecutorTag(tag).version
  const lastVersion = parseExecutorTag(last).version
  if (version === null || lastVersion === null)
    return { key: 'notice.usingGoogleUnpinned', params: { tag, last } }
  return compareVersions(version, lastVersion) < 0
    ? { key: 'notice.usingGoogleOlder', params: { tag, last } }
    : { key: 'notice.usingGoogleLast', params: { tag } }
}

/** Whether the notice offers Google's last release: for any other image than exactly that tag. */
export function offersLastRelease(executor: Config['executor']): boolean {
  return executor.source !== 'google' || executor.tag !== GOOGLE_EXECUTOR.defaultTag
}
