import type { ImageView } from '../../config/image-view.ts'

/** A changed deep copy of the config: fixes never touch the config they are given. */
export function edit(config: ImageView, change: (draft: ImageView) => void): ImageView {
  const draft = structuredClone(config)
  change(draft)
  return draft
}

/**
 * Removes entries of `advanced.extraFlags` by index, only if each still holds the text it had when the
 * finding was made (a fix applied to a changed config must not remove the wrong flag).
 */
export function removeExtraFlags(draft: ImageView, entries: readonly (readonly [number, string])[]): boolean {
  const flags = draft.advanced.extraFlags
  if (!entries.every(([index, text]) => flags[index] === text)) return false
  const indexes = [...new Set(entries.map(([index]) => index))].sort((a, b) => b - a)
  for (const index of indexes) flags.splice(index, 1)
  return true
}
