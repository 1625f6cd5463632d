import { memo } from 'react'
import { EXECUTOR_SOURCES, type ExecutorSource } from '../../../core/catalog/executors.ts'
import type { Config } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { switchExecutorSource } from '../executor.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { enumOptions } from '../options.ts'
import { Section } from '../Section.tsx'
import { SUGGESTIONS } from '../Suggestions.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

export const ExecutorSection = memo(function ExecutorSection({
  executor,
  errors,
  open,
}: SectionProps & { readonly executor: Config['executor'] }) {
  const { t, dispatch } = useUi()
  return (
    <Section
      id="executor"
      open={open}
      changed={changedCount({ executor }, DEFAULTS, 'executor')}
      errors={errorTotal(errors)}
    >
      <SelectField
        path={['executor', 'source']}
        value={executor.source}
        options={enumOptions(t, EXECUTOR_SOURCES, 'source')}
        error={errorAt(errors, ['executor', 'source'])}
        onChange={(source) =>
          dispatch({
            type: 'set',
            path: ['executor'],
            value: switchExecutorSource(executor, source as ExecutorSource),
          })
        }
      />
      {executor.source === 'custom' ? (
        <TextField
          path={['executor', 'customImage']}
          value={executor.customImage}
          error={errorAt(errors, ['executor', 'customImage'])}
        />
      ) : (
        <div className="row">
          <TextField
            path={['executor', 'tag']}
            value={executor.tag}
            error={errorAt(errors, ['executor', 'tag'])}
            suggestions={executor.source === 'google' ? SUGGESTIONS.googleTags : SUGGESTIONS.forkTags}
          />
          <TextField
            path={['executor', 'tagVariable']}
            value={executor.tagVariable}
            placeholder="KANIKO_VERSION"
            error={errorAt(errors, ['executor', 'tagVariable'])}
          />
        </div>
      )}
      <CheckboxField
        path={['executor', 'overrideEntrypoint']}
        value={executor.overrideEntrypoint}
        error={errorAt(errors, ['executor', 'overrideEntrypoint'])}
      />
    </Section>
  )
})
