import type { Lang } from '../types.ts'
import type { Catalog } from './catalog.ts'
import { en } from './en.ts'
import { ja } from './ja.ts'

/**
 * Both languages' catalogs, imported statically: for Node (the CLI, tests). The page imports neither
 * here: it loads the catalog of the language it shows on its own (src/ui/checks/texts.ts).
 */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { en, ja }
