import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-color-scheme: dark)'

let media: MediaQueryList | undefined

/**
 * The one MediaQueryList of the query: its `matches` follows the system. React reads the snapshot on
 * every render of the page, and `matchMedia` parses and evaluates the query anew on each call.
 */
function darkQuery(): MediaQueryList {
  media ??= window.matchMedia(QUERY)
  return media
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery()
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** Whether the system asks for dark colours right now. */
export function systemDark(): boolean {
  return darkQuery().matches
}

/** True while the system asks for dark colours; the page's CSS follows the same media query. */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribe, systemDark, () => false)
}
