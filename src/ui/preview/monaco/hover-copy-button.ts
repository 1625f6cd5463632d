/**
 * Stands in for `findWidget.js` where the hover's copy button imports it (see the alias in
 * vite.config.ts): the button is the find widget's `SimpleButton`, and importing it brings the whole
 * find widget and its model along. This is the same button (same classes, ARIA, delayed tooltip and
 * keys) on plain DOM listeners.
 */
interface SimpleButtonOptions {
  readonly label: string
  readonly icon?: { readonly id: string }
  readonly className?: string
  readonly onTrigger: () => void
  readonly onKeyDown?: (event: KeyboardEvent) => void
  readonly hoverLifecycleOptions?: unknown
}

interface HoverService {
  setupDelayedHover(target: HTMLElement, options: object, lifecycle?: unknown): { dispose(): void }
}

export class SimpleButton {
  readonly domNode: HTMLElement
  private readonly disposeAll: () => void

  constructor(options: SimpleButtonOptions, hoverService: HoverService) {
    const node = document.createElement('div')
    node.tabIndex = 0
    node.className = ['button', options.className, options.icon && `codicon codicon-${options.icon.id}`]
      .filter(Boolean)
      .join(' ')
    node.setAttribute('role', 'button')
    node.setAttribute('aria-label', options.label)
    // style 1: HoverStyle.Pointer, as in Monaco.
    const hover = hoverService.setupDelayedHover(
      node,
      { content: options.label, style: 1 },
      options.hoverLifecycleOptions,
    )
    const onClick = (event: MouseEvent) => {
      options.onTrigger()
      event.preventDefault()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const plain = !event.ctrlKey && !event.shiftKey && !event.altKey && !event.metaKey
      if (plain && (event.key === 'Enter' || event.key === ' ')) {
        options.onTrigger()
        event.preventDefault()
        return
      }
      options.onKeyDown?.(event)
    }
    node.addEventListener('click', onClick)
    node.addEventListener('keydown', onKeyDown)
    this.domNode = node
    this.disposeAll = () => {
      hover.dispose()
      node.removeEventListener('click', onClick)
      node.removeEventListener('keydown', onKeyDown)
    }
  }

  dispose(): void {
    this.disposeAll()
  }
}
