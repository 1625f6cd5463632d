/**
 * Stands in for Monaco's code actions in the marker hover (see the alias in vite.config.ts): the hover
 * asks for quick fixes only in an editable editor, the preview is read-only and no provider exists.
 * This replaces the controller, its action widget (lists, menus) and the lightbulb.
 */
export const quickFixCommandId = 'editor.action.quickFix'

export const ApplyCodeActionReason = { FromProblemsHover: 'fromProblemsHover' } as const

const noActions = { validActions: [], allActions: [], hasAIFixes: false, documentation: [], dispose() {} }

/** Monaco's CancelablePromise shape: a promise with `cancel()`. */
export function getCodeActions() {
  return Object.assign(Promise.resolve(noActions), { cancel() {} })
}

/** Monaco's `CodeActionController.get(editor)`: no controller. */
export const CodeActionController = { get: (): null => null }
