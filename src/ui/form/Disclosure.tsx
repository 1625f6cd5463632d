import { type ReactNode, useState } from 'react'
import { Later } from '../later.tsx'

interface Props {
  readonly summary: string
  /** Open at first (e.g. when something inside differs from the defaults). */
  readonly initiallyOpen: boolean
  readonly className?: string
  readonly children: ReactNode
}

/**
 * A group of rarely used fields behind a <details>. Its fields stay in the page while closed, so a
 * finding's field can be found and opened (focus-field.ts opens the enclosing <details>).
 */
export function Disclosure({ summary, initiallyOpen, className, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen)
  return (
    <details
      className={`subgroup ${className ?? ''}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      <div className="subgroup-body">
        <Later hidden={!open}>{children}</Later>
      </div>
    </details>
  )
}
