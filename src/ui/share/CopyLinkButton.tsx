import { memo, useState } from 'react'
import type { Config } from '../../core/config/schema.ts'
import { useUi } from '../context.ts'
import { ConfirmingLabel } from '../feedback/ConfirmingLabel.tsx'
import { useConfirmation } from '../feedback/useConfirmation.ts'
import { refusedWhenFramed } from '../framing.ts'
import { loadShare } from './load.ts'

/**
 * Copies the share link of the config. The codec is loaded on the first click if it has not arrived
 * yet. What was left out of the link (values that look like credentials) stays visible at the button.
 */
// memo: the preview re-renders after a key's paint for the editor markers; the config is the same.
export const CopyLinkButton = memo(function CopyLinkButton({ config }: { readonly config: Config }) {
  const { t, dispatch } = useUi()
  const [note, setNote] = useState('')
  const [confirmed, confirm] = useConfirmation()
  const copy = async () => {
    if (refusedWhenFramed(dispatch, t.language)) return
    let said: { text: string; note: boolean; copied: boolean }
    try {
      said = await (await loadShare()).copyLink(config, window.location.href, t)
    } catch {
      said = { text: t('preview.copyLinkFailed'), note: true, copied: false }
    }
    setNote(said.note ? said.text : '')
    if (said.copied) confirm(true)
    dispatch({ type: 'announce', text: said.text })
  }
  return (
    <>
      <button type="button" onClick={copy} aria-describedby={note ? 'copy-link-note' : undefined}>
        <ConfirmingLabel
          label={t('preview.copyLink')}
          done={t('preview.copiedShort')}
          confirmed={confirmed !== null}
        />
      </button>
      {note ? (
        <p className="copy-link-note" id="copy-link-note">
          {note}
        </p>
      ) : null}
    </>
  )
})
