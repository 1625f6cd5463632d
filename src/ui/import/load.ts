/** The import chunk is requested when the user first asks to import: nobody else pays for it. */
export type ImportModule = typeof import('./module.ts')

let loading: Promise<ImportModule> | undefined

export function loadImport(): Promise<ImportModule> {
  loading ??= import('./module.ts').catch((error: unknown) => {
    // A failed chunk may load on the next try (back online).
    loading = undefined
    throw error
  })
  return loading
}
