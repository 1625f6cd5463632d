import { memo } from 'react'
import type { BuildArg, Config, Label } from '../../../core/config/schema.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ListEditor } from '../ListEditor.tsx'
import { Section } from '../Section.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

interface Props extends SectionProps {
  readonly job: Config['job']
  readonly build: Config['build']
}

export const BuildSection = memo(function BuildSection({ job, build, errors, open }: Props) {
  return (
    <Section
      id="build"
      open={open}
      changed={changedCount({ job, build }, DEFAULTS, 'build')}
      errors={errorTotal(errors)}
    >
      <div className="row">
        <TextField path={['job', 'name']} value={job.name} error={errorAt(errors, ['job', 'name'])} />
        <TextField path={['job', 'stage']} value={job.stage} error={errorAt(errors, ['job', 'stage'])} />
      </div>
      <TextField
        path={['build', 'context']}
        value={build.context}
        error={errorAt(errors, ['build', 'context'])}
      />
      <TextField
        path={['build', 'dockerfile']}
        value={build.dockerfile}
        error={errorAt(errors, ['build', 'dockerfile'])}
      />
      <TextField
        path={['build', 'target']}
        value={build.target}
        error={errorAt(errors, ['build', 'target'])}
      />
      <ListEditor<BuildArg>
        path={['build', 'buildArgs']}
        items={build.buildArgs}
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
        path={['build', 'labels']}
        items={build.labels}
        errors={errors}
        newItem={() => ({ key: '', value: '' })}
        renderItem={(label, p) => (
          <div className="row">
            <TextField path={[...p, 'key']} value={label.key} error={errorAt(errors, [...p, 'key'])} />
            <TextField path={[...p, 'value']} value={label.value} error={errorAt(errors, [...p, 'value'])} />
          </div>
        )}
      />
      <CheckboxField path={['build', 'ociLabels']} value={build.ociLabels} />
      <CheckboxField path={['build', 'skipUnusedStages']} value={build.skipUnusedStages} />
    </Section>
  )
})
