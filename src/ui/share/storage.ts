import { parseConfig } from '../../core/config/parse.ts'
import type { Config } from '../../core/config/schema.ts'

/**
 * The last config of this browser, so a reload or a new visit continues where the user left off. It
 * is stored without credential-like values (see save-work.ts, in the share chunk); WITHOUT_KEY lists
 * the fields that lost one, for the page to name once when it shows that work again.
 */
export const CONFIG_KEY = 'kanikoconfig.config'
export const WITHOUT_KEY = 'kanikoconfig.storedWithout'

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>

function local(): Storage | undefined {
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

/** `without`: dotted paths of the fields whose values were left out of `config`. */
export function storeConfig(
  config: Config,
  without: readonly string[] = [],
  storage: Storage | undefined = local(),
): void {
  try {
    storage?.setItem(CONFIG_KEY, JSON.stringify(config))
    if (without.length > 0) storage?.setItem(WITHOUT_KEY, JSON.stringify(without))
    else storage?.removeItem(WITHOUT_KEY)
  } catch {
    // Storage may be full or disabled: the page works without it.
  }
}

/** The fields the stored config was saved without, forgotten once read: the page names them once. */
export function takeStoredWithout(storage: Storage | undefined = local()): string[] {
  try {
    const text = storage?.getItem(WITHOUT_KEY)
    if (!text) return []
    storage?.removeItem(WITHOUT_KEY)
    const list: unknown = JSON.parse(text)
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}
