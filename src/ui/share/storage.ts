import { parseConfig } from '../../core/config/parse.ts'
import type { Config } from '../../core/config/schema.ts'

/**
 * The last config of this browser, so a reload or a new visit continues where the user left off.
 * The first render reads it; save-work.ts (in the share chunk) writes it.
 */
export const CONFIG_KEY = 'kanikoconfig.config'

export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>

export function local(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** The stored config, migrated and validated; undefined when there is none or it cannot be read. */
export function readStoredConfig(storage: Storage | undefined = local()): Config | undefined {
  try {
    const text = storage?.getItem(CONFIG_KEY)
    if (!text) return undefined
    const parsed = parseConfig(JSON.parse(text))
    return parsed.ok ? parsed.config : undefined
  } catch {
    return undefined
  }
}
