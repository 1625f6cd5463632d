import { type ReactNode, useLayoutEffect, useRef } from 'react'
import { useUi } from '../context.ts'
import { FieldMarks } from '../marks/FieldMarks.tsx'
import { useFieldMarks } from '../marks/useFieldMarks.ts'
import { type Path, pathKey } from '../state/paths.ts'
import { fieldId, fieldLabel, fieldMessage } from './fields/labels.ts'
import { appendItem, moveItem, removeItem } from './list-ops.ts'

interface Props<T> {
  readonly path: Path
  readonly items: readonly T[]
  /** Errors of the section: the list's own error is looked up by the list's path. */
  readonly errors: Readonly<Record<string, string>>
  readonly newItem: () => T
  /** The item's controls; `label` is its name, e.g. "Destination 2". */
  readonly renderItem: (item: T, itemPath: Path, label: string) => ReactNode
  /** Items of a single input render in one row, without a legend. */
  readonly inline?: boolean
}

type Focus = { readonly index: number; readonly action: 'up' | 'down' | 'remove' | 'first' } | 'add'

/**
 * A list with add, edit, move up/down and remove, all by keyboard. After a move or removal focus
 * follows the item (or its neighbour) and a live region says what happened.
 */
export function ListEditor<T>(props: Props<T>) {
  const { t, dispatch } = useUi()
  const { path, items } = props
  const container = useRef<HTMLFieldSetElement>(null)
  const focusNext = useRef<Focus | null>(null)
  const id = fieldId(path)
  const label = fieldLabel(t, path)
  const help = fieldMessage(t, path, 'help')
  const rawError = props.errors[pathKey(path)]
  const error = rawError === undefined ? undefined : t.issue(rawError)
  // An inline item is one control with marks of its own; a multi-field item has none to show them.
  const marks = useFieldMarks(pathKey(path), !props.inline)
  const itemLabel = (i: number) => fieldMessage(t, path, 'item', { n: i + 1 }) ?? `${label} ${i + 1}`

  useLayoutEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (!target || !container.current) return
    const root = container.current
    if (target === 'add') {
      root.querySelector<HTMLElement>(':scope > .list-add')?.focus()
      return
    }
    const row = root.querySelector(`:scope > ol > li[data-index="${target.index}"]`)
    const selector =
      target.action === 'first' ? 'input, select, textarea' : `[data-action="${target.action}"]`
    row?.querySelector<HTMLElement>(selector)?.focus()
  })

  const set = (value: T[]) => dispatch({ type: 'set', path, value })
  const announce = (text: string) => dispatch({ type: 'announce', text })

  const move = (from: number, to: number, action: 'up' | 'down') => {
    if (to < 0 || to >= items.length) return
    focusNext.current = { index: to, action }
    set(moveItem(items, from, to))
    announce(t('list.moved', { item: itemLabel(from), position: to + 1 }))
  }
  const remove = (index: number) => {
    const remaining = items.length - 1
    focusNext.current = remaining === 0 ? 'add' : { index: Math.min(index, remaining - 1), action: 'remove' }
    set(removeItem(items, index))
    announce(t('list.removed', { item: itemLabel(index) }))
  }
  const add = () => {
    focusNext.current = { index: items.length, action: 'first' }
    set(appendItem(items, props.newItem()))
    announce(t('list.added', { item: itemLabel(items.length) }))
  }

  const describedBy = [
    help ? `${id}-help` : '',
    error ? `${id}-error` : '',
    marks.length ? `${id}-marks` : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <fieldset
      className={`field list ${props.inline ? 'inline' : ''}`}
      data-field={pathKey(path)}
      aria-describedby={describedBy || undefined}
      ref={container}
    >
      <legend className="label">{label}</legend>
      {help ? (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {items.length === 0 ? <p className="list-empty">{t('list.empty')}</p> : null}
      <ol>
        {items.map((item, i) => {
          const name = itemLabel(i)
          const actions = (
            <div className="item-actions">
              <button
                type="button"
                data-action="up"
                aria-label={t('list.moveUp', { item: name })}
                title={t('list.moveUp', { item: name })}
                aria-disabled={i === 0 ? true : undefined}
                // Not a tab stop while it can do nothing, yet focusable: the focus stays on it after a move.
                tabIndex={i === 0 ? -1 : undefined}
                onClick={() => move(i, i - 1, 'up')}
              >
                ↑
              </button>
              <button
                type="button"
                data-action="down"
                aria-label={t('list.moveDown', { item: name })}
                title={t('list.moveDown', { item: name })}
                aria-disabled={i === items.length - 1 ? true : undefined}
                // Not a tab stop while it can do nothing, yet focusable: the focus stays on it after a move.
                tabIndex={i === items.length - 1 ? -1 : undefined}
                onClick={() => move(i, i + 1, 'down')}
              >
                ↓
              </button>
              <button
                type="button"
                data-action="remove"
                aria-label={t('list.remove', { item: name })}
                title={t('list.remove', { item: name })}
                onClick={() => remove(i)}
              >
                ×
              </button>
            </div>
          )
          return (
            // Index keys are right here: items are plain values without identity, and focus is moved explicitly.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} data-index={i}>
              {props.inline ? (
                <div className="item-row">
                  {props.renderItem(item, [...path, i], name)}
                  {actions}
                </div>
              ) : (
                <fieldset className="item">
                  <legend>{name}</legend>
                  {/* At the top of the item, by its name: what they act on is plain to see. */}
                  {actions}
                  {props.renderItem(item, [...path, i], name)}
                </fieldset>
              )}
            </li>
          )
        })}
      </ol>
      <button type="button" className="list-add" onClick={add}>
        + {fieldMessage(t, path, 'add') ?? label}
      </button>
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <FieldMarks id={`${id}-marks`} marks={marks} />
    </fieldset>
  )
}
