/**
 * Stands in for Monaco's Ctrl+click "go to definition" link (see the alias in vite.config.ts): the
 * hover's "show definition preview" action reaches it only through `get`, and the preview's YAML has
 * no definition provider. This drops go-to-symbol with its references peek view.
 */
export const GotoDefinitionAtPositionEditorContribution = { get: (): null => null }
