import { memo, useEffect, useRef } from 'react'
import type { Config } from '../../core/config/schema.ts'
import { decodeShareFragment, encodeShareFragment } from '../../core/share/codec.ts'
import { useUi } from '../context.ts'
import { noticeTitle } from './LinkNotice.tsx'
import { openLink } from './open-link.ts'
import { linkFragment } from './opening.ts'
import { saveWork } from './save-work.ts'

interface Props {
  /** What the address bar and the saved work follow: never a field while it is being typed in. */
  readonly committed: Config
  /** The form's current work (a link opened by a navigation offers to restore it). */
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
 * Keeps the URL fragment and localStorage following the committed config (AppState.committed): at
 * once, with `replaceState`, so edits add no history entries; both leave out credential-like values.
 * Opens the link of every fragment navigation: Back/Forward and a link pasted into the address bar.
 * Part of the lazy share chunk: it renders nothing.
 */
// memo: the render after a key's paint (diagnostics) passes the same props.
export const LinkSync = memo(function LinkSync({ committed, config, startHash, holdFragment, store }: Props) {
  const { t, dispatch } = useUi()
  // The fragment the page last showed or wrote: a different one in the address bar is a navigation.
  const seen = useRef(startHash)
  // The form's work when a navigation happens (the listener outlives renders).
  const current = useRef(config)
  current.current = config
  const language = useRef(t.language)
  language.current = t.language

  useEffect(() => {
    if (store) saveWork(committed)
    // A navigation not yet handled owns the address bar.
    if (holdFragment || window.location.hash !== seen.current) return
    const hash = `#${encodeShareFragment(committed).fragment}`
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash)
    seen.current = hash
  }, [committed, holdFragment, store])

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
})
