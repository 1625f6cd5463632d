import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react'
import type { Finding } from '../core/diagnostics/types.ts'
import { createTranslate, loadedCatalog } from '../i18n/index.ts'
import { useAfterPaint } from './after-paint.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import { type ChecksModule, loadChecks } from './checks/load.ts'
import { useFindingTexts } from './checks/texts.ts'
import { Ui } from './context.ts'
import { UndoToast } from './feedback/UndoToast.tsx'
import { useUndoKeys } from './feedback/useUndoKeys.ts'
import { Form } from './form/Form.tsx'
import { isFramed } from './framing.ts'
import { Header } from './Header.tsx'
import { closing, type LastImport } from './import/last-import.ts'
import { type ImportModule, loadImport } from './import/load.ts'
import type { Imported } from './import/module.ts'
import { LiveRegion } from './LiveRegion.tsx'
import { rememberLanguage } from './language.ts'
import { MarkStore } from './marks/marks.ts'
import { Marks } from './marks/useFieldMarks.ts'
import { whenIdle } from './preview/idle.ts'
import { type EditorMarkers, NO_EDITOR_MARKERS } from './preview/markers.ts'
import { generatorLoaded, loadGenerator, type Output, renderPipeline } from './preview/output.ts'
import { Preview } from './preview/Preview.tsx'
import { loadShare, type ShareModule } from './share/load.ts'
import { type AppState, reducer, shouldStore } from './state/store.ts'
import { publishYaml } from './test-hooks.ts'
import { useSystemDark } from './theme.ts'
import { ViewSwitch } from './ViewSwitch.tsx'

interface Props {
  readonly initial: AppState
  /** The share chunk, when the page was opened with a link (it was needed for the first render). */
  readonly share?: ShareModule | null
  /** location.hash when the page started. */
  readonly startHash?: string
  /**
   * The pipeline of `initial`, shown until the generator's chunk has loaded: the prerendered page's
   * own text when the entry hydrates it (src/prerender/), so the first render matches it.
   */
  readonly initialYaml?: string
}

