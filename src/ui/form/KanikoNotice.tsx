import { memo } from 'react'
import { GOOGLE_EXECUTOR, OSSCONTAINERTOOLS_EXECUTOR } from '../../core/catalog/executors.ts'
import type { Config } from '../../core/config/schema.ts'
import { useUi } from '../context.ts'

/** Google's kaniko is archived: say so once, and offer the other image family in one click. */
export const KanikoNotice = memo(function KanikoNotice({
  executor,
}: {
  readonly executor: Config['executor']
}) {
  const { t, dispatch } = useUi()
  const use = (family: typeof GOOGLE_EXECUTOR) =>
    dispatch({
      type: 'set',
      path: ['executor'],
      value: { ...executor, source: family.source, tag: family.defaultTag },
    })
  const current =
    executor.source === 'google'
      ? t('notice.usingGoogle')
      : executor.source === 'osscontainertools'
        ? t('notice.usingFork')
        : t('notice.usingCustom')
  return (
    <aside className="notice" aria-labelledby="kaniko-notice-text">
      <p id="kaniko-notice-text">
        <span>{t('notice.archived')}</span>
        <span>{current}</span>
      </p>
      <div className="notice-actions">
        {executor.source !== 'osscontainertools' ? (
          <button type="button" onClick={() => use(OSSCONTAINERTOOLS_EXECUTOR)}>
            {t('notice.switchToFork', { tag: OSSCONTAINERTOOLS_EXECUTOR.defaultTag })}
          </button>
        ) : null}
        {executor.source !== 'google' ? (
          <button type="button" onClick={() => use(GOOGLE_EXECUTOR)}>
            {t('notice.switchToGoogle', { tag: GOOGLE_EXECUTOR.defaultTag })}
          </button>
        ) : null}
      </div>
    </aside>
  )
})
