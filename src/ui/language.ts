import { isLanguage, type Language, pickLanguage } from '../i18n/index.ts'

const STORAGE_KEY = 'kanikoconfig.language'

/** The language chosen earlier on this browser, else the first supported one of navigator.languages. */
export function initialLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY)
    if (isLanguage(saved)) return saved
  } catch {
    // Storage may be disabled; the browser's languages still apply.
  }
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Not remembering is fine.
  }
}
