import { memo } from 'react'
import { COMPRESSIONS, type Config, LOG_FORMATS, VERBOSITY_LEVELS } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { NumberField } from '../fields/NumberField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { enumOptions } from '../options.ts'
import { Section } from '../Section.tsx'
import { StringList } from '../StringList.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

export const AdvancedSection = memo(function AdvancedSection({
  advanced,
  errors,
  open,
}: SectionProps & { readonly advanced: Config['advanced'] }) {
  const { t } = useUi()
  const a = advanced
  const text = (key: 'digestFile' | 'imageNameWithDigestFile' | 'tarPath' | 'customPlatform') => (
    <TextField path={['advanced', key]} value={a[key]} error={errorAt(errors, ['advanced', key])} />
  )
  const check = (key: keyof Config['advanced']) => (
    <CheckboxField path={['advanced', key]} value={a[key] as boolean} />
  )
  const list = (key: 'registryMirrors' | 'skipTlsVerifyRegistries' | 'insecureRegistries') => (
    <StringList path={['advanced', key]} items={a[key]} errors={errors} />
  )
  return (
    <Section
      id="advanced"
      open={open}
      changed={changedCount({ advanced }, DEFAULTS, 'advanced')}
      errors={errorTotal(errors)}
    >
      <div className="row">
        <SelectField
          path={['advanced', 'verbosity']}
          value={a.verbosity}
          options={enumOptions(t, VERBOSITY_LEVELS)}
        />
        <SelectField
          path={['advanced', 'logFormat']}
          value={a.logFormat}
          options={enumOptions(t, LOG_FORMATS)}
        />
      </div>
      {check('logTimestamp')}
      <div className="row">
        <NumberField
          path={['advanced', 'pushRetry']}
          value={a.pushRetry}
          error={errorAt(errors, ['advanced', 'pushRetry'])}
        />
        <NumberField
          path={['advanced', 'imageDownloadRetry']}
          value={a.imageDownloadRetry}
          error={errorAt(errors, ['advanced', 'imageDownloadRetry'])}
        />
      </div>
      {text('digestFile')}
      {text('imageNameWithDigestFile')}
      {/* Only files the job writes are kept; the field has no effect without one. */}
      {a.digestFile !== '' || a.imageNameWithDigestFile !== '' || a.tarPath !== '' ? (
        <TextField
          path={['advanced', 'artifactsExpireIn']}
          value={a.artifactsExpireIn}
          placeholder="1 week"
          error={errorAt(errors, ['advanced', 'artifactsExpireIn'])}
        />
      ) : null}
      {list('registryMirrors')}
      {check('reproducible')}
      {check('cleanup')}
      {check('noPush')}
      {text('tarPath')}
      <SelectField
        path={['advanced', 'compression']}
        value={a.compression}
        options={enumOptions(t, COMPRESSIONS)}
      />
      {text('customPlatform')}
      {check('skipPushPermissionCheck')}
      {check('skipTlsVerify')}
      {check('skipTlsVerifyPull')}
      {list('skipTlsVerifyRegistries')}
      {check('insecure')}
      {check('insecurePull')}
      {list('insecureRegistries')}
    </Section>
  )
})
