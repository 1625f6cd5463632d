import { memo } from 'react'
import { deepEqual } from '../../../core/config/defaults.ts'
import type { Image } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { FieldMarks } from '../../marks/FieldMarks.tsx'
import { useFieldMarks } from '../../marks/useFieldMarks.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import type { FieldErrors } from '../../state/errors.ts'
import { Disclosure } from '../Disclosure.tsx'
import { ImageBuildFields } from './ImageBuildFields.tsx'
import { ImageDestinations } from './ImageDestinations.tsx'
import { IMAGE_JOB_FIELDS, ImageJobFields } from './ImageJobFields.tsx'
import { ImageMultiArch } from './ImageMultiArch.tsx'

export type CardAction = 'toggle' | 'up' | 'down' | 'duplicate' | 'remove'

interface Props {
  readonly image: Image
  readonly index: number
  readonly count: number
  readonly open: boolean
  readonly errors: FieldErrors
  readonly onAction: (action: CardAction, index: number) => void
}

/** "build: ${CI_PROJECT_DIR}, 1 destination": what a collapsed card shows. */
export function imageSummary(t: ReturnType<typeof useUi>['t'], image: Image): string {
  const params = { name: image.name, context: image.context, count: image.destinations.length }
  const n = image.destinations.length
  return t(n === 0 ? 'images.summary.none' : n === 1 ? 'images.summary.one' : 'images.summary.other', params)
}

/** The fields of one image: build, destinations, platforms, then its job settings. */
function ImageBody({ image, index, errors }: Pick<Props, 'image' | 'index' | 'errors'>) {
  const { t } = useUi()
  // Findings about the image as a whole (not one of its fields).
  const marks = useFieldMarks(`images[${index}]`)
  const error = errors[`images[${index}]`]
  const base = DEFAULTS.images[0] as Image
  // The job settings start open when one of them is set.
  const jobGroupChanged = IMAGE_JOB_FIELDS.some((f) => !deepEqual(image[f], base[f]))
  return (
    <>
      {error ? <p className="error">{t.issue(error)}</p> : null}
      <FieldMarks id={`image-${index}-marks`} marks={marks} />
      <ImageBuildFields image={image} index={index} errors={errors} />
      <ImageDestinations
        destinations={image.destinations}
        runnerTags={image.runnerTags}
        index={index}
        errors={errors}
      />
      <ImageMultiArch multiArch={image.multiArch} index={index} errors={errors} />
      <Disclosure summary={t('images.jobGroup')} initiallyOpen={jobGroupChanged}>
        <ImageJobFields image={image} index={index} errors={errors} />
      </Disclosure>
    </>
  )
}

/**
 * One image. Alone, it is just its fields (the page reads as with one image); among several it is
 * a card with a disclosure button showing its summary, and buttons to move, duplicate and remove it.
 */
export const ImageCard = memo(function ImageCard({ image, index, count, open, errors, onAction }: Props) {
  const { t } = useUi()
  if (count === 1)
    return (
      <div className="image-single" data-index={index} data-field={`images[${index}]`}>
        <ImageBody image={image} index={index} errors={errors} />
      </div>
    )
  const name = t('field.images.item', { n: index + 1 })
  const summary = imageSummary(t, image)
  const bodyId = `image-${index}-body`
  const errorCount = Object.keys(errors).filter((k) => k.startsWith(`images[${index}]`)).length
  return (
    <section
      className="image-card"
      data-index={index}
      data-image-card={index}
      data-field={`images[${index}]`}
      aria-label={name}
    >
      <div className="image-card-header">
        <h3 className="image-card-title">
          <button
            type="button"
            className="image-card-toggle"
            data-action="toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => onAction('toggle', index)}
          >
            <span className="chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span className="image-card-name">{name}</span>{' '}
            <span className="image-card-summary" title={summary}>
              {summary}
            </span>
            {errorCount > 0 ? (
              <span className="badge badge-error">{t('section.errors', { count: errorCount })}</span>
            ) : null}
          </button>
        </h3>
        <div className="item-actions">
          <button
            type="button"
            data-action="up"
            aria-label={t('list.moveUp', { item: name })}
            title={t('list.moveUp', { item: name })}
            aria-disabled={index === 0 ? true : undefined}
            onClick={() => onAction('up', index)}
          >
            ↑
          </button>
          <button
            type="button"
            data-action="down"
            aria-label={t('list.moveDown', { item: name })}
            title={t('list.moveDown', { item: name })}
            aria-disabled={index === count - 1 ? true : undefined}
            onClick={() => onAction('down', index)}
          >
            ↓
          </button>
          <button
            type="button"
            data-action="duplicate"
            aria-label={t('images.duplicateItem', { item: name })}
            title={t('images.duplicateItem', { item: name })}
            onClick={() => onAction('duplicate', index)}
          >
            {t('images.duplicate')}
          </button>
          <button
            type="button"
            data-action="remove"
            aria-label={t('list.remove', { item: name })}
            title={t('list.remove', { item: name })}
            onClick={() => onAction('remove', index)}
          >
            ×
          </button>
        </div>
      </div>
      <div id={bodyId} className="image-card-body" hidden={!open}>
        <ImageBody image={image} index={index} errors={errors} />
      </div>
    </section>
  )
})
