import { memo } from 'react'
import { DESTINATION_WHEN, type Destination, type Image } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import type { FieldErrors } from '../../state/errors.ts'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ListEditor } from '../ListEditor.tsx'
import { enumOptions } from '../options.ts'
import { StringList } from '../StringList.tsx'
import { SUGGESTIONS } from '../Suggestions.tsx'
import { errorAt } from '../sections/common.ts'

interface Props {
  // The parts it shows, not the image: a key in the image's other fields does not render the lists.
  readonly destinations: Image['destinations']
  readonly runnerTags: Image['runnerTags']
  readonly index: number
  readonly errors: FieldErrors
}

/** Where one image is pushed (each destination with its tags and the pipelines it is pushed in). */
export const ImageDestinations = memo(function ImageDestinations({
  destinations,
  runnerTags,
  index,
  errors,
}: Props) {
  const { t } = useUi()
  const whenOptions = enumOptions(t, DESTINATION_WHEN, 'destinationWhen')
  return (
    <>
      <ListEditor<Destination>
        path={['images', index, 'destinations']}
        items={destinations}
        errors={errors}
        newItem={() => ({
          repository: '${CI_REGISTRY_IMAGE}',
          tags: ['${CI_COMMIT_SHORT_SHA}'],
          when: 'always',
        })}
        renderItem={(destination, p) => (
          <>
            <TextField
              path={[...p, 'repository']}
              value={destination.repository}
              error={errorAt(errors, [...p, 'repository'])}
              suggestions={SUGGESTIONS.repositories}
            />
            <StringList
              path={[...p, 'tags']}
              items={destination.tags}
              errors={errors}
              suggestions={SUGGESTIONS.imageTags}
            />
            <SelectField path={[...p, 'when']} value={destination.when} options={whenOptions} />
          </>
        )}
      />
      <StringList
        path={['images', index, 'runnerTags']}
        items={runnerTags}
        errors={errors}
        suggestions={SUGGESTIONS.runnerTags}
      />
    </>
  )
})
