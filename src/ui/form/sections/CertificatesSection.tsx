import { memo } from 'react'
import type { Config } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { enumOptions } from '../options.ts'
import { Section } from '../Section.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

export const CertificatesSection = memo(function CertificatesSection({
  certificates,
  errors,
  open,
}: SectionProps & { readonly certificates: Config['certificates'] }) {
  const { t } = useUi()
  const c = certificates
  return (
    <Section
      id="certificates"
      open={open}
      changed={changedCount({ certificates }, DEFAULTS, 'certificates')}
      errors={errorTotal(errors)}
    >
      <CheckboxField path={['certificates', 'enabled']} value={c.enabled} />
      {c.enabled ? (
        <div className="nested">
          <SelectField
            path={['certificates', 'source']}
            value={c.source}
            options={enumOptions(t, ['file-variable', 'pem'], 'certificateSource')}
          />
          {c.source === 'file-variable' ? (
            <>
              <TextField
                path={['certificates', 'fileVariable']}
                value={c.fileVariable}
                error={errorAt(errors, ['certificates', 'fileVariable'])}
              />
              <CheckboxField path={['certificates', 'onlyWhenSet']} value={c.onlyWhenSet} />
            </>
          ) : (
            <TextField
              path={['certificates', 'pem']}
              value={c.pem}
              multiline
              placeholder="-----BEGIN CERTIFICATE-----"
              error={errorAt(errors, ['certificates', 'pem'])}
            />
          )}
          <TextField
            path={['certificates', 'registry']}
            value={c.registry}
            error={errorAt(errors, ['certificates', 'registry'])}
          />
        </div>
      ) : null}
    </Section>
  )
})
