import { useEffect, useRef } from 'react'
import type { Config } from '../../core/config/schema.ts'
import { decodeShareFragment, encodeShareFragment } from '../../core/share/codec.ts'
import { useUi } from '../context.ts'
import { noticeTitle } from './LinkNotice.tsx'
import { openLink } from './open-link.ts'
import { linkFragment } from './opening.ts'
import { storeConfig } from './storage.ts'

/** Typing settles for this long before the address bar and the stored work follow. */
export const FOLLOW_MS = 300

interface Props {
  readonly config: Config
  /** The fragment the page was opened with: a different one by the time this mounts was a navigation. */
  readonly startHash: string
  /** A link that failed stays in the address bar until the user decides about it. */
  readonly holdFragment: boolean
  /** False while a just-opened link waits for the user (see shouldStore). */
  readonly store: boolean
}

const isElementId = (id: string) => document.getElementById(id) !== null

/**
 * Keeps the URL fragment and localStorage following the config (a debounced `replaceState`, so
 * typing adds no history entries), and opens the link of every fragment navigation: Back/Forward
 * and a link pasted into the address bar. Part of the lazy share chunk: it renders nothing.
 */
export function LinkSync({ config, startHash, holdFragment, store }: Props) {
  const { t, dispatch } = useUi()
  // The fragment the page last showed or wrote: a different one in the address bar is a navigation.
  const seen = useRef(startHash)
  // The form's work when a navigation happens (the listener outlives renders).
  const current = useRef(config)
  current.current = config
  const language = useRef(t.language)
  language.current = t.language

  useEffect(() => {
    const timer = setTimeout(() => {
      if (store) storeConfig(config)
      // A navigation not yet handled owns the address bar.
      if (holdFragment || window.location.hash !== seen.current) return
      const hash = `#${encodeShareFragment(config).fragment}`
      if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash)
      seen.current = hash
    }, FOLLOW_MS)
    return () => clearTimeout(timer)
  }, [config, holdFragment, store])

  useEffect(() => {
    const onNavigate = () => {
      const hash = window.location.hash
      if (hash === seen.current) return
      seen.current = hash
      const fragment = linkFragment(hash, isElementId)
      if (fragment === '') return
      const opening = openLink(decodeShareFragment(fragment), current.current)
      dispatch({ type: 'openLink', opening })
      // The notice appears away from the focus (the address bar, Back): say it.
      if (opening.notice) dispatch({ type: 'announce', text: noticeTitle(opening.notice, language.current) })
    }
    // A fragment navigation fires both; `seen` makes the second a no-op.
    window.addEventListener('popstate', onNavigate)
    window.addEventListener('hashchange', onNavigate)
    // One that happened before this chunk arrived.
    onNavigate()
    return () => {
      window.removeEventListener('popstate', onNavigate)
      window.removeEventListener('hashchange', onNavigate)
    }
  }, [dispatch])

  return null
}
