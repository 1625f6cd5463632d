import { memo } from 'react'
import type { Config } from '../../../core/config/schema.ts'
import { useUi } from '../../context.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { Section } from '../Section.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

export const ProxySection = memo(function ProxySection({
  proxy,
  errors,
  open,
}: SectionProps & { readonly proxy: Config['proxy'] }) {
  const { t, dispatch } = useUi()
  // Most proxies serve both: the HTTPS field is offered the HTTP value in one click.
  const sameAsHttp =
    proxy.http !== '' && proxy.https !== proxy.http ? (
      <button
        type="button"
        className="field-action"
        onClick={() => dispatch({ type: 'set', path: ['proxy', 'https'], value: proxy.http })}
      >
        {t('proxy.sameAsHttp')}
      </button>
    ) : null
  return (
    <Section
      id="proxy"
      open={open}
      changed={changedCount({ proxy }, DEFAULTS, 'proxy')}
      errors={errorTotal(errors)}
    >
      <CheckboxField path={['proxy', 'fromRunner']} value={proxy.fromRunner} />
      {/* The runner's proxy is in the job environment already: nothing to type in. */}
      {proxy.fromRunner ? null : (
        <>
          <TextField path={['proxy', 'http']} value={proxy.http} error={errorAt(errors, ['proxy', 'http'])} />
          <TextField
            path={['proxy', 'https']}
            value={proxy.https}
            error={errorAt(errors, ['proxy', 'https'])}
            after={sameAsHttp}
          />
          <TextField
            path={['proxy', 'noProxy']}
            value={proxy.noProxy}
            error={errorAt(errors, ['proxy', 'noProxy'])}
          />
          <CheckboxField path={['proxy', 'jobVariables']} value={proxy.jobVariables} />
        </>
      )}
      <CheckboxField path={['proxy', 'buildArgs']} value={proxy.buildArgs} />
    </Section>
  )
})
