/**
 * The diagnostics engine, its catalog and the panel: one chunk, requested when the browser is first
 * idle (like Monaco), so it adds nothing to the first download.
 */
export type ChecksModule = typeof import('./module.ts')

let loading: Promise<ChecksModule> | undefined

export function loadChecks(): Promise<ChecksModule> {
  if (!loading) {
    loading = import('./module.ts')
    loading.catch(() => {
      loading = undefined
    })
  }
  return loading
}
