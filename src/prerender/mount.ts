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
