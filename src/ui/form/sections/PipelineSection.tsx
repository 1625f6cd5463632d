import { memo } from 'react'
import { type Config, LAYOUTS, MANUAL_MODES, SCHEDULE_MODES, TRIGGERS } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxGroup } from '../fields/CheckboxGroup.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { enumOptions } from '../options.ts'
import { Section } from '../Section.tsx'
import { StringList } from '../StringList.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'
import { JobSettingsFields } from './JobSettingsFields.tsx'
import { ReleaseFields } from './ReleaseFields.tsx'

interface Props extends SectionProps {
  readonly pipeline: Config['pipeline']
  readonly release: Config['release']
  /** How many images there are: the automatic layout and the template name depend on it. */
  readonly imageCount: number
}

/** Stage, layout, the pipelines the builds run in, the settings of every build job, and the release job. */
export const PipelineSection = memo(function PipelineSection({
  pipeline,
  release,
  imageCount,
  errors,
  open,
}: Props) {
  const { t } = useUi()
  const triggers = pipeline.triggers
  const at = ['pipeline', 'triggers'] as const
  const usesTemplate = pipeline.layout === 'extends' || (pipeline.layout === 'auto' && imageCount > 1)
  return (
    <Section
      id="pipeline"
      open={open}
      changed={changedCount({ pipeline, release }, DEFAULTS, 'pipeline')}
      errors={errorTotal(errors)}
    >
      <div className="row">
        <TextField
          path={['pipeline', 'stage']}
          value={pipeline.stage}
          error={errorAt(errors, ['pipeline', 'stage'])}
        />
        <SelectField
          path={['pipeline', 'layout']}
          value={pipeline.layout}
          options={enumOptions(t, LAYOUTS, 'layout')}
          error={errorAt(errors, ['pipeline', 'layout'])}
        />
      </div>
      {usesTemplate ? (
        <TextField
          path={['pipeline', 'templateName']}
          value={pipeline.templateName}
          error={errorAt(errors, ['pipeline', 'templateName'])}
        />
      ) : null}
      <CheckboxGroup
        path={[...at, 'on']}
        value={triggers.on}
        options={enumOptions(t, TRIGGERS, 'trigger')}
        error={errorAt(errors, [...at, 'on'])}
      />
      {triggers.on.includes('tag') ? (
        <TextField
          path={[...at, 'tagPattern']}
          value={triggers.tagPattern}
          placeholder="/^v\d+\.\d+\.\d+$/"
          error={errorAt(errors, [...at, 'tagPattern'])}
        />
      ) : null}
      {triggers.on.includes('named-branches') ? (
        <StringList path={[...at, 'branches']} items={triggers.branches} errors={errors} />
      ) : null}
      <div className="row">
        <SelectField
          path={[...at, 'schedules']}
          value={triggers.schedules}
          options={enumOptions(t, SCHEDULE_MODES, 'schedules')}
        />
        <SelectField
          path={[...at, 'manual']}
          value={triggers.manual}
          options={enumOptions(t, MANUAL_MODES, 'manual')}
        />
      </div>
      <JobSettingsFields job={pipeline.job} errors={errors} />
      <ReleaseFields release={release} errors={errors} />
    </Section>
  )
})
