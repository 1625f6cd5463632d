import { type AppState, needsConfirmation } from '../state/store.ts'
import { GeneralErrors } from './GeneralErrors.tsx'
import { KanikoNotice } from './KanikoNotice.tsx'
import { PresetBar } from './PresetBar.tsx'
import { Suggestions } from './Suggestions.tsx'
import { AdvancedSection } from './sections/AdvancedSection.tsx'
import { BuildSection } from './sections/BuildSection.tsx'
import { CacheSection } from './sections/CacheSection.tsx'
import { CertificatesSection } from './sections/CertificatesSection.tsx'
import { DestinationsSection } from './sections/DestinationsSection.tsx'
import { ExecutorSection } from './sections/ExecutorSection.tsx'
import { MultiArchSection } from './sections/MultiArchSection.tsx'
import { OutputSection } from './sections/OutputSection.tsx'
import { ProxySection } from './sections/ProxySection.tsx'
import { RegistriesSection } from './sections/RegistriesSection.tsx'

/**
 * The form. Each section gets only its slice of the draft and its own errors, and is memoized:
 * a keystroke re-renders the section being edited, not the whole form.
 */
export function Form({ state }: { readonly state: AppState }) {
  const { draft: d, errors: e, open: o } = state
  return (
    <form className="form" onSubmit={(ev) => ev.preventDefault()} noValidate>
      <PresetBar preset={state.preset} edited={needsConfirmation(state)} />
      <KanikoNotice executor={d.executor} />
      <GeneralErrors errors={e.general} />
      <ExecutorSection executor={d.executor} errors={e.executor} open={o.executor} />
      <BuildSection job={d.job} build={d.build} errors={e.build} open={o.build} />
      <DestinationsSection
        job={d.job}
        destinations={d.destinations}
        errors={e.destinations}
        open={o.destinations}
      />
      <RegistriesSection registries={d.registries} errors={e.registries} open={o.registries} />
      <ProxySection proxy={d.proxy} errors={e.proxy} open={o.proxy} />
      <CertificatesSection certificates={d.certificates} errors={e.certificates} open={o.certificates} />
      <MultiArchSection multiArch={d.multiArch} errors={e.multiArch} open={o.multiArch} />
      <CacheSection cache={d.cache} snapshot={d.snapshot} errors={e.cache} open={o.cache} />
      <AdvancedSection advanced={d.advanced} errors={e.advanced} open={o.advanced} />
      <OutputSection output={d.output} errors={e.output} open={o.output} />
      <Suggestions />
    </form>
  )
}
