import { importEn } from '../../i18n/import-en.ts'
import { importJa } from '../../i18n/import-ja.ts'
import type { Language } from '../../i18n/index.ts'
import { tableTranslate } from '../../i18n/table.ts'

export const importText = (language: Language) => tableTranslate({ en: importEn, ja: importJa }, language)
