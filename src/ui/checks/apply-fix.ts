import type { Dispatch } from 'react'
import type { Config } from '../../core/config/schema.ts'
import type { Finding } from '../../core/diagnostics/types.ts'
import type { Language } from '../../i18n/index.ts'
import { refusedWhenFramed } from '../framing.ts'
import { sectionOfIssue } from '../state/sections.ts'
import type { Action } from '../state/store.ts'
import { focusField } from './focus-field.ts'
import { checksText } from './messages.ts'

export interface FixContext {
  readonly config: Config
  /** A field holds invalid input: a fix (made from the last valid config) would throw that typing away. */
  readonly draftInvalid: boolean
  readonly dispatch: Dispatch<Action>
  readonly language: Language
}

/** Opens the field's section and focuses it (once the section has rendered). */
export function revealField(field: string, dispatch: Dispatch<Action>): void {
  const section = sectionOfIssue(field)
  if (section) dispatch({ type: 'openSection', id: section })
  requestAnimationFrame(() => focusField(field, section))
}

/**
 * A finding's Fix, from the panel or at the field: applies it and announces it by its `title` (in
 * the page's language); returns what was said (for an on-screen confirmation), or null when nothing
 * was done (framed, no fix, invalid draft).
 */
export function applyFix(
  finding: Finding,
  title: string,
  { config, draftInvalid, dispatch, language }: FixContext,
): string | null {
  if (refusedWhenFramed(dispatch, language)) return null
  if (!finding.fix || draftInvalid) return null
  dispatch({ type: 'edit', config: finding.fix.apply(config) })
  const said = checksText(language)('checks.fixed', { title })
  dispatch({ type: 'announce', text: said })
  return said
}

/** A Fix at a field: its mark (and the button) goes away, so the focus goes where the fix leads. */
export function fixAtField(finding: Finding, title: string, context: FixContext): string | null {
  const said = applyFix(finding, title, context)
  const next = finding.fix?.reveal ?? finding.fields[0]
  if (said !== null && next) revealField(next, context.dispatch)
  return said
}
