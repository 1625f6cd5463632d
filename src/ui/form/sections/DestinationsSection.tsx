import { memo } from 'react'
import { type Config, type Destination, TRIGGERS } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { FieldMarks } from '../../marks/FieldMarks.tsx'
import { useFieldMarks } from '../../marks/useFieldMarks.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ListEditor } from '../ListEditor.tsx'
import { toggleMember } from '../list-ops.ts'
import { Section } from '../Section.tsx'
import { StringList } from '../StringList.tsx'
import { SUGGESTIONS } from '../Suggestions.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

interface Props extends SectionProps {
  readonly job: Config['job']
  readonly destinations: Config['destinations']
}

export const DestinationsSection = memo(function DestinationsSection({
  job,
  destinations,
  errors,
  open,
}: Props) {
  const { t, dispatch } = useUi()
  const triggersError = errorAt(errors, ['job', 'triggers'])
  const triggerMarks = useFieldMarks('job.triggers')
  return (
    <Section
      id="destinations"
      open={open}
      changed={changedCount({ job, destinations }, DEFAULTS, 'destinations')}
      errors={errorTotal(errors)}
    >
      <ListEditor<Destination>
        path={['destinations']}
        items={destinations}
        errors={errors}
        newItem={() => ({ repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_SHORT_SHA}'] })}
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
          </>
        )}
      />
      <fieldset
        className="field checkbox-group"
        data-field="job.triggers"
        aria-describedby={`f-job-triggers-help${triggerMarks.length ? ' f-job-triggers-marks' : ''}`}
      >
        <legend>{t('field.job.triggers.label')}</legend>
        <p className="help" id="f-job-triggers-help">
          {t('field.job.triggers.help')}
        </p>
        {TRIGGERS.map((trigger) => (
          <label key={trigger} className="checkbox-option">
            <input
              type="checkbox"
              checked={job.triggers.includes(trigger)}
              onChange={(e) =>
                dispatch({
                  type: 'set',
                  path: ['job', 'triggers'],
                  value: toggleMember(job.triggers, trigger, e.currentTarget.checked),
                })
              }
            />
            {t(`option.trigger.${trigger}`)}
          </label>
        ))}
        {triggersError ? <p className="error">{t.issue(triggersError)}</p> : null}
        <FieldMarks id="f-job-triggers-marks" marks={triggerMarks} />
      </fieldset>
      <CheckboxField path={['job', 'manual']} value={job.manual} />
      <StringList
        path={['job', 'runnerTags']}
        items={job.runnerTags}
        errors={errors}
        suggestions={SUGGESTIONS.runnerTags}
      />
    </Section>
  )
})
