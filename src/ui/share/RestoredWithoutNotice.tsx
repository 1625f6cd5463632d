import { memo, useState } from 'react'
import { deepEqual } from '../../core/config/defaults.ts'
import type { Config } from '../../core/config/schema.ts'
import { useUi } from '../context.ts'
import { describeField } from '../form/fields/describe.ts'
import { joinList, shareText } from './messages.ts'
import { readSavedWithout } from './save-work.ts'
import { readStoredConfig } from './storage.ts'

/**
 * Says which fields the saved work came back without: their values looked like credentials, so this
 * browser did not keep them (see save-work.ts). Read once, when the share chunk arrives (before the
 * work is saved again, which forgets the note); shown while the form shows that work, until dismissed.
 * That covers a visit without a link, a reload, and work restored over a link.
 */
// memo: the render after a key's paint (diagnostics) passes the same config.
export const RestoredWithoutNotice = memo(function RestoredWithoutNotice({
  config,
}: {
  readonly config: Config
}) {
  const { t } = useUi()
  const [saved] = useState(() => ({ fields: readSavedWithout(), config: readStoredConfig() }))
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || saved.fields.length === 0 || !saved.config || !deepEqual(config, saved.config)) return null
  const text = shareText(t.language)
  const names = [...new Set(saved.fields.map((field) => describeField(t, field)))]
  return (
    <aside className="notice restored-without" data-testid="restored-without">
      <p>{text('saved.without', { fields: joinList(names, t.language) })}</p>
      <span className="notice-actions">
        <button type="button" onClick={() => setDismissed(true)}>
          {text('link.dismiss')}
        </button>
      </span>
    </aside>
  )
})
