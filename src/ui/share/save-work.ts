import type { Config } from '../../core/config/schema.ts'
import { redactCredentials } from '../../core/config/secrets.ts'
import { storeConfig } from './storage.ts'

/**
 * Saves the form's work in this browser without the values that look like credentials (as a share
 * link leaves them out), noting which fields lost one so the page can say so when it restores them.
 */
export function saveWork(config: Config, storage?: Parameters<typeof storeConfig>[2]): void {
  const { config: kept, removed } = redactCredentials(config)
  storeConfig(kept, [...new Set(removed.map((finding) => finding.path))], storage)
}
