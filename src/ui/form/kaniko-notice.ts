import { GOOGLE_EXECUTOR } from '../../core/catalog/executors.ts'
import type { Config } from '../../core/config/schema.ts'
import type { MessageKey } from '../../i18n/index.ts'

/**
 * What the kaniko notice says about the image in use, true for the chosen tag: the notice already says
 * that v1.24.0 was the last release, so a Google tag is named, and called older when it names an older
 * version (the project is archived: every other version is older). Kept tiny: the notice is part of
 * the first download, which has a byte budget.
 */
export function currentImageKey({ source, tag }: Config['executor']): MessageKey {
  if (source !== 'google') return source === 'custom' ? 'notice.usingCustom' : 'notice.usingFork'
  const version = /\d+\.\d+\.\d+/.exec(tag)
  return version && !GOOGLE_EXECUTOR.defaultTag.includes(version[0])
    ? 'notice.usingGoogleOlder'
    : 'notice.usingGoogle'
}
