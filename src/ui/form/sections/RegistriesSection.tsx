import { memo } from 'react'
import {
  type Config,
  CREDENTIAL_HELPERS,
  DOCKER_AUTH_CONFIG_SOURCES,
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
  const auth = registries.dockerAuthConfig
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
          usernameLiteral: '',
          passwordVariable: 'REGISTRY_PASSWORD',
          credentialHelper: 'none',
          googleCredentialsFileVariable: '',
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
              <>
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
                <TextField
                  path={[...p, 'usernameLiteral']}
                  value={registry.usernameLiteral}
                  error={errorAt(errors, [...p, 'usernameLiteral'])}
                />
              </>
            ) : null}
            {registry.credentialHelper === 'gcr' ? (
              <TextField
                path={[...p, 'googleCredentialsFileVariable']}
                value={registry.googleCredentialsFileVariable}
                placeholder="GOOGLE_APPLICATION_CREDENTIALS"
                error={errorAt(errors, [...p, 'googleCredentialsFileVariable'])}
              />
            ) : null}
          </>
        )}
      />
      <SelectField
        path={['registries', 'dockerAuthConfig', 'source']}
        value={auth.source}
        options={enumOptions(t, DOCKER_AUTH_CONFIG_SOURCES, 'dockerAuthConfig')}
      />
      {auth.source === 'none' ? null : (
        <div className="nested">
          <TextField
            path={['registries', 'dockerAuthConfig', 'variable']}
            value={auth.variable}
            error={errorAt(errors, ['registries', 'dockerAuthConfig', 'variable'])}
          />
          <CheckboxField path={['registries', 'dockerAuthConfig', 'merge']} value={auth.merge} />
        </div>
      )}
    </Section>
  )
})
