import { memo } from 'react'
import { type Config, SNAPSHOT_MODES } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { enumOptions } from '../options.ts'
import { Section } from '../Section.tsx'
import { StringList } from '../StringList.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

interface Props extends SectionProps {
  readonly cache: Config['cache']
  readonly snapshot: Config['snapshot']
}

export const CacheSection = memo(function CacheSection({ cache, snapshot, errors, open }: Props) {
  const { t } = useUi()
  return (
    <Section
      id="cache"
      open={open}
      changed={changedCount({ cache, snapshot }, DEFAULTS, 'cache')}
      errors={errorTotal(errors)}
    >
      <CheckboxField path={['cache', 'enabled']} value={cache.enabled} />
      {cache.enabled ? (
        <div className="nested">
          <TextField
            path={['cache', 'repository']}
            value={cache.repository}
            error={errorAt(errors, ['cache', 'repository'])}
          />
          <TextField
            path={['cache', 'ttl']}
            value={cache.ttl}
            placeholder="336h"
            error={errorAt(errors, ['cache', 'ttl'])}
          />
          <CheckboxField path={['cache', 'copyLayers']} value={cache.copyLayers} />
          <CheckboxField path={['cache', 'runLayers']} value={cache.runLayers} />
        </div>
      ) : null}
      {/* Not cache-only: kaniko compresses every layer it snapshots this way, cache or not. */}
      <CheckboxField path={['cache', 'compressedCaching']} value={cache.compressedCaching} />
      <SelectField
        path={['snapshot', 'mode']}
        value={snapshot.mode}
        options={enumOptions(t, SNAPSHOT_MODES)}
      />
      <CheckboxField path={['snapshot', 'singleSnapshot']} value={snapshot.singleSnapshot} />
      <CheckboxField path={['snapshot', 'useNewRun']} value={snapshot.useNewRun} />
      <StringList path={['snapshot', 'ignorePaths']} items={snapshot.ignorePaths} errors={errors} />
    </Section>
  )
})
