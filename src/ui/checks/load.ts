import type { Language } from '../../i18n/index.ts'
import { loadFindingTexts } from './texts.ts'

/**
 * The diagnostics engine and the panel: one chunk, requested when the browser is first idle (like
 * Monaco), so it adds nothing to the first download. The findings' texts in the page's language
 * are their own chunk (texts.ts), requested at the same time rather than after it.
 */
export type ChecksModule = typeof import('./module.ts')

let loading: Promise<ChecksModule> | undefined

export function loadChecks(language: Language): Promise<ChecksModule> {
  loadFindingTexts(language).catch(() => {})
  if (!loading) {
    loading = import('./module.ts')
    loading.catch(() => {
      loading = undefined
    })
  }
  return loading
}
