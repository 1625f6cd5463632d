import { loadCatalog } from '../i18n/index.ts'
import { initialLanguage } from './language.ts'

/**
 * Imported by the entry before React and the form's modules: the page's message catalog, awaited
 * before the first render, is imported as the entry starts to evaluate rather than after it. In a
 * build this picks up the request public/boot.js made while the page was parsing; in `vite dev`
 * (no boot.js) it is the request.
 */
export const language = initialLanguage()
export const catalog = loadCatalog(language)
