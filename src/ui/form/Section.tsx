import type { ReactNode } from 'react'
import { useUi } from '../context.ts'
import { Later } from '../later.tsx'
import type { SectionId } from '../state/sections.ts'

interface Props {
  readonly id: SectionId
  readonly open: boolean
  readonly changed: number
  readonly errors: number
  readonly children: ReactNode
}

/** A collapsible fieldset; its legend is a disclosure button that shows the change count. */
export function Section({ id, open, changed, errors, children }: Props) {
  const { t, dispatch } = useUi()
  return (
    <fieldset className="section" data-section={id}>
      <legend>
        <button
          type="button"
          className="section-toggle"
          aria-expanded={open}
          aria-controls={`section-${id}`}
          onClick={() => dispatch({ type: 'toggleSection', id })}
        >
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="section-title">{t(`section.${id}`)}</span>
          {changed > 0 ? (
            <span className="badge" title={t('section.changedLong', { count: changed })}>
              <span aria-hidden="true">{t('section.changed', { count: changed })}</span>
              <span className="visually-hidden">{t('section.changedLong', { count: changed })}</span>
            </span>
          ) : null}
          {errors > 0 ? (
            <span className="badge badge-error">{t('section.errors', { count: errors })}</span>
          ) : null}
        </button>
      </legend>
      <div id={`section-${id}`} className="section-body" hidden={!open}>
        <Later hidden={!open}>{children}</Later>
      </div>
    </fieldset>
  )
}
