import { memo } from 'react'
import { SectionIndex } from '../nav/SectionIndex.tsx'
import { type AppState, needsConfirmation } from '../state/store.ts'
import { GeneralErrors } from './GeneralErrors.tsx'
import { ImagesSection } from './images/ImagesSection.tsx'
import { KanikoNotice } from './KanikoNotice.tsx'
import { PresetBar } from './PresetBar.tsx'
import { Suggestions } from './Suggestions.tsx'
import { AdvancedSection } from './sections/AdvancedSection.tsx'
import { CacheSection } from './sections/CacheSection.tsx'
import { CertificatesSection } from './sections/CertificatesSection.tsx'
import { ExecutorSection } from './sections/ExecutorSection.tsx'
import { OutputSection } from './sections/OutputSection.tsx'
import { PipelineSection } from './sections/PipelineSection.tsx'
import { ProxySection } from './sections/ProxySection.tsx'
import { RegistriesSection } from './sections/RegistriesSection.tsx'

/**
 * The form. Each section gets only its slice of the draft and its own errors, and is memoized:
 * a keystroke re-renders the section being edited (and the section index), not the whole form.
 */
// memo: the render after the paint (diagnostics, marks) leaves the state as it was.
export const Form = memo(function Form({ state }: { readonly state: AppState }) {
  const { draft: d, errors: e, open: o } = state
  return (
    <form className="form" onSubmit={(ev) => ev.preventDefault()} noValidate>
      <PresetBar preset={state.preset} edited={needsConfirmation(state)} />
      <SectionIndex draft={d} errors={e} />
      <KanikoNotice executor={d.executor} />
      <GeneralErrors errors={e.general} />
      <ExecutorSection executor={d.executor} errors={e.executor} open={o.executor} />
      <ImagesSection
        images={d.images}
        release={d.release}
        loaded={state.baseline}
        errors={e.images}
        open={o.images}
      />
      <PipelineSection
        pipeline={d.pipeline}
        release={d.release}
        imageCount={d.images.length}
        errors={e.pipeline}
        open={o.pipeline}
      />
      <RegistriesSection registries={d.registries} errors={e.registries} open={o.registries} />
      <ProxySection proxy={d.proxy} errors={e.proxy} open={o.proxy} />
      <CertificatesSection certificates={d.certificates} errors={e.certificates} open={o.certificates} />
      <CacheSection cache={d.cache} snapshot={d.snapshot} errors={e.cache} open={o.cache} />
      <AdvancedSection advanced={d.advanced} errors={e.advanced} open={o.advanced} />
      <OutputSection output={d.output} errors={e.output} open={o.output} />
      <Suggestions />
    </form>
  )
})
