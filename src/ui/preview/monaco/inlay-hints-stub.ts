/**
 * Stands in for Monaco's inlay-hint hover (see the alias in vite.config.ts): only used in an
 * `instanceof` check; the preview registers no inlay hint provider.
 */
export class InlayHintsHover {}
