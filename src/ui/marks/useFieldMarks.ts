import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import { type FieldMark, MarkStore, NO_MARKS } from './marks.ts'

/** The page's one mark store; a page without a provider (tests of single fields) shows no marks. */
export const Marks = createContext<MarkStore | null>(null)

export function useFieldMarks(path: string, withItems = false): readonly FieldMark[] {
  const store = useContext(Marks)
  const snapshot = useCallback(() => store?.select(path, withItems) ?? NO_MARKS, [store, path, withItems])
  // The same snapshot when prerendering and hydrating: marks are published in effects, so the store
  // is still empty then on both sides.
  return useSyncExternalStore(store?.subscribe ?? noSubscription, snapshot, snapshot)
}

const noSubscription = () => () => {}

export { MarkStore }
