import { memo } from 'react'
import type { Config } from '../../../core/config/schema.ts'
import type { FieldErrors } from '../../state/errors.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { StringList } from '../StringList.tsx'
import { SUGGESTIONS } from '../Suggestions.tsx'
import { errorAt } from './common.ts'

type Key = 'jobName' | 'stage' | 'image' | 'repository' | 'fromTag'

/** The release job: on tag pipelines, crane copies the image built for the commit to the release tags. */
export const ReleaseFields = memo(function ReleaseFields({
  release,
  errors,
}: {
  readonly release: Config['release']
  readonly errors: FieldErrors
}) {
  const text = (key: Key) => (
    <TextField path={['release', key]} value={release[key]} error={errorAt(errors, ['release', key])} />
  )
  return (
    <>
      <CheckboxField path={['release', 'enabled']} value={release.enabled} />
      {release.enabled ? (
        <div className="nested">
          <div className="row">
            {text('jobName')}
            {text('stage')}
          </div>
          {text('image')}
          {text('repository')}
          {text('fromTag')}
          <StringList
            path={['release', 'toTags']}
            items={release.toTags}
            errors={errors}
            suggestions={SUGGESTIONS.imageTags}
          />
          <StringList
            path={['release', 'runnerTags']}
            items={release.runnerTags}
            errors={errors}
            suggestions={SUGGESTIONS.runnerTags}
          />
        </div>
      ) : null}
    </>
  )
})
