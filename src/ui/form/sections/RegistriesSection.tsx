import { memo } from 'react'
import {
  type Config,
  CREDENTIAL_HELPERS,
  type ExtraRegistry,
  GITLAB_AUTH_MODES,
} from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ListEditor } from '../ListEditor.tsx'
import { enumOptions } from '../options.ts'
import { Section } from '../Section.tsx'
import { SUGGESTIONS } from '../Suggestions.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

export const RegistriesSection = memo(function RegistriesSection({
  registries,
  errors,
  open,
}: SectionProps & { readonly registries: Config['registries'] }) {
  const { t } = useUi()
  const dp = registries.dependencyProxy
  return (
    <Section
      id="registries"
      open={open}
      changed={changedCount({ registries }, DEFAULTS, 'registries')}
      errors={errorTotal(errors)}
    >
      <SelectField
        path={['registries', 'gitlabAuth']}
        value={registries.gitlabAuth}
        options={enumOptions(t, GITLAB_AUTH_MODES, 'gitlabAuth')}
      />
      <CheckboxField path={['registries', 'dependencyProxy', 'enabled']} value={dp.enabled} />
      {dp.enabled ? (
        <div className="nested">
          <CheckboxField path={['registries', 'dependencyProxy', 'stripPort']} value={dp.stripPort} />
          <CheckboxField
            path={['registries', 'dependencyProxy', 'prefixBuildArg']}
            value={dp.prefixBuildArg}
          />
        </div>
      ) : null}
      <ListEditor<ExtraRegistry>
        path={['registries', 'extra']}
        items={registries.extra}
        errors={errors}
        newItem={() => ({
          host: '',
          usernameVariable: 'REGISTRY_USER',
          passwordVariable: 'REGISTRY_PASSWORD',
          credentialHelper: 'none',
        })}
        renderItem={(registry, p) => (
          <>
            <TextField
              path={[...p, 'host']}
              value={registry.host}
              error={errorAt(errors, [...p, 'host'])}
              suggestions={SUGGESTIONS.registries}
            />
            <SelectField
              path={[...p, 'credentialHelper']}
              value={registry.credentialHelper}
              options={enumOptions(t, CREDENTIAL_HELPERS, 'credentialHelper')}
            />
            {registry.credentialHelper === 'none' ? (
              <div className="row">
                <TextField
                  path={[...p, 'usernameVariable']}
                  value={registry.usernameVariable}
                  error={errorAt(errors, [...p, 'usernameVariable'])}
                />
                <TextField
                  path={[...p, 'passwordVariable']}
                  value={registry.passwordVariable}
                  error={errorAt(errors, [...p, 'passwordVariable'])}
                />
              </div>
            ) : null}
          </>
        )}
      />
    </Section>
  )
})
