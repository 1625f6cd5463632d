import type { Config } from '../../core/config/schema.ts'
import { redactCredentials } from '../../core/config/secrets.ts'
import { CONFIG_KEY, local, type Storage } from './storage.ts'

/** The fields (dotted paths) whose credential-like values the saved work was saved without. */
export const WITHOUT_KEY = 'kanikoconfig.storedWithout'

/**
 * Saves the form's work in this browser without the values that look like credentials (as a share
 * link leaves them out), noting which fields lost one so the page can say so when it restores them.
 */
export function saveWork(config: Config, storage: Storage | undefined = local()): void {
  const { config: kept, removed } = redactCredentials(config)
  const without = [...new Set(removed.map((finding) => finding.path))]
  try {
    storage?.setItem(CONFIG_KEY, JSON.stringify(kept))
    if (without.length > 0) storage?.setItem(WITHOUT_KEY, JSON.stringify(without))
    else storage?.removeItem(WITHOUT_KEY)
  } catch {
    // Storage may be full or disabled: the page works without it.
  }
}

/** The fields the saved work was saved without; [] when none or unreadable. */
export function readSavedWithout(storage: Storage | undefined = local()): string[] {
  try {
    const text = storage?.getItem(WITHOUT_KEY)
    const list: unknown = text ? JSON.parse(text) : []
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}
