import { memo } from 'react'
import { CERTIFICATE_SOURCES, type Config, type MoreCertificate } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ListEditor } from '../ListEditor.tsx'
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
  const sources = enumOptions(t, CERTIFICATE_SOURCES, 'certificateSource')
  const text = (key: 'fileVariable' | 'base64Variable' | 'path' | 'registry', placeholder?: string) => (
    <TextField
      path={['certificates', key]}
      value={c[key]}
      error={errorAt(errors, ['certificates', key])}
      {...(placeholder ? { placeholder } : {})}
    />
  )
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
          <SelectField path={['certificates', 'source']} value={c.source} options={sources} />
          {c.source === 'file-variable' ? (
            <>
              {text('fileVariable')}
              <CheckboxField path={['certificates', 'onlyWhenSet']} value={c.onlyWhenSet} />
            </>
          ) : null}
          {c.source === 'pem' ? (
            <TextField
              path={['certificates', 'pem']}
              value={c.pem}
              multiline
              placeholder="-----BEGIN CERTIFICATE-----"
              error={errorAt(errors, ['certificates', 'pem'])}
            />
          ) : null}
          {c.source === 'base64-variable' ? text('base64Variable') : null}
          {c.source === 'path' ? text('path', '/etc/ssl/certs/ca.pem') : null}
          {text('registry')}
          <ListEditor<MoreCertificate>
            path={['certificates', 'more']}
            items={c.more}
            errors={errors}
            newItem={() => ({ source: 'file-variable', value: '', registry: '' })}
            renderItem={(more, p) => (
              <>
                <SelectField path={[...p, 'source']} value={more.source} options={sources} />
                <TextField
                  path={[...p, 'value']}
                  value={more.value}
                  multiline={more.source === 'pem'}
                  error={errorAt(errors, [...p, 'value'])}
                />
                <TextField
                  path={[...p, 'registry']}
                  value={more.registry}
                  error={errorAt(errors, [...p, 'registry'])}
                />
              </>
            )}
          />
        </div>
      ) : null}
    </Section>
  )
})
