import { createContext, type Dispatch, useContext } from 'react'
import type { Translate } from '../i18n/index.ts'
import type { Action } from './state/store.ts'

/** What every form control needs besides its value. Changes only when the language does. */
export interface UiContext {
  readonly t: Translate
  readonly dispatch: Dispatch<Action>
}

export const Ui = createContext<UiContext | null>(null)

export function useUi(): UiContext {
  const ui = useContext(Ui)
  if (!ui) throw new Error('useUi() outside <Ui.Provider>')
  return ui
}
