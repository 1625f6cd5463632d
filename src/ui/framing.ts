import type { Dispatch } from 'react'
import type { Language } from '../i18n/index.ts'
import { loadShare } from './share/load.ts'
import type { Action } from './state/store.ts'

/** What of `window` the check reads. */
export interface FrameView {
  readonly top: { readonly location: { readonly href: string } } | null
  readonly self: object
}

/**
 * Whether another origin shows this page in a frame. A page that frames it could trick a click into
 * copying a pipeline or applying a fix the user never saw (clickjacking); `public/_headers` forbids
 * framing where the host honours it, and this is the page's own defence where it does not.
 * A same-origin frame may read the top window's location; another origin's read throws.
 */
export function framedByAnotherOrigin(view: FrameView): boolean {
  if (view.top === view.self) return false
  try {
    return typeof view.top?.location.href !== 'string'
  } catch {
    return true
  }
}

/** Checked once: a page does not move between frames. */
const framed = typeof window !== 'undefined' && framedByAnotherOrigin(window)

export const isFramed = () => framed

/**
 * For the actions that hand something to the user (Copy YAML, Copy link) or change the config for
 * them (Fix): true, and the action must do nothing, when another origin frames the page. Says why in
 * words from the share chunk (kept out of the first render's bytes; it has usually arrived by then).
 */
export function refusedWhenFramed(dispatch: Dispatch<Action>, language: Language): boolean {
  if (!framed) return false
  loadShare().then(
    (share) => dispatch({ type: 'announce', text: share.framedText(language) }),
    () => {},
  )
  return true
}
