import { memo } from 'react'
import type { BuildArg, Image, Label } from '../../../core/config/schema.ts'
import type { FieldErrors } from '../../state/errors.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ListEditor } from '../ListEditor.tsx'
import { errorAt } from '../sections/common.ts'

interface Props {
  readonly image: Image
  readonly index: number
  readonly errors: FieldErrors
}

/** What kaniko builds for one image: its job name, context, Dockerfile, target, arguments and labels. */
export const ImageBuildFields = memo(function ImageBuildFields({ image, index, errors }: Props) {
  const at = ['images', index] as const
  return (
    <>
      <TextField path={[...at, 'name']} value={image.name} error={errorAt(errors, [...at, 'name'])} />
      <TextField
        path={[...at, 'context']}
        value={image.context}
        error={errorAt(errors, [...at, 'context'])}
      />
      <TextField
        path={[...at, 'dockerfile']}
        value={image.dockerfile}
        error={errorAt(errors, [...at, 'dockerfile'])}
      />
      <TextField path={[...at, 'target']} value={image.target} error={errorAt(errors, [...at, 'target'])} />
      <ImageBuildLists buildArgs={image.buildArgs} labels={image.labels} index={index} errors={errors} />
      <CheckboxField path={[...at, 'ociLabels']} value={image.ociLabels} />
      <CheckboxField path={[...at, 'skipUnusedStages']} value={image.skipUnusedStages} />
    </>
  )
})

/**
 * The build arguments and labels, apart from the build's text fields: a key in the job name or the
 * context does not render the lists (the store keeps their identity while they are unchanged).
 */
const ImageBuildLists = memo(function ImageBuildLists({
  buildArgs,
  labels,
  index,
  errors,
}: {
  readonly buildArgs: Image['buildArgs']
  readonly labels: Image['labels']
  readonly index: number
  readonly errors: FieldErrors
}) {
  const at = ['images', index] as const
  return (
    <>
      <ListEditor<BuildArg>
        path={[...at, 'buildArgs']}
        items={buildArgs}
        errors={errors}
        newItem={() => ({ name: '', value: '', fromEnvironment: false })}
        renderItem={(arg, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'name']} value={arg.name} error={errorAt(errors, [...p, 'name'])} />
              <TextField path={[...p, 'value']} value={arg.value} error={errorAt(errors, [...p, 'value'])} />
            </div>
            <CheckboxField path={[...p, 'fromEnvironment']} value={arg.fromEnvironment} />
          </>
        )}
      />
      <ListEditor<Label>
        path={[...at, 'labels']}
        items={labels}
        errors={errors}
        newItem={() => ({ key: '', value: '' })}
        renderItem={(label, p) => (
          <div className="row">
            <TextField path={[...p, 'key']} value={label.key} error={errorAt(errors, [...p, 'key'])} />
            <TextField path={[...p, 'value']} value={label.value} error={errorAt(errors, [...p, 'value'])} />
          </div>
        )}
      />
    </>
  )
})
