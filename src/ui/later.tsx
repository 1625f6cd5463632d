import { type ReactNode, Suspense, useState } from 'react'

/**
 * Content the visitor cannot see when the page starts (a section or group that starts closed).
 * When the entry hydrates the prerendered page, React hydrates the inside of a Suspense boundary
 * after the rest of the page has committed, at its lowest priority (and at once if an update or
 * an input reaches it first): the visible form takes input sooner, and the markup is the same.
 * Whether there is a boundary is decided at mount, the same way by the prerender and by the
 * hydrating render, and kept: opening or closing never remounts the content.
 */
export function Later({ hidden, children }: { readonly hidden: boolean; readonly children: ReactNode }) {
  const [startedHidden] = useState(hidden)
  return startedHidden ? <Suspense fallback={null}>{children}</Suspense> : children
}
