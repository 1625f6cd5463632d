import { checksEn } from '../../i18n/checks-en.ts'
import { checksJa } from '../../i18n/checks-ja.ts'
import type { Language } from '../../i18n/index.ts'
import { tableTranslate } from '../../i18n/table.ts'

export const checksText = (language: Language) => tableTranslate({ en: checksEn, ja: checksJa }, language)
