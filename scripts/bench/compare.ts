/**
 * The headline figures of a benchmark run, and their ratios to the previous run's (the
 * `bench/results.json` a run overwrites), so a regression shows in the same run that causes it.
 */

export interface Headline {
  /** Requests of one cold default visit, until the network is quiet (HTML, icon and font included). */
  readonly visitRequests?: number
  /** Bytes sent for those requests (gzip -9 for text). */
  readonly visitBytesSent?: number
  /** JS + CSS of that visit, gzip -9 (issue 15: ≤ 500 KB). */
  readonly visitJsCssGzip?: number
  /** JS + CSS before the editor is requested, gzip -9 (≤ 120 KB). */
  readonly initialGzip?: number
  readonly formUsableMedianMs?: number
  readonly monacoVisibleMedianMs?: number
  readonly keyToVisibleP95Ms?: number
  readonly keyToVisibleP95Throttled2xMs?: number
  /** Typing into the five-image config (issue 11 item 14), as it is and with the CPU 2× slower. */
  readonly keyToVisibleP95FiveImagesMs?: number
  readonly keyToVisibleP95FiveImagesThrottled2xMs?: number
  /** A keystroke's main-thread path (keydown → the frame drawing it) in thread time, p95: load-proof. */
  readonly keyPathThreadP95Ms?: number
}

export const HEADLINE_LABELS: Readonly<Record<keyof Headline, string>> = {
  visitRequests: 'requests per visit',
  visitBytesSent: 'bytes sent per visit',
  visitJsCssGzip: 'JS+CSS per visit, gzip',
  initialGzip: 'initial JS+CSS, gzip',
  formUsableMedianMs: 'usable form, median',
  monacoVisibleMedianMs: 'Monaco shows the YAML, median',
  keyToVisibleP95Ms: 'keystroke → visible, p95',
  keyToVisibleP95Throttled2xMs: 'keystroke → visible, p95, CPU 2× slower',
  keyToVisibleP95FiveImagesMs: 'keystroke → visible, p95, five images',
  keyToVisibleP95FiveImagesThrottled2xMs: 'keystroke → visible, p95, five images, CPU 2× slower',
  keyPathThreadP95Ms: 'keystroke path, thread time, p95',
}

interface OldRequest {
  readonly file?: string
  readonly sent?: number
  readonly gzip?: number
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** The parts of an older results.json the headline is derived from. */
interface OldResults {
  readonly headline?: Headline
  readonly bytes?: {
    readonly initialObserved?: { readonly gzip?: unknown }
    readonly requestsFirstLoad?: unknown
  }
  readonly loads?: {
    readonly formUsable?: { readonly median?: unknown }
    readonly monacoVisible?: { readonly median?: unknown }
  }
  readonly typing?: { readonly keyToVisible?: { readonly p95?: unknown } }
  readonly typingFiveImagesThrottled?: {
    readonly cpuSlowdown?: unknown
    readonly keyToVisible?: { readonly p95?: unknown }
  }
}

/** Reads the headline of a results.json, also from runs written before it had a `headline` field. */
export function headlineOf(results: unknown): Headline {
  if (typeof results !== 'object' || results === null) return {}
  const r = results as OldResults
  // Runs from before the five-image throttled figure was a headline figure kept it in its pass only.
  const fiveThrottled = r.typingFiveImagesThrottled
  const fromPasses: Headline =
    fiveThrottled?.cpuSlowdown === 2
      ? { keyToVisibleP95FiveImagesThrottled2xMs: num(fiveThrottled.keyToVisible?.p95) }
      : {}
  if (typeof r.headline === 'object' && r.headline !== null)
    return { ...fromPasses, ...(r.headline as Headline) }
  const list = r.bytes?.requestsFirstLoad
  const requests: readonly OldRequest[] = Array.isArray(list) ? list : []
  const scripts = requests.filter((q) => /\.(m?js|css)$/.test(q.file ?? ''))
  return {
    visitRequests: requests.length || undefined,
    visitBytesSent: requests.length ? requests.reduce((sum, q) => sum + (q.sent ?? 0), 0) : undefined,
    visitJsCssGzip: scripts.length ? scripts.reduce((sum, q) => sum + (q.gzip ?? 0), 0) : undefined,
    initialGzip: num(r.bytes?.initialObserved?.gzip),
    formUsableMedianMs: num(r.loads?.formUsable?.median),
    monacoVisibleMedianMs: num(r.loads?.monacoVisible?.median),
    keyToVisibleP95Ms: num(r.typing?.keyToVisible?.p95),
    ...fromPasses,
  }
}

export interface Comparison {
  readonly key: keyof Headline
  readonly label: string
  readonly previous: number | undefined
  readonly now: number | undefined
  /** now / previous; undefined when either is missing or previous is 0. */
  readonly ratio: number | undefined
}

export function compareHeadlines(previous: Headline, now: Headline): Comparison[] {
  return (Object.keys(HEADLINE_LABELS) as (keyof Headline)[]).map((key) => {
    const before = previous[key]
    const after = now[key]
    return {
      key,
      label: HEADLINE_LABELS[key],
      previous: before,
      now: after,
      ratio: before !== undefined && after !== undefined && before !== 0 ? after / before : undefined,
    }
  })
}
