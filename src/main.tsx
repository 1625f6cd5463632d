import './ui/jitless.ts'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadCatalog } from './i18n/index.ts'
import { App } from './ui/App.tsx'
import { initialLanguage } from './ui/language.ts'
import { pageStart } from './ui/share/start.ts'
import { initialState } from './ui/state/store.ts'
import { installProbes } from './ui/test-hooks.ts'
import './ui/styles.css'

installProbes(window)
const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
const language = initialLanguage()
// Only the page's language is downloaded; its chunk is small and requested right away. A share link
// is decoded before the first render (its decoder chunk is fetched alongside), so that render shows it.
const hash = window.location.hash
void Promise.all([loadCatalog(language), pageStart(hash)]).then(([, start]) => {
  createRoot(root).render(
    <StrictMode>
      <App
        initial={initialState(language, start.config, start.notice, start.ownWork)}
        share={start.share}
        startHash={hash}
      />
    </StrictMode>,
  )
})
