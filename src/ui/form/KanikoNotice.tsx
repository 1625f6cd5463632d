import { memo } from 'react'
import { GOOGLE_EXECUTOR, OSSCONTAINERTOOLS_EXECUTOR } from '../../core/catalog/executors.ts'
import type { Config } from '../../core/config/schema.ts'
import { useUi } from '../context.ts'
import { currentImageKey } from './kaniko-notice.ts'

/**
 * Google's kaniko is archived: the one place on the page that says so (the checks leave KC105 to it,
 * see checks/page-findings.ts), true for the image in use, with the other image in one click.
 */
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
  return (
    <aside className="notice" aria-labelledby="kaniko-notice-text">
      <p id="kaniko-notice-text">
        <span>{t('notice.archived')}</span>
        <span>{t(currentImageKey(executor), { tag: executor.tag })}</span>
      </p>
      <div className="notice-actions">
        {executor.source !== 'osscontainertools' ? (
          <button type="button" onClick={() => use(OSSCONTAINERTOOLS_EXECUTOR)}>
            {t('notice.switchToFork', { tag: OSSCONTAINERTOOLS_EXECUTOR.defaultTag })}
          </button>
        ) : null}
        {executor.source !== 'google' || executor.tag !== GOOGLE_EXECUTOR.defaultTag ? (
          <button type="button" onClick={() => use(GOOGLE_EXECUTOR)}>
            {t('notice.switchToGoogle', { tag: GOOGLE_EXECUTOR.defaultTag })}
          </button>
        ) : null}
      </div>
    </aside>
  )
})
