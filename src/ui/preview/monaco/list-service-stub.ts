import { createDecorator } from 'monaco-editor/platform/instantiation/common/instantiation'

/**
 * Stands in for Monaco's workbench list service where the standalone services import it (see the
 * alias in vite.config.ts). The service only tracks workbench lists and trees (quick pick, peek
 * views, suggest), none of which the preview builds; the real module brings the tree widgets, the
 * table and the list settings along (~190 KB raw). `createDecorator` returns the one id per name,
 * so the registration still matches anyone asking for 'listService'.
 */
export const IListService = createDecorator('listService')

export class ListService {
  get lastFocusedList(): undefined {
    return undefined
  }
  register(): never {
    throw new Error('workbench lists are not part of the kanikoconfig preview')
  }
  dispose(): void {}
}
