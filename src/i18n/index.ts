import type { MessageKey, Messages } from './en.ts'
import { translateIssue } from './issues.ts'

export type { MessageKey, Messages }

export const LANGUAGES = ['en', 'ja'] as const
export type Language = (typeof LANGUAGES)[number]

/** Native names, shown in the language switch whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ja: '日本語' }

/** Everything a language needs: UI messages and translations of the core's validation messages. */
export interface Catalog {
  readonly language: Language
  readonly messages: Messages
  readonly issues: Readonly<Record<string, string>>
}

export type Params = Readonly<Record<string, string | number>>

export interface Translate {
  (key: MessageKey, params?: Params): string
  /** True when `key` names a message (field messages are looked up by a computed key). */
  has(key: string): key is MessageKey
  /** A validation message of the core, in this language. */
  issue(message: string): string
  readonly language: Language
}

// One chunk per language: the page downloads only the language it shows.
const LOADERS: Readonly<Record<Language, () => Promise<Catalog>>> = {
  en: () => import('./catalog-en.ts').then((m) => m.catalog),
  ja: () => import('./catalog-ja.ts').then((m) => m.catalog),
}

const loaded = new Map<Language, Catalog>()

export async function loadCatalog(language: Language): Promise<Catalog> {
  const cached = loaded.get(language)
  if (cached) return cached
  const catalog = await LOADERS[language]()
  loaded.set(language, catalog)
  return catalog
}

/** A catalog already loaded by loadCatalog; throws otherwise (a programming error). */
export function loadedCatalog(language: Language): Catalog {
  const catalog = loaded.get(language)
  if (!catalog) throw new Error(`messages for ${language} are not loaded`)
  return catalog
}

/** Replaces each `{name}` with its parameter; unknown placeholders stay visible so tests catch them. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

export function createTranslate(catalog: Catalog): Translate {
  const { messages, issues } = catalog
  const t = ((key: MessageKey, params?: Params) => format(messages[key], params)) as Translate
  return Object.assign(t, {
    has: (key: string): key is MessageKey => Object.hasOwn(messages, key),
    issue: (message: string) => translateIssue(message, issues),
    language: catalog.language,
  })
}

/** The first of the browser's preferred languages we have, by primary subtag; English otherwise. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0]
    const match = LANGUAGES.find((l) => l === primary)
    if (match) return match
  }
  return 'en'
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}
