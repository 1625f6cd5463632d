import { format, type Language, type Params } from './index.ts'

/**
 * Messages of a feature that is loaded lazily (share links, diagnostics): both languages travel in the
 * feature's own chunk, so they add nothing to the first download. A test keeps the two key sets equal.
 */
export type MessageTable<K extends string> = Readonly<Record<K, string>>

export type TableTranslate<K extends string> = (key: K, params?: Params) => string

export function tableTranslate<K extends string>(
  tables: Readonly<Record<Language, MessageTable<K>>>,
  language: Language,
): TableTranslate<K> {
  const table = tables[language]
  return (key, params) => format(table[key], params)
}
