import type { Language } from '../../i18n/index.ts'
import { importText } from './messages.ts'

/** The words of the comparison pane (the preview draws it; its messages travel with the import chunk). */
export interface DiffText {
  readonly heading: string
  readonly close: string
  readonly original: string
  readonly regenerated: string
  readonly loading: string
  readonly failed: string
}

export function diffText(language: Language): DiffText {
  const t = importText(language)
  return {
    heading: t('import.diff.heading'),
    close: t('import.diff.close'),
    original: t('import.diff.original'),
    regenerated: t('import.diff.regenerated'),
    loading: t('import.diff.loading'),
    failed: t('import.diff.failed'),
  }
}
