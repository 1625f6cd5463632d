/**
 * The link codec (fflate, the dictionary), credential checks and the link notices: one lazy chunk.
 * A page opened with a link awaits it before the first render, alongside the message catalog (see
 * src/main.tsx); any other visit requests it when the browser is first idle.
 */
export type ShareModule = typeof import('./module.ts')

let loading: Promise<ShareModule> | undefined

export function loadShare(): Promise<ShareModule> {
  if (!loading) {
    loading = import('./module.ts')
    // A chunk that failed to load (offline after a deploy) may be retried later.
    loading.catch(() => {
      loading = undefined
    })
  }
  return loading
}
