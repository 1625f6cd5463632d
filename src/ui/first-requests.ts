import { loadCatalog } from '../i18n/index.ts'
import { initialLanguage } from './language.ts'

/**
 * Imported by the entry before React and the form's modules: the page's message catalog, awaited
 * before the first render, is requested as the entry starts to evaluate (React DOM and the schema
 * take 40–70 ms there) rather than after it, so it has arrived when the entry is ready to hydrate.
 */
export const language = initialLanguage()
export const catalog = loadCatalog(language)
