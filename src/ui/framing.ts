import { useUi } from './context.ts'

/** What of `window` the check reads. */
export interface FrameView {
  readonly top: { readonly location: { readonly href: string } } | null
  readonly self: object
}

/**
 * Whether another origin shows this page in a frame. A page that frames it could trick a click into
 * copying a pipeline or applying a fix the user never saw (clickjacking); `public/_headers` forbids
 * framing where the host honours it, and this is the page's own defence where it does not.
 * A same-origin frame may read the top window's location; another origin's read throws.
 */
export function framedByAnotherOrigin(view: FrameView = window): boolean {
  if (view.top === view.self) return false
  try {
    return typeof view.top?.location.href !== 'string'
  } catch {
    return true
  }
}

/**
 * Wraps an action that hands something to the user (Copy YAML, Copy link) or changes the config for
 * them (Fix): in a frame of another origin it does nothing and says why.
 */
export function useUnframed() {
  const { t, dispatch, framed } = useUi()
  return <A extends unknown[]>(action: (...args: A) => unknown) =>
    (...args: A): void => {
      if (framed) dispatch({ type: 'announce', text: t('framed.refused') })
      else void action(...args)
    }
}
