import { defaultConfig } from '../../core/config/defaults.ts'
import { loadShare, type ShareModule } from './load.ts'
import { linkFragment, type Opening } from './opening.ts'
import { readStoredConfig } from './storage.ts'

export interface Start extends Opening {
  /** The share chunk when a link was opened (the page renders its notice at once). */
  readonly share: ShareModule | null
}

/**
 * What the first render shows: the link in `hash` over this browser's last work, or that work (the
 * defaults on a first visit). Only a page opened with a link waits for the decoder chunk; the entry
 * awaits it together with the message catalog, so it costs no extra round trip.
 */
export function pageStart(hash: string): Promise<Start> {
  const stored = readStoredConfig() ?? defaultConfig()
  const local: Start = { config: stored, notice: null, share: null }
  const fragment = linkFragment(hash)
  if (fragment === '') return Promise.resolve(local)
  return loadShare().then(
    (share) => ({ ...share.openLink(share.decodeShareFragment(fragment), stored), share }),
    // The chunk did not load (offline after a deploy): the page still works, without the link.
    () => local,
  )
}
