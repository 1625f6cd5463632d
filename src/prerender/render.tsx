import { renderToString } from 'react-dom/server'
import { defaultConfig } from '../core/config/defaults.ts'
import { type Language, loadCatalog } from '../i18n/index.ts'
import { PageRoot } from '../ui/PageRoot.tsx'
import { loadGenerator } from '../ui/preview/output.ts'
import { initialState } from '../ui/state/store.ts'

/**
 * The default page (the form with the default config and the plain preview) in `language`, as HTML:
 * what src/main.tsx's first render produces on a visit without a link or saved work. Run at build
 * time in Node (vite.config.ts); src/main.tsx hydrates it.
 */
export async function prerenderDefaultPage(language: Language): Promise<string> {
  await Promise.all([loadCatalog(language), loadGenerator()])
  return renderToString(
    <PageRoot initial={initialState(language, defaultConfig())} share={null} startHash="" />,
  )
}
