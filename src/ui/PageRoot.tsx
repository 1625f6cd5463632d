import { type ReactNode, StrictMode, useEffect, useRef } from 'react'
import { App } from './App.tsx'
import type { ShareModule } from './share/load.ts'
import type { AppState } from './state/store.ts'

/** Set once React has committed the page and handles input (hydrated or rendered); read by the bench. */
export const INTERACTIVE_MARK = 'kanikoconfig:interactive'

function Interactive({
  children,
  onCommit,
}: {
  readonly children: ReactNode
  readonly onCommit?: () => void
}) {
  const committed = useRef(onCommit)
  useEffect(() => {
    performance.mark(INTERACTIVE_MARK)
    committed.current?.()
    committed.current = undefined
  }, [])
  return children
}

interface Props {
  readonly initial: AppState
  readonly share: ShareModule | null
  readonly startHash: string
  readonly initialYaml?: string
  /** Called once, after the first commit (hydration done). */
  readonly onCommit?: () => void
}

/**
 * The element the entry renders and the build prerenders (src/prerender/): one definition, so the
 * prerendered markup and the first client render are the same tree and hydration matches.
 */
export function PageRoot({ initial, share, startHash, initialYaml, onCommit }: Props) {
  return (
    <StrictMode>
      <Interactive onCommit={onCommit}>
        <App initial={initial} share={share} startHash={startHash} initialYaml={initialYaml} />
      </Interactive>
    </StrictMode>
  )
}
