import './ui/jitless.ts'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadCatalog } from './i18n/index.ts'
import { App } from './ui/App.tsx'
import { initialLanguage } from './ui/language.ts'
import { initialState } from './ui/state/store.ts'
import { installProbes } from './ui/test-hooks.ts'
import './ui/styles.css'

installProbes(window)
const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
const language = initialLanguage()
// Only the page's language is downloaded; its chunk is small and requested right away.
void loadCatalog(language).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App initial={initialState(language)} />
    </StrictMode>,
  )
})
