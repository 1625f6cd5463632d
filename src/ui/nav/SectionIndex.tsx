import { memo, useContext, useSyncExternalStore } from 'react'
import type { Config } from '../../core/config/schema.ts'
import { useUi } from '../context.ts'
import { Marks } from '../marks/useFieldMarks.ts'
import { DEFAULTS } from '../state/defaults.ts'
import type { ErrorsBySection } from '../state/errors.ts'
import { changedCount, SECTION_IDS, type SectionId } from '../state/sections.ts'
import { markSeverities, sectionSeverities } from './severity.ts'

const ICONS = { error: '✖', warning: '⚠', info: 'ℹ' } as const
const noSubscription = () => () => {}

/** Opens a section, brings it to the top and focuses its toggle. */
export function jumpToSection(id: SectionId, dispatch: ReturnType<typeof useUi>['dispatch']): void {
  dispatch({ type: 'openSection', id })
  requestAnimationFrame(() => {
    const section = document.querySelector<HTMLElement>(`[data-section="${id}"]`)
    // The section's scroll-margin keeps it below the sticky index.
    section?.scrollIntoView({ block: 'start' })
    section?.querySelector<HTMLElement>('.section-toggle')?.focus({ preventScroll: true })
  })
}

/**
 * The sections as a sticky row of links: each with its change count and the worst severity of its
 * findings (validation errors count as errors). One click (or Enter) opens a section and goes there.
 */
export const SectionIndex = memo(function SectionIndex({
  draft,
  errors,
}: {
  readonly draft: Config
  readonly errors: ErrorsBySection
}) {
  const { t, dispatch } = useUi()
  const store = useContext(Marks)
  const summary = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => (store ? markSeverities(store.all()) : ''),
    () => '',
  )
  const severities = sectionSeverities(summary, errors)
  return (
    <nav className="section-index" aria-label={t('nav.label')}>
      <ul>
        {SECTION_IDS.map((id) => {
          const changed = changedCount(draft, DEFAULTS, id)
          const severity = severities[id]
          return (
            <li key={id}>
              <button
                type="button"
                className={`section-index-link${severity ? ` section-index-${severity}` : ''}`}
                data-section-link={id}
                onClick={() => jumpToSection(id, dispatch)}
              >
                {severity ? (
                  <>
                    <span className="section-index-icon" aria-hidden="true">
                      {ICONS[severity]}
                    </span>{' '}
                  </>
                ) : null}
                {t(`section.${id}`)}
                {changed > 0 ? (
                  <span className="section-index-count">
                    <span aria-hidden="true"> {changed}</span>
                    <span className="visually-hidden">, {t('section.changedLong', { count: changed })}</span>
                  </span>
                ) : null}
                {severity ? <span className="visually-hidden">, {t(`nav.findings.${severity}`)}</span> : null}
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
})
