import { deepEqual, defaultConfig } from '../../core/config/defaults.ts'
import type { Config } from '../../core/config/schema.ts'
import type { ShareError } from '../../core/share/errors.ts'

/**
 * What the page says about the link it opened:
 *   restore  the link replaced different work, which one click brings back
 *   bad      the link could not be opened as it is; the form kept its work, and `partial` (every
 *            field that could be read) waits for the user's consent
 */
export type LinkNotice =
  | { readonly kind: 'restore'; readonly previous: Config }
  | { readonly kind: 'bad'; readonly error: ShareError; readonly partial?: Config }

export interface Opening {
  readonly config: Config
  readonly notice: LinkNotice | null
}

/** Replacing `previous` by `next` loses work unless they are equal or `previous` is the defaults. */
export function restoreOffer(previous: Config, next: Config): LinkNotice | null {
  if (deepEqual(previous, next) || deepEqual(previous, defaultConfig())) return null
  return { kind: 'restore', previous }
}

/** In-page anchors (the skip link's target): a fragment naming one is not a link. */
const PAGE_ANCHORS = new Set(['preview'])

/**
 * The fragment of `hash` (`location.hash`) when it is meant as a link, else ''. Browsers keep some
 * characters percent-encoded in location.hash; a link pasted from a mail or chat may be, too.
 */
export function linkFragment(hash: string, isElementId: (id: string) => boolean = () => false): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  if (raw === '' || PAGE_ANCHORS.has(raw) || isElementId(raw)) return ''
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
