import { memo } from 'react'
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, loadCatalog } from '../i18n/index.ts'
import { loadFindingTexts } from './checks/texts.ts'
import { useUi } from './context.ts'

export const Header = memo(function Header({
  language,
  onImport,
}: {
  readonly language: Language
  /** Opens the import dialog (its chunk loads on the first click). */
  readonly onImport: () => void
}) {
  const { t, dispatch } = useUi()
  return (
    <header className="header">
      {/* On a narrow screen the preview may be the hidden pane: the click shows it before the jump. */}
      {/* biome-ignore lint/a11y/useValidAnchor: a real link to #preview, which the click also shows */}
      <a className="skip-link" href="#preview" onClick={() => dispatch({ type: 'setView', view: 'yaml' })}>
        {t('app.skipToPreview')}
      </a>
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <button type="button" className="import-open" onClick={onImport} aria-haspopup="dialog">
        {t('import.open')}
      </button>
      <div className="language">
        <label htmlFor="language">{t('app.language')}</label>
        <select
          id="language"
          value={language}
          onChange={(e) => {
            const next = e.currentTarget.value
            // The language's messages are a separate chunk: switch once they are here, with the
            // findings' texts (a chunk of their own too) unless those fail to load.
            if (!isLanguage(next)) return
            Promise.all([loadCatalog(next), loadFindingTexts(next).catch(() => null)]).then(
              () => dispatch({ type: 'setLanguage', language: next }),
              // The chunk could not load (offline after a deploy): stay in the current language.
              () => dispatch({ type: 'announce', text: `${LANGUAGE_NAMES[next]}: ✗` }),
            )
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
    </header>
  )
})
