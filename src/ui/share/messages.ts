import type { Language } from '../../i18n/index.ts'
import { shareEn } from '../../i18n/share-en.ts'
import { shareJa } from '../../i18n/share-ja.ts'
import { tableTranslate } from '../../i18n/table.ts'

export const shareText = (language: Language) => tableTranslate({ en: shareEn, ja: shareJa }, language)

/** What the page says when it is framed by another origin (see src/ui/framing.ts). */
export const framedText = (language: Language) => shareText(language)('framed')

/** A list inside a sentence: "a, b" in English, "a、b" in Japanese. */
export const joinList = (items: readonly string[], language: Language) =>
  items.join(language === 'ja' ? '、' : ', ')
