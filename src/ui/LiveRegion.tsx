import { memo } from 'react'

/** The page's polite live region: copy, download, list moves. */
export const LiveRegion = memo(function LiveRegion({
  announcement,
}: {
  readonly announcement: { readonly text: string; readonly seq: number }
}) {
  // A zero-width space on every other message makes a repeated message a change, so it is read again.
  const text = announcement.text ? `${announcement.text}${announcement.seq % 2 ? '\u200b' : ''}` : ''
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {text}
    </div>
  )
})
