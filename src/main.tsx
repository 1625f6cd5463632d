import './ui/jitless.ts'
// Evaluated before React and the form's modules: it requests the catalog while they evaluate.
import './ui/first-requests.ts'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { mountPoint, prerenderedYaml, replayEarlyEdits, revealPage } from './prerender/mount.ts'
import { catalog, language } from './ui/first-requests.ts'
import { PageRoot } from './ui/PageRoot.tsx'
import { loadGenerator } from './ui/preview/output.ts'
import { pageStart, plainVisit } from './ui/share/start.ts'
import { initialState } from './ui/state/store.ts'
import { installProbes } from './ui/test-hooks.ts'
import './ui/styles.css'
// After styles.css, which they refine (components of the first render cannot import CSS: src/prerender).
import './ui/feedback/toast.css'
import './ui/layout.css'
import './ui/form/images/images.css'
import './ui/nav/section-index.css'
import './prerender/prerender.css'

installProbes(window)
const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
// Only the page's language is downloaded (first-requests.ts asked for it). A share link is decoded
// before the first render (its decoder chunk is fetched alongside), so that render shows it; a link
// or saved work also renders with the generator, requested now. The prerendered default page
// (src/prerender/) hydrates without the generator: App requests it after the first commit, so its
// chunks neither queue before the catalog nor evaluate before the hydration.
const hash = window.location.hash
const ready = Promise.all([catalog, pageStart(hash)])
const generator = plainVisit(hash) ? undefined : loadGenerator()
void ready.then(async ([, start]) => {
  const initial = initialState(language, start.config, start.notice, start.ownWork)
  const isDefault = start.share === null && start.notice === null && !start.ownWork
  const mount = mountPoint(root, language, isDefault)
  if (mount.kind === 'hydrate') {
    const container = mount.container
    const page = (
      <PageRoot
        initial={initial}
        share={null}
        startHash={hash}
        initialYaml={prerenderedYaml(mount)}
        // Edits made in the prerendered form before React took over reach the state.
        onCommit={() => replayEarlyEdits(container)}
      />
    )
    hydrateRoot(mount.container, page)
  } else {
    // Without the generator the first render would show no pipeline; a failed load shows why.
    await (generator ?? loadGenerator()).catch(() => {})
    createRoot(mount.container).render(<PageRoot initial={initial} share={start.share} startHash={hash} />)
  }
  revealPage(mount)
})
