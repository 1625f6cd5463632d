import { useUi } from './context.ts'
import { describeField } from './form/fields/describe.ts'

/**
 * Says which fields the restored work came back without: their values looked like credentials, so
 * this browser did not keep them (see src/ui/share/save-work.ts). Shown until dismissed.
 */
export function RestoredWithoutNotice({ fields }: { readonly fields: readonly string[] }) {
  const { t, dispatch } = useUi()
  if (fields.length === 0) return null
  const names = [...new Set(fields.map((field) => describeField(t, field)))]
  return (
    <aside className="notice restored-without" data-testid="restored-without">
      <p>{t('notice.restoredWithout', { fields: names.join(t.language === 'ja' ? '、' : ', ') })}</p>
      <span className="notice-actions">
        <button type="button" onClick={() => dispatch({ type: 'dismissRestoredWithout' })}>
          {t('notice.dismiss')}
        </button>
      </span>
    </aside>
  )
}
