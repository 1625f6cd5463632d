/**
 * Stands in for Monaco's select box (see the alias in vite.config.ts): toolbars build one only for a
 * "select" action or submenu, and no menu of the preview (hover status bar, context menu, the diff
 * editor's gutter) has one. The real widget brings a custom-drawn list along (~90 KB raw).
 */
export const SeparatorSelectOption = Object.freeze({
  text: '\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500',
  isDisabled: true,
  isSeparator: true,
})

export class SelectBox {
  constructor() {
    throw new Error('the select box is not part of the kanikoconfig preview')
  }
}
