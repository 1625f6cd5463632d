/** The part of the File System Access API's save picker the page uses (not yet in TypeScript's DOM lib). */
interface SavePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string
    types: { description: string; accept: Record<string, string[]> }[]
  }) => Promise<{
    readonly name: string
    createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>
  }>
}

/**
 * What became of a save: written through the picker (under the name the user kept), cancelled by the
 * user (not an error: nothing to say), or not possible this way (no picker, or it refused: download).
 */
export type SaveResult =
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'unsupported' }

/**
 * Saves text with the browser's save picker, which keeps a leading dot (a download loses it in
 * Chromium, and GitLab reads only `.gitlab-ci.yml`). Must be called from the click itself: the
 * picker needs the user's gesture. Feature-detected here, never during render (prerendered page).
 */
export async function saveWithPicker(
  text: string,
  suggestedName: string,
  view: SavePickerWindow = window as SavePickerWindow,
): Promise<SaveResult> {
  if (typeof view.showSaveFilePicker !== 'function') return { kind: 'unsupported' }
  let handle: Awaited<ReturnType<NonNullable<SavePickerWindow['showSaveFilePicker']>>>
  try {
    handle = await view.showSaveFilePicker({
      suggestedName,
      types: [{ description: 'YAML', accept: { 'application/yaml': ['.yml', '.yaml'] } }],
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' }
    // Refused (a frame, a policy): the plain download still works.
    return { kind: 'unsupported' }
  }
  const file = await handle.createWritable()
  await file.write(text)
  await file.close()
  return { kind: 'saved', name: handle.name }
}
