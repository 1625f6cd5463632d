import { DEFAULTS } from '../state/defaults.ts'
import { loadShare, type ShareModule } from './load.ts'
import { linkFragment, type Opening } from './opening.ts'
import { CONFIG_KEY, local, readStoredConfig, type Storage } from './storage.ts'

export interface Start extends Opening {
  /** The share chunk when a link was opened (the page renders its notice at once). */
  readonly share: ShareModule | null
  /** The config is this browser's saved work (not a link's, not the defaults). */
  readonly ownWork: boolean
}

/**
 * What the first render shows: the link in `hash` over this browser's last work, or that work (the
 * defaults on a first visit). Only a page opened with a link waits for the decoder chunk; the entry
 * awaits it together with the message catalog, so it costs no extra round trip.
 */
export function pageStart(hash: string): Promise<Start> {
  const saved = readStoredConfig()
  // The shared defaults, not a copy: the section counts compare the form with them, and identical
  // objects compare at once (the state is never changed in place; edits copy the path they change).
  const stored = saved ?? DEFAULTS
  const local: Start = { config: stored, notice: null, share: null, ownWork: saved !== undefined }
  const fragment = linkFragment(hash)
  if (fragment === '') return Promise.resolve(local)
  return loadShare().then(
    (share) => {
      const opening = share.openLink(share.decodeShareFragment(fragment), stored)
      // A bad link leaves the saved work in the form.
      return { ...opening, share, ownWork: local.ownWork && opening.config === stored }
    },
    // The chunk did not load (offline after a deploy): the page still works, without the link.
    () => local,
  )
}

/**
 * A visit without a link in `hash` and without saved work: its first render is the default page,
 * which the entry hydrates (public/boot.js makes the same test before the first paint).
 */
export function plainVisit(hash: string, storage: Storage | undefined = local()): boolean {
  if (linkFragment(hash) !== '') return false
  try {
    return !storage?.getItem(CONFIG_KEY)
  } catch {
    return true
  }
}
