/**
 * Stands in for Monaco's multi-file diff editor (see the alias in vite.config.ts): the standalone API
 * imports it for `monaco.editor.createMultiFileDiffEditor`, which the preview never calls.
 */
export class MultiDiffEditorWidget {
  constructor() {
    throw new Error('the multi-file diff editor is not part of the kanikoconfig build')
  }
}
