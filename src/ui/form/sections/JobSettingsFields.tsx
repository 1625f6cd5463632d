import { memo } from 'react'
import { deepEqual } from '../../../core/config/defaults.ts'
import { type Config, RETRY_WHEN } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import type { FieldErrors } from '../../state/errors.ts'
import { Disclosure } from '../Disclosure.tsx'
import { CheckboxGroup } from '../fields/CheckboxGroup.tsx'
import { NeedsField } from '../fields/NeedsField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { VariablesList } from '../fields/VariablesList.tsx'
import { ListEditor } from '../ListEditor.tsx'
import { errorAt } from './common.ts'

type Service = Config['pipeline']['job']['services'][number]

const RETRY_OPTIONS = RETRY_WHEN.map((value) => ({ value, label: value }))
const at = ['pipeline', 'job'] as const

/** GitLab job keywords set on every build job, behind a disclosure (open when one is set). */
export const JobSettingsFields = memo(function JobSettingsFields({
  job,
  errors,
}: {
  readonly job: Config['pipeline']['job']
  readonly errors: FieldErrors
}) {
  const { t, dispatch } = useUi()
  const interruptible = job.interruptible === null ? 'default' : job.interruptible ? 'yes' : 'no'
  return (
    <Disclosure summary={t('pipeline.jobGroup')} initiallyOpen={!deepEqual(job, DEFAULTS.pipeline.job)}>
      <NeedsField path={[...at, 'needs']} value={job.needs} errors={errors} unsetMeans="stages" />
      <div className="row">
        <SelectField
          path={[...at, 'retryMax']}
          value={String(job.retryMax)}
          options={['0', '1', '2'].map((value) => ({ value, label: value }))}
          error={errorAt(errors, [...at, 'retryMax'])}
          onChange={(value) => dispatch({ type: 'set', path: [...at, 'retryMax'], value: Number(value) })}
        />
        <TextField
          path={[...at, 'timeout']}
          value={job.timeout}
          placeholder="1h 30m"
          error={errorAt(errors, [...at, 'timeout'])}
        />
      </div>
      {job.retryMax > 0 || job.retryWhen.length > 0 ? (
        <CheckboxGroup
          path={[...at, 'retryWhen']}
          value={job.retryWhen}
          options={RETRY_OPTIONS}
          columns
          error={errorAt(errors, [...at, 'retryWhen'])}
        />
      ) : null}
      <div className="row">
        <SelectField
          path={[...at, 'interruptible']}
          value={interruptible}
          options={['default', 'yes', 'no'].map((value) => ({
            value,
            label: t(`option.interruptible.${value as 'default' | 'yes' | 'no'}`),
          }))}
          onChange={(value) =>
            dispatch({
              type: 'set',
              path: [...at, 'interruptible'],
              value: value === 'default' ? null : value === 'yes',
            })
          }
        />
        <TextField
          path={[...at, 'resourceGroup']}
          value={job.resourceGroup}
          error={errorAt(errors, [...at, 'resourceGroup'])}
        />
      </div>
      <VariablesList path={[...at, 'variables']} items={job.variables} errors={errors} />
      <ListEditor<Service>
        path={[...at, 'services']}
        items={job.services}
        errors={errors}
        newItem={() => ({ name: '', alias: '' })}
        renderItem={(service, p) => (
          <div className="row">
            <TextField path={[...p, 'name']} value={service.name} error={errorAt(errors, [...p, 'name'])} />
            <TextField
              path={[...p, 'alias']}
              value={service.alias}
              error={errorAt(errors, [...p, 'alias'])}
            />
          </div>
        )}
      />
    </Disclosure>
  )
})
