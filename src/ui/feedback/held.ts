import { type FocusEvent, useMemo, useRef } from 'react'

/**
 * Event handlers for a confirmation's box: it is held (see ConfirmationControls.hold) while the
 * pointer is over it or the focus is in it.
 */
export function useHeldWhileUsed(hold: (held: boolean) => void) {
  const state = useRef({ pointer: false, focus: false })
  return useMemo(() => {
    const update = (change: Partial<typeof state.current>) => {
      state.current = { ...state.current, ...change }
      hold(state.current.pointer || state.current.focus)
    }
    return {
      onPointerEnter: () => update({ pointer: true }),
      onPointerLeave: () => update({ pointer: false }),
      onFocus: () => update({ focus: true }),
      onBlur: (event: FocusEvent<HTMLElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) update({ focus: false })
      },
    }
  }, [hold])
}
