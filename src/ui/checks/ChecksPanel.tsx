import { Fragment, memo, useEffect, useRef, useState } from 'react'
import './checks.css'
import type { Catalog } from '../../core/diagnostics/messages/catalog.ts'
import { findingText } from '../../core/diagnostics/texts.ts'
import type { Finding } from '../../core/diagnostics/types.ts'
import { useUi } from '../context.ts'
import { FixConfirmation } from '../feedback/FixConfirmation.tsx'
import { useConfirmation } from '../feedback/useConfirmation.ts'
import { describeField } from '../form/fields/describe.ts'
import { applyFix, type FixContext, revealField } from './apply-fix.ts'
import { checksText } from './messages.ts'
import { countText, groupBySeverity, SEVERITIES } from './present.ts'

/**
 * The diagnostics panel: findings grouped by severity with counts in the header, the fields each
 * concerns (a click opens its section and focuses it) and a Fix button where a fix exists.
 */
export const ChecksPanel = memo(function ChecksPanel({
  findings,
  texts,
  draftInvalid,
  fixContext,
}: {
  readonly findings: readonly Finding[]
  /** The findings' texts in the page's language. */
  readonly texts: Catalog
  /** A field holds invalid input: a fix (made from the last valid config) would throw that typing away. */
  readonly draftInvalid: boolean
  /**
   * What a Fix applies to: the page as it is when clicked. Read then, not passed as a prop: the
   * config changes with every keystroke, the findings only once diagnostics have caught up.
   */
  readonly fixContext: { readonly current: FixContext }
}) {
  const { t, dispatch } = useUi()
  const language = t.language
  const text = checksText(language)
  const heading = useRef<HTMLButtonElement>(null)
  // The fixed finding (and its button) goes away: the confirmation shows at the top of the panel.
  const [fixed, confirmFixed, fixedControls] = useConfirmation<string>()
  // Open at first when something needs attention; tips alone leave the editor its room.
  const [open, setOpen] = useState(() => findings.some((f) => f.severity !== 'info'))
  const groups = groupBySeverity(findings)
  const separator = language === 'ja' ? '、' : ', '

  // A new error opens the panel (warnings and tips do not): once per error, so a panel the user
  // closed stays closed until another error appears.
  const errorKeys = findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code}:${f.fields.join(',')}`)
    .join('\n')
  const knownErrors = useRef(errorKeys)
  useEffect(() => {
    const known = new Set(knownErrors.current.split('\n'))
    knownErrors.current = errorKeys
    if (errorKeys === '') return
    if (errorKeys.split('\n').some((key) => !known.has(key))) setOpen(true)
  }, [errorKeys])

  const reveal = (field: string) => revealField(field, dispatch)

  const fix = (finding: Finding, title: string) => {
    const said = applyFix(finding, title, fixContext.current)
    if (said === null) return
    confirmFixed(said)
    // Some fixes leave a step to the user (add the CA certificate): go there.
    if (finding.fix?.reveal) reveal(finding.fix.reveal)
    // Else the button goes away with its finding: keep the focus in the panel, on its toggle.
    else heading.current?.focus()
  }
  return (
    <section className="checks" aria-labelledby="checks-heading" data-testid="checks">
      <h3 id="checks-heading">
        <button
          type="button"
          className="checks-toggle"
          aria-expanded={open}
          aria-controls="checks-list"
          ref={heading}
          onClick={() => setOpen(!open)}
        >
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {text('checks.heading')}{' '}
          <span className="checks-counts">
            (
            {SEVERITIES.map((severity, i) => {
              const count = findings.filter((f) => f.severity === severity).length
              return (
                <Fragment key={severity}>
                  {i > 0 ? separator : null}
                  <span
                    className={`checks-count checks-count-${severity}`}
                    data-zero={count === 0 ? '' : undefined}
                  >
                    {countText(language, severity, count)}
                  </span>
                </Fragment>
              )
            })}
            )
          </span>
        </button>
      </h3>
      {fixed ? (
        <FixConfirmation
          className="checks-confirmed"
          testId="checks-confirmed"
          text={fixed}
          controls={fixedControls}
        />
      ) : null}
      <div id="checks-list" hidden={!open}>
        {groups.length === 0 ? <p className="checks-none">{text('checks.none')}</p> : null}
        {draftInvalid && findings.some((f) => f.fix) ? (
          <p className="checks-blocked" id="checks-fix-blocked">
            {text('checks.fixBlocked')}
          </p>
        ) : null}
        {groups.map((group) => (
          <div key={group.severity} className={`checks-group checks-${group.severity}`}>
            <h4>
              {text(`checks.group.${group.severity}`)} ({group.findings.length})
            </h4>
            <ul>
              {group.findings.map((finding, i) => {
                const wording = findingText(finding, texts)
                return (
                  // Findings have no identity beyond their position in the engine's stable order.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={`${finding.code}-${i}`} data-code={finding.code}>
                    <p className="checks-title">
                      <strong>{wording.title}</strong> <span className="checks-code">{finding.code}</span>
                    </p>
                    <p>{wording.message}</p>
                    <p className="checks-fields">
                      {text('checks.fields')}{' '}
                      {finding.fields.map((field) => {
                        const name = describeField(t, field)
                        return (
                          <button
                            key={field}
                            type="button"
                            className="checks-field"
                            title={text('checks.goTo', { field: name })}
                            onClick={() => reveal(field)}
                          >
                            {name}
                          </button>
                        )
                      })}
                    </p>
                    {wording.fix !== undefined ? (
                      <button
                        type="button"
                        className="checks-fix"
                        disabled={draftInvalid}
                        aria-describedby={draftInvalid ? 'checks-fix-blocked' : undefined}
                        onClick={() => fix(finding, wording.title)}
                      >
                        {wording.fix}
                      </button>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
})
