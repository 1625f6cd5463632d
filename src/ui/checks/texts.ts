import { useEffect, useState } from 'react'
import type { Catalog } from '../../core/diagnostics/messages/catalog.ts'
import type { Language } from '../../i18n/index.ts'

/**
 * The findings' texts, one chunk per language (each catalog is its own dynamic import): the page
 * loads the language it shows alongside the checks chunk (load.ts), the other one when the user
 * switches to it (Header.tsx). The CLI has both (core/diagnostics/messages/all.ts).
 */
const LOADERS: Readonly<Record<Language, () => Promise<Catalog>>> = {
  en: () => import('../../core/diagnostics/messages/en.ts').then((m) => m.en),
  ja: () => import('../../core/diagnostics/messages/ja.ts').then((m) => m.ja),
}

export interface CatalogCache {
  /** The language's catalog, requested once; a failed request is made again on the next call. */
  readonly load: (language: Language) => Promise<Catalog>
  /** The language's catalog once it has arrived, else undefined. */
  readonly loaded: (language: Language) => Catalog | undefined
}

export function catalogCache(loaders: Readonly<Record<Language, () => Promise<Catalog>>>): CatalogCache {
  const requests = new Map<Language, Promise<Catalog>>()
  const arrived = new Map<Language, Catalog>()
  const load = (language: Language) => {
    let request = requests.get(language)
    if (!request) {
      request = loaders[language]().then((catalog) => {
        arrived.set(language, catalog)
        return catalog
      })
      requests.set(language, request)
      // The chunk may load on the next try (back online).
      request.catch(() => requests.delete(language))
    }
    return request
  }
  return { load, loaded: (language) => arrived.get(language) }
}

const cache = catalogCache(LOADERS)
export const loadFindingTexts = cache.load

/**
 * The findings' texts in `language` once `wanted` (the checks chunk is here): the language's own
 * catalog as soon as it has arrived (a language switch waits for it: no other language shows in
 * between), else the last one that arrived, else null.
 */
export function useFindingTexts(language: Language, wanted: boolean): Catalog | null {
  const [last, setLast] = useState<Catalog | null>(null)
  useEffect(() => {
    if (!wanted) return
    let current = true
    cache.load(language).then(
      (catalog) => {
        if (current) setLast(catalog)
      },
      () => {},
    )
    return () => {
      current = false
    }
  }, [language, wanted])
  return wanted ? (cache.loaded(language) ?? last) : null
}
