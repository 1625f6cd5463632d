import type { Catalog, Entry } from './messages/catalog.ts'
import type { Finding } from './types.ts'

/** A finding's texts in one language. */
export interface FindingText {
  /** A short name of the problem (the same for every finding of a code). */
  readonly title: string
  readonly message: string
  /** The fix button's label; absent when the finding has no one-click fix. */
  readonly fix?: string
}

/**
 * A finding's texts from one language's catalog: the page passes the catalog of the language it
 * shows (loaded on its own), the CLI one of both (messages/all.ts).
 */
export function findingText(finding: Finding, catalog: Catalog): FindingText {
  // The catalogs are typed per code; the engine stores each finding's params with its code.
  const entry = catalog[finding.code] as Entry<unknown>
  const text = { title: entry.title, message: entry.message(finding.params) }
  // Every code whose rule offers a fix has a label in both catalogs (catalog.test.ts).
  return finding.fix && entry.fix ? { ...text, fix: entry.fix(finding.params) } : text
}
