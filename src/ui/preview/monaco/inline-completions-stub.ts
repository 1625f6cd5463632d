/**
 * Stands in for the inline-suggestion hints widget (see the alias in vite.config.ts): the hover only
 * asks whether its drop-down is open; the read-only preview never shows inline suggestions.
 */
export const InlineSuggestionHintsContentWidget = { dropDownVisible: false } as const
