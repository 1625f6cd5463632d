import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Config } from '../../../core/config/schema.ts'
import { REVEAL_EVENT } from '../../checks/focus-field.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { moveItem, removeItem } from '../list-ops.ts'
import { Section } from '../Section.tsx'
import { errorTotal, type SectionProps } from '../sections/common.ts'
import { type CardAction, ImageCard } from './ImageCard.tsx'
import { duplicateImage, moveImage, newImage, removeImage } from './image-ops.ts'

interface Props extends SectionProps {
  readonly images: Config['images']
  readonly release: Config['release']
  /** The config last loaded (a preset, a link, the defaults…): a new one starts the cards afresh. */
  readonly loaded: Config
}

/**
 * A card the user has not opened or closed: the first is open (a one-image config reads as a plain
 * form, and several images start where the work starts), the others closed (their summaries are the
 * overview).
 */
const cardOpen = (opened: readonly boolean[], index: number): boolean => opened[index] ?? index === 0

type Focus = { readonly index: number; readonly target: 'name' | CardAction } | 'add'

/**
 * The images: one card each, with add, duplicate, move and remove. A card's open state follows its
 * image through moves; a finding's field in a closed card opens it (focus-field's reveal event).
 */
export const ImagesSection = memo(function ImagesSection({ images, release, loaded, errors, open }: Props) {
  const { t, dispatch } = useUi()
  const root = useRef<HTMLDivElement>(null)
  const focusNext = useRef<Focus | null>(null)
  // Several images start closed (their summaries are the overview); one reads as a plain form.
  const [cardsOpen, setCardsOpen] = useState<readonly boolean[]>([])
  // Cards opened or closed for the config before do not carry over to a newly loaded one.
  const [cardsFor, setCardsFor] = useState(loaded)
  if (cardsFor !== loaded) {
    setCardsFor(loaded)
    setCardsOpen([])
  }
  const isOpen = (i: number) => cardOpen(cardsOpen, i)
  // What the (stable) handlers read: the props and state of the last commit.
  const latest = useRef({ images, release, cardsOpen })
  useLayoutEffect(() => {
    latest.current = { images, release, cardsOpen }
  })

  useLayoutEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (!target || !root.current) return
    if (target === 'add') {
      root.current.querySelector<HTMLElement>('.images-add')?.focus()
      return
    }
    const card = root.current.querySelector(`[data-index="${target.index}"]`)
    const selector = target.target === 'name' ? 'input' : `[data-action="${target.target}"]`
    card?.querySelector<HTMLElement>(selector)?.focus()
  })

  useEffect(() => {
    const element = root.current
    if (!element) return
    const reveal = (event: Event) => {
      const card = (event.target as Element).closest('[data-image-card]')
      const index = Number(card?.getAttribute('data-image-card'))
      const { images: list, cardsOpen: opened } = latest.current
      if (!card || Number.isNaN(index) || cardOpen(opened, index)) return
      const states = list.map((_, i) => cardOpen(opened, i))
      // Synchronously, so that the caller can focus the field right after.
      flushSync(() => setCardsOpen(states.map((v, i) => (i === index ? true : v))))
    }
    element.addEventListener(REVEAL_EVENT, reveal)
    return () => element.removeEventListener(REVEAL_EVENT, reveal)
  }, [])

  const onAction = useCallback(
    (action: CardAction, index: number) => {
      const { images: list, release: rel, cardsOpen: opened } = latest.current
      const states = list.map((_, i) => cardOpen(opened, i))
      const itemName = t('field.images.item', { n: index + 1 })
      const set = (next: readonly unknown[]) => dispatch({ type: 'set', path: ['images'], value: next })
      const announce = (text: string) => dispatch({ type: 'announce', text })
      switch (action) {
        case 'toggle':
          setCardsOpen(states.map((v, i) => (i === index ? !v : v)))
          return
        case 'up':
        case 'down': {
          const to = action === 'up' ? index - 1 : index + 1
          if (to < 0 || to >= list.length) return
          focusNext.current = { index: to, target: action }
          setCardsOpen(moveItem(states, index, to))
          set(moveImage(list, index, to))
          announce(t('list.moved', { item: itemName, position: to + 1 }))
          return
        }
        case 'duplicate': {
          const next = duplicateImage({ images: list, release: rel }, index)
          focusNext.current = { index: index + 1, target: 'name' }
          setCardsOpen([...states.slice(0, index + 1), true, ...states.slice(index + 1)])
          set(next)
          announce(t('images.duplicated', { item: itemName, name: next[index + 1]?.name ?? '' }))
          return
        }
        case 'remove': {
          if (list.length <= 1) return
          const remaining = list.length - 1
          focusNext.current =
            remaining === 1 ? 'add' : { index: Math.min(index, remaining - 1), target: 'remove' }
          setCardsOpen(removeItem(states, index))
          set(removeImage(list, index))
          announce(t('list.removed', { item: itemName }))
          return
        }
      }
    },
    [t, dispatch],
  )

  const add = () => {
    const { images: list, release: rel, cardsOpen: opened } = latest.current
    focusNext.current = { index: list.length, target: 'name' }
    setCardsOpen([...list.map((_, i) => cardOpen(opened, i)), true])
    dispatch({ type: 'set', path: ['images'], value: [...list, newImage({ images: list, release: rel })] })
    dispatch({
      type: 'announce',
      text: t('list.added', { item: t('field.images.item', { n: list.length + 1 }) }),
    })
  }

  return (
    <Section
      id="images"
      open={open}
      changed={changedCount({ images }, DEFAULTS, 'images')}
      errors={errorTotal(errors)}
    >
      <div className="images" ref={root} data-field="images">
        {images.map((image, i) => (
          <ImageCard
            // Index keys: images have no identity of their own, and focus is moved explicitly.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={i}
            image={image}
            index={i}
            count={images.length}
            open={isOpen(i)}
            errors={errors}
            onAction={onAction}
          />
        ))}
        <div className="images-actions">
          <button type="button" className="images-add" onClick={add}>
            + {t('images.add')}
          </button>
          {images.length === 1 ? (
            <button type="button" className="images-duplicate" onClick={() => onAction('duplicate', 0)}>
              {t('images.duplicateOne')}
            </button>
          ) : null}
        </div>
      </div>
    </Section>
  )
})
