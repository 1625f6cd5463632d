import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { PROBES_PATH, VIEWPORT } from './browser.ts'
import { isScriptOrStyle, isWorker, type Part, partOf, type SiteParts } from './initial.ts'
import type { BenchServer } from './server.ts'
import { sizeOf } from './sizes.ts'

export interface RequestRecord {
  /** Path relative to the site root, e.g. `assets/index-abc.js`. */
  readonly file: string
  readonly part: Part | 'page'
  /** Bytes the server sent for it (gzip -9 for text; see server.ts). */
  readonly sent: number
  readonly raw: number
  readonly gzip: number
}

/** The mark src/ui/PageRoot.tsx sets once React has hydrated or rendered the page (it handles input). */
export const INTERACTIVE_MARK = 'kanikoconfig:interactive'

export interface LoadRun {
  /**
   * Navigation start → the form is on screen: the later of first contentful paint and the first
   * enabled, laid-out input/select/textarea in `#root form` (prerendered: both come with the HTML).
   */
  readonly formPainted: number
  /** … → React has hydrated (or rendered) the page: its listeners handle input. */
  readonly hydrated: number
  /** … → the form is on screen and handles input: the later of the two above. */
  readonly formUsable: number
  readonly formControl: string
  readonly firstContentfulPaint: number | null
  /** Navigation start → the editor's lazy chunk is requested (Resource Timing startTime). */
  readonly editorRequested: number
  /** … → the editor's chunk has arrived (Resource Timing responseEnd). */
  readonly editorFetched: number
  /** … → `.monaco-editor` is in the DOM: Monaco's code has been parsed and run, editor.create began. */
  readonly monacoHost: number
  /** … → a rendered `.view-line` reads the YAML's first line. */
  readonly monacoVisible: number
  /** `performance.mark()`s the page set (name → startTime), if any. */
  readonly marks: Readonly<Record<string, number>>
  /** Every request of the load, in the order the browser made them (until the network is quiet). */
  readonly requests: readonly RequestRecord[]
}

interface LoadProbe {
  formShown: number | null
  formControl: string | null
  monacoHost: number | null
  monacoVisible: number | null
}

/** Opens the page with the probes installed and waits until Monaco shows the YAML. */
export async function openPage(
  browser: Browser,
  server: BenchServer,
  options: BrowserContextOptions = {},
  /** A `#…` share link to open instead of the default page. */
  hash = '',
): Promise<{ context: BrowserContext; page: Page; urls: string[] }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'no-preference',
    ...options,
  })
  await context.addInitScript({ path: PROBES_PATH })
  const urls: string[] = []
  context.on('request', (request) => {
    urls.push(request.url())
  })
  const page = await context.newPage()
  await page.goto(`${server.url}${hash}`, { waitUntil: 'commit' })
  // Polled from Node: a string predicate for waitForFunction would need eval, which the page's CSP forbids.
  const deadline = performance.now() + 30_000
  while (!(await page.evaluate('window.__bench?.load.monacoVisible != null'))) {
    if (performance.now() > deadline) throw new Error('Monaco did not show the YAML within 30 s')
    await new Promise((done) => setTimeout(done, 250))
  }
  return { context, page, urls }
}

/** Resolves once no request has started for `quietMs` (the workers and the font come last). */
export async function networkQuiet(urls: readonly string[], quietMs = 750, maxMs = 6000): Promise<void> {
  const started = performance.now()
  let count = urls.length
  let since = performance.now()
  while (performance.now() - started < maxMs) {
    await new Promise((done) => setTimeout(done, 100))
    if (urls.length !== count) {
      count = urls.length
      since = performance.now()
    } else if (performance.now() - since >= quietMs) return
  }
}

