import { memo } from 'react'
import type { Image } from '../../../core/config/schema.ts'
import type { FieldErrors } from '../../state/errors.ts'
import { NeedsField } from '../fields/NeedsField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { VariablesList } from '../fields/VariablesList.tsx'
import { StringList } from '../StringList.tsx'
import { errorAt } from '../sections/common.ts'

/** The image fields behind the "job settings" disclosure: all this component reads of the image. */
export const IMAGE_JOB_FIELDS = [
  'changes',
  'changesCompareTo',
  'exists',
  'needs',
  'variables',
  'cacheRepository',
  'extraFlags',
  'extraArgsVariable',
] as const satisfies readonly (keyof Image)[]

interface Props {
  readonly image: Pick<Image, (typeof IMAGE_JOB_FIELDS)[number]>
  readonly index: number
  readonly errors: FieldErrors
}

/**
 * memo's comparison: the fields it shows, not the image (unchanged parts keep their identity in the
 * store), so a key in the job name or the build fields does not render the job settings' lists.
 */
const sameJobFields = (a: Props, b: Props) =>
  a.index === b.index && a.errors === b.errors && IMAGE_JOB_FIELDS.every((f) => a.image[f] === b.image[f])

/** The job settings of one image: when it builds, what it waits for, its variables and extra flags. */
export const ImageJobFields = memo(function ImageJobFields({ image, index, errors }: Props) {
  const at = ['images', index] as const
  return (
    <>
      <StringList path={[...at, 'changes']} items={image.changes} errors={errors} />
      <TextField
        path={[...at, 'changesCompareTo']}
        value={image.changesCompareTo}
        placeholder="refs/heads/main"
        error={errorAt(errors, [...at, 'changesCompareTo'])}
      />
      <StringList path={[...at, 'exists']} items={image.exists} errors={errors} />
      <NeedsField path={[...at, 'needs']} value={image.needs} errors={errors} unsetMeans="inherit" />
      <VariablesList path={[...at, 'variables']} items={image.variables} errors={errors} />
      <TextField
        path={[...at, 'cacheRepository']}
        value={image.cacheRepository}
        error={errorAt(errors, [...at, 'cacheRepository'])}
      />
      <StringList path={[...at, 'extraFlags']} items={image.extraFlags} errors={errors} />
      <TextField
        path={[...at, 'extraArgsVariable']}
        value={image.extraArgsVariable}
        placeholder="KANIKO_ADDITIONAL_ARGS"
        error={errorAt(errors, [...at, 'extraArgsVariable'])}
      />
    </>
  )
}, sameJobFields)
