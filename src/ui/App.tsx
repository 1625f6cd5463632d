import { useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react'
import { createTranslate, loadedCatalog } from '../i18n/index.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import { Ui } from './context.ts'
import { Form } from './form/Form.tsx'
import { Header } from './Header.tsx'
import { LiveRegion } from './LiveRegion.tsx'
import { rememberLanguage } from './language.ts'
import { renderPipeline } from './preview/output.ts'
import { Preview } from './preview/Preview.tsx'
import { type AppState, reducer } from './state/store.ts'
import { publishYaml } from './test-hooks.ts'
import { useSystemDark } from './theme.ts'

export function App({ initial }: { readonly initial: AppState }) {
  const [state, dispatch] = useReducer(reducer, initial)
  const { language } = state
  const t = useMemo(() => createTranslate(loadedCatalog(language)), [language])
  const ui = useMemo(() => ({ t, dispatch }), [t])
  const output = useMemo(() => renderPipeline(state.config, state.jobOnly), [state.config, state.jobOnly])
  const dark = useSystemDark()
  const firstLanguage = useRef(language)

  useLayoutEffect(() => {
    if (output.ok) publishYaml(output.yaml)
  }, [output])

  useEffect(() => {
    document.documentElement.lang = language
    document.title = `${t('app.title')}: ${t('preview.heading')}`
    if (language !== firstLanguage.current) rememberLanguage(language)
  }, [language, t])

  return (
    <Ui.Provider value={ui}>
      <Header language={language} />
      <main className="layout">
        <section className="form-pane" aria-labelledby="form-heading">
          <h2 id="form-heading" className="visually-hidden">
            {t('app.formHeading')}
          </h2>
          <Form state={state} />
        </section>
        <Preview output={output} jobOnly={state.jobOnly} issueCount={state.issues.length} dark={dark} />
      </main>
      <ConfirmDialog pending={state.pending} />
      <LiveRegion announcement={state.announcement} />
    </Ui.Provider>
  )
}