/** One cold load: a fresh browser context (empty cache), the page until Monaco shows the YAML. */
export async function coldLoad(browser: Browser, server: BenchServer, parts: SiteParts, dir: string) {
  const logStart = server.log.length
  const { context, page, urls } = await openPage(browser, server)
  await networkQuiet(urls)
  const probe = (await page.evaluate('window.__bench.load')) as LoadProbe
  const timing = (await page.evaluate(`(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime])),
  }))()`)) as {
    fcp: number | null
    resources: { name: string; start: number; end: number }[]
    marks: Record<string, number>
  }
  await context.close()

  const served = server.log.slice(logStart)
  const requests = urls.map((url): RequestRecord => {
    const file = decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'index.html'
    const sent = served.find((s) => s.path === file)?.bytes ?? 0
    const size = sent > 0 ? sizeOf(dir, file) : { raw: 0, gzip: 0 }
    return { file, part: partOf(parts, file) ?? 'page', sent, ...size }
  })
  const editorEntry = timing.resources.find((r) => parts.editorEntry.some((f) => r.name.endsWith(f)))
  const hydrated = timing.marks[INTERACTIVE_MARK]
  if (
    probe.formShown === null ||
    probe.monacoHost === null ||
    probe.monacoVisible === null ||
    !editorEntry ||
    hydrated === undefined
  )
    throw new Error(`incomplete load: ${JSON.stringify({ probe, editorEntry, hydrated })}`)
  const formPainted = Math.max(probe.formShown, timing.fcp ?? probe.formShown)
  const run: LoadRun = {
    formPainted,
    hydrated,
    formUsable: Math.max(formPainted, hydrated),
    formControl: probe.formControl ?? '',
    firstContentfulPaint: timing.fcp,
    editorRequested: editorEntry.start,
    editorFetched: editorEntry.end,
    monacoHost: probe.monacoHost,
    monacoVisible: probe.monacoVisible,
    marks: timing.marks,
    requests,
  }
  return run
}

export interface TransferSummary {
  /** Entry and startup JS + CSS requested before the first request of an editor file. */
  readonly initial: { files: string[]; raw: number; gzip: number; sent: number }
  /** Other lazy JS + CSS (share links, diagnostics) that happened to be requested before the editor. */
  readonly otherBeforeEditor: { files: string[]; gzip: number }
  /** Every other lazy JS + CSS the load requested. */
  readonly other: { files: string[]; gzip: number }
  /** Requests of the editor part (JS, CSS, grammar chunk, workers, font). */
  readonly editor: {
    files: string[]
    js: number
    css: number
    workers: number
    fonts: number
    gzip: number
    sent: number
  }
  /** Every request before the editor was requested, HTML and icon included. */
  readonly beforeEditor: string[]
}

/** What one load transferred, split at the moment the editor's chunk was requested. */
export function transfers(run: LoadRun): TransferSummary {
  const firstEditor = run.requests.findIndex((r) => r.part === 'editor')
  const before = firstEditor < 0 ? run.requests : run.requests.slice(0, firstEditor)
  const scripts = (list: readonly RequestRecord[], ...parts: RequestRecord['part'][]) =>
    list.filter((r) => isScriptOrStyle(r.file) && parts.includes(r.part))
  const initial = scripts(before, 'entry', 'startup')
  const editor = run.requests.filter((r) => r.part === 'editor')
  const gz = (list: readonly RequestRecord[]) => list.reduce((sum, r) => sum + r.gzip, 0)
  const files = (list: readonly RequestRecord[]) => list.map((r) => r.file)
  return {
    initial: {
      files: files(initial),
      raw: initial.reduce((sum, r) => sum + r.raw, 0),
      gzip: gz(initial),
      sent: initial.reduce((sum, r) => sum + r.sent, 0),
    },
    otherBeforeEditor: { files: files(scripts(before, 'other')), gzip: gz(scripts(before, 'other')) },
    other: { files: files(scripts(run.requests, 'other')), gzip: gz(scripts(run.requests, 'other')) },
    editor: {
      files: files(editor),
      js: gz(editor.filter((r) => r.file.endsWith('.js') && !isWorker(r.file))),
      css: gz(editor.filter((r) => r.file.endsWith('.css'))),
      workers: gz(editor.filter((r) => isWorker(r.file))),
      fonts: gz(editor.filter((r) => /\.(ttf|woff2?)$/.test(r.file))),
      gzip: gz(editor),
      sent: editor.reduce((sum, r) => sum + r.sent, 0),
    },
    beforeEditor: files(before),
  }
}

export interface VisitTotals {
  /** Every request of the load (HTML, icon, font included). */
  readonly requests: number
  /** Bytes the server sent for them. */
  readonly sent: number
  /** JS + CSS of the load, gzip -9 (workers and public/boot.js included). */
  readonly jsCssGzip: number
  readonly jsCssRequests: number
  /** The part of jsCssGzip that comes from the build manifest (all but public/ files). */
  readonly manifestJsCssGzip: number
}

/** What one cold default visit cost in total, until the network was quiet. */
export function visitTotals(run: LoadRun): VisitTotals {
  const scripts = run.requests.filter((r) => isScriptOrStyle(r.file))
  return {
    requests: run.requests.length,
    sent: run.requests.reduce((sum, r) => sum + r.sent, 0),
    jsCssGzip: scripts.reduce((sum, r) => sum + r.gzip, 0),
    jsCssRequests: scripts.length,
    manifestJsCssGzip: scripts.filter((r) => r.part !== 'page').reduce((sum, r) => sum + r.gzip, 0),
  }
}