export function App({ initial, share: initialShare = null, startHash = '', initialYaml }: Props) {
  const [state, dispatch] = useReducer(reducer, initial)
  const [share, setShare] = useState<ShareModule | null>(initialShare)
  const [checks, setChecks] = useState<ChecksModule | null>(null)
  const [marks] = useState(() => new MarkStore())
  const { language, config } = state
  const t = useMemo(() => createTranslate(loadedCatalog(language)), [language])
  const ui = useMemo(() => ({ t, dispatch }), [t])
  const [generatorReady, setGeneratorReady] = useState(generatorLoaded)
  const output = useMemo<Output>(
    () =>
      generatorReady || initialYaml === undefined
        ? renderPipeline(config, state.jobOnly)
        : { ok: true, yaml: initialYaml },
    [generatorReady, initialYaml, config, state.jobOnly],
  )
  const dark = useSystemDark()
  const [importer, setImporter] = useState<ImportModule | null>(null)
  const [importOpen, setImportOpen] = useState(false)
  // The last import: its original text lives here only (never in the store, the link or the storage).
  const [imported, setImported] = useState<LastImport | null>(null)
  useUndoKeys(dispatch)
  const firstLanguage = useRef(language)
  // The language when the browser is first idle (the findings' texts are requested in it then).
  const languageNow = useRef(language)

  useLayoutEffect(() => {
    if (output.ok) publishYaml(output.yaml)
  }, [output])

  useEffect(() => {
    // A chunk that does not load leaves renderPipeline's message in the preview.
    const ready = () => setGeneratorReady(true)
    if (!generatorReady) loadGenerator().then(ready, ready)
  }, [generatorReady])

  useEffect(() => {
    document.documentElement.lang = language
    languageNow.current = language
    document.title = `${t('app.title')}: ${t('preview.heading')}`
    if (language !== firstLanguage.current) rememberLanguage(language)
  }, [language, t])

  // Neither is needed for the first render: both arrive when the browser is first idle.
  useEffect(
    () =>
      whenIdle(() => {
        loadShare().then(setShare, () => {})
        loadChecks(languageNow.current).then(setChecks, () => {})
      }),
    [],
  )
  // In the page's language: the checks wait for them (a language switch loads them first, Header.tsx).
  const findingTexts = useFindingTexts(language, checks !== null)

  // Diagnostics and field marks follow the page after the paint: a keystroke's frame carries the
  // preview only (issue 15), and the checks of what it typed arrive in the next one.
  const current = useMemo(() => ({ config, output, draft: state.draft }), [config, output, state.draft])
  const checked = useAfterPaint(current)
  const findings = useMemo(() => checks?.diagnose(checked.config) ?? null, [checks, checked.config])
  const editorMarkers = useMemo<EditorMarkers>(
    () =>
      checks && findings && findingTexts && checked.output.ok
        ? {
            yaml: checked.output.yaml,
            list: checks.editorMarkers(checked.output.yaml, checked.config, findings, findingTexts),
          }
        : NO_EDITOR_MARKERS,
    [checks, findings, findingTexts, checked],
  )

  // What a Fix at a field applies to: the page as it is when clicked (marks keep their identity
  // while unchanged, so their Fix must not hold on to the config they were made with).
  const draftInvalid = state.issues.length > 0
  const fixContext = useRef({ config, draftInvalid, dispatch, language })
  useEffect(() => {
    fixContext.current = { config, draftInvalid, dispatch, language }
  }, [config, draftInvalid, language])

  useEffect(() => {
    const fixer = checks && {
      blocked: draftInvalid,
      run: (finding: Finding, title: string) => checks.fixAtField(finding, title, fixContext.current),
    }
    // Findings first (errors first), then the credential warnings.
    marks.publish([
      ...(checks && findings && findingTexts
        ? checks.findingMarks(findings, language, findingTexts, fixer ?? undefined)
        : []),
      ...(share?.credentialMarks(checked.draft, language) ?? []),
    ])
  }, [marks, share, checks, findings, findingTexts, checked.draft, language, draftInvalid])

  // The same element while the findings stand: a keystroke does not re-render the panel.
  const checksPanel = useMemo(
    () =>
      checks && findings && findingTexts ? (
        <checks.ChecksPanel
          findings={findings}
          texts={findingTexts}
          draftInvalid={draftInvalid}
          fixContext={fixContext}
        />
      ) : null,
    [checks, findings, findingTexts, draftInvalid],
  )

  const openImport = useCallback(() => {
    setImportOpen(true)
    loadImport().then(setImporter, () => {
      setImportOpen(false)
      dispatch({ type: 'announce', text: `${t('import.open')}: ✗` })
    })
  }, [t])
  const closeImport = useCallback(() => setImportOpen(false), [])
  const onImported = useCallback((outcome: Imported, original: string) => {
    setImportOpen(false)
    dispatch({ type: 'importConfig', config: outcome.config })
    setImported({ original, result: outcome.result, report: true, diff: true })
  }, [])
  const importReport = useMemo(
    () =>
      importer && imported?.report ? (
        <importer.ImportReport
          report={importer.reportView(imported.result, language)}
          language={language}
          onClose={() => setImported(closing(imported, 'report'))}
        />
      ) : null,
    [importer, imported, language],
  )
  const diff = useMemo(
    () =>
      importer && imported?.diff
        ? {
            original: imported.original,
            text: importer.diffText(language),
            onClose: () => setImported(closing(imported, 'diff')),
          }
        : null,
    [importer, imported, language],
  )

  return (
    <Ui.Provider value={ui}>
      <Marks.Provider value={marks}>
        <Header language={language} onImport={openImport} />
        {share ? (
          <share.LinkSync
            committed={state.committed}
            config={config}
            startHash={startHash}
            holdFragment={state.link?.kind === 'bad'}
            store={shouldStore(state)}
          />
        ) : null}
        <main className="layout" data-view={state.view}>
          <ViewSwitch view={state.view} />
          {share && isFramed() ? (
            <aside className="notice framed-notice" data-testid="framed-notice">
              <p>{share.framedText(language)}</p>
            </aside>
          ) : null}
          {state.link && share ? <share.LinkNotice notice={state.link} /> : null}
          {share ? <share.RestoredWithoutNotice config={config} /> : null}
          <section className="form-pane" id="form-pane" aria-labelledby="form-heading">
            <h2 id="form-heading" className="visually-hidden">
              {t('app.formHeading')}
            </h2>
            <Form state={state} />
          </section>
          <Preview
            output={output}
            config={config}
            jobOnly={state.jobOnly}
            issueCount={state.issues.length}
            dark={dark}
            markers={editorMarkers}
            importReport={importReport}
            diff={diff}
            checks={checksPanel}
          />
        </main>
        <ConfirmDialog pending={state.pending} />
        {importer ? (
          <importer.ImportDialog
            open={importOpen}
            language={language}
            onClose={closeImport}
            onImported={onImported}
          />
        ) : null}
        <UndoToast done={state.done} />
        <LiveRegion announcement={state.announcement} />
      </Marks.Provider>
    </Ui.Provider>
  )
}
