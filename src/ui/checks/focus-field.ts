import type { SectionId } from '../state/sections.ts'

/**
 * Sent (bubbling) from a field's shell before it is focused: a collapsed container of the field
 * (an image card) opens itself, synchronously, so that the field can take the focus.
 */
export const REVEAL_EVENT = 'kanikoconfig:reveal'

/** `a.b[2].c` -> `a.b[2]` -> `a.b` -> `a`: the field's enclosing paths, nearest first. */
export function enclosingPaths(key: string): string[] {
  const out: string[] = []
  let k = key
  while (k !== '') {
    out.push(k)
    const parent = k.replace(/(\.[^.[\]]+|\[\d+\])$/, '')
    if (parent === k) break
    k = parent
  }
  return out
}

/** Opens what hides `element`: closed <details> around it, and containers that hear REVEAL_EVENT. */
export function revealElement(element: HTMLElement): void {
  element.dispatchEvent(new CustomEvent(REVEAL_EVENT, { bubbles: true }))
  for (let e = element.parentElement; e; e = e.parentElement)
    if (e instanceof HTMLDetailsElement && !e.open) e.open = true
}

/**
 * Focuses the control of a config field (or of its nearest enclosing field on the page), else the
 * toggle of its section. Runs after the section has been opened and rendered.
 */
export function focusField(key: string, section: SectionId | undefined): void {
  for (const path of enclosingPaths(key)) {
    const shell = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`)
    if (!shell) continue
    revealElement(shell)
    const control =
      shell.querySelector<HTMLElement>('input, select, textarea') ??
      shell.querySelector<HTMLElement>('button')
    ;(control ?? shell).focus()
    shell.scrollIntoView({ block: 'center' })
    return
  }
  if (section) document.querySelector<HTMLElement>(`[data-section="${section}"] .section-toggle`)?.focus()
}
