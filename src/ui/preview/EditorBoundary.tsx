import { Component, type ReactNode } from 'react'

/**
 * Keeps the page working when the editor fails at run time: the plain preview stays, and nothing
 * else on the page is affected. (A chunk that fails to load is handled where it is imported.)
 */
interface Props {
  readonly children: ReactNode
  readonly onError: () => void
}

export class EditorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(): void {
    this.props.onError()
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
