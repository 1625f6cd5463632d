import type { Language } from '../i18n/index.ts'

/** The attribute of <html> that public/boot.js sets to the language whose prerendered page it shows. */
export const SHOWN_ATTRIBUTE = 'data-prerender'
/** The attribute of each prerendered tree's container: its language. */
export const TREE_ATTRIBUTE = 'data-prerendered'

export interface Mount {
  readonly kind: 'hydrate' | 'render'
  readonly container: Element
}

/**
 * Where the entry puts the page. It hydrates the prerendered tree of `language` when the first render
 * is the default page (`isDefault`: no link, no saved work), and drops the other trees; otherwise it
 * replaces every prerendered tree with an empty container and renders there, so the prerendered
 * defaults (kept hidden by boot.js in that case) never show over a link's or saved work's values.
 */
export function mountPoint(root: Element, language: Language, isDefault: boolean): Mount {
  const trees = [...root.querySelectorAll(`:scope > [${TREE_ATTRIBUTE}]`)]
  const own = isDefault ? trees.find((tree) => tree.getAttribute(TREE_ATTRIBUTE) === language) : undefined
  if (own) {
    for (const tree of trees) if (tree !== own) tree.remove()
    return { kind: 'hydrate', container: own }
  }
  const container = root.ownerDocument.createElement('div')
  container.className = 'app'
  root.replaceChildren(container)
  return { kind: 'render', container }
}

/** After the first render or hydration: whatever the page shows is React's, visible by itself. */
export function revealPage(mount: Mount): void {
  mount.container.removeAttribute(TREE_ATTRIBUTE)
  mount.container.ownerDocument.documentElement.removeAttribute(SHOWN_ATTRIBUTE)
}

/** The pipeline text of the prerendered tree (the plain preview's), for the hydrating render. */
export function prerenderedYaml(mount: Mount): string | undefined {
  return mount.container.querySelector('.plain-preview')?.textContent ?? undefined
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

/** Whether the visitor changed a prerendered control before React took it over. */
function edited(control: Control): boolean {
  if (control instanceof HTMLSelectElement)
    return [...control.options].some((o) => o.selected !== o.defaultSelected)
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
    return control.checked !== control.defaultChecked
  return control.value !== control.defaultValue
}

/**
 * Hands what the visitor typed, picked or ticked in the prerendered form before hydration to React:
 * React keeps the DOM as it is and would otherwise hold the prerendered values in its state, so the
 * field would show the edit and the pipeline would not. Each edited control fires the event React
 * listens to for it (its value tracker sees the change and calls onChange). Call once, after the
 * hydration has committed.
 */
export function replayEarlyEdits(container: Element): void {
  for (const control of container.querySelectorAll<Control>('input, select, textarea')) {
    if (!edited(control)) continue
    if (control instanceof HTMLSelectElement) control.dispatchEvent(new Event('change', { bubbles: true }))
    else if (
      control instanceof HTMLInputElement &&
      (control.type === 'checkbox' || control.type === 'radio')
    ) {
      // React hears checkboxes through click; a click toggles, so step back first (through the
      // element's own setter, which React's value tracker watches: it then sees the click's change).
      control.checked = !control.checked
      control.click()
    } else {
      // React's tracker took the edited value as the known one when it hydrated: tell it the
      // prerendered one, put the edit back behind its back (the prototype's setter), then announce it.
      const value = control.value
      control.value = control.defaultValue
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set?.call(control, value)
      control.dispatchEvent(new Event('input', { bubbles: true }))
    }
  }
}
