/**
 * What the page loads initially and what belongs to the editor, read from Vite's build manifest.
 * The bundle-budget test and the benchmark both use this, so they agree on what "initial" means.
 *
 *   entry    what index.html loads: the entry chunk, its static imports (modulepreloads) and CSS
 *   startup  chunks src/main.tsx imports dynamically but awaits before the first render: the page
 *            language's message catalog (one per language; exactly one is fetched)
 *   editor   everything reachable from the lazy import of the Monaco preview (src/ui/preview/monaco/):
 *            its JS, CSS, the Monarch YAML grammar chunk, the web workers, the codicon font
 *   other    any other lazily imported chunk (share links, diagnostics): requested after the first
 *            render, or before it only when the URL carries a share link
 *   texts    lazy chunks of one language's texts (the findings' catalog, one per language): a visit
 *            requests its own language's, alongside the diagnostics chunk; the other on a switch
 *
 * initial(language) = entry + startup[language]: all of it arrives before the form can render.
 */

export interface ManifestChunk {
  readonly file: string
  readonly src?: string
  readonly name?: string
  readonly isEntry?: boolean
  readonly isDynamicEntry?: boolean
  readonly imports?: readonly string[]
  readonly dynamicImports?: readonly string[]
  readonly css?: readonly string[]
  readonly assets?: readonly string[]
}

export type Manifest = Readonly<Record<string, ManifestChunk>>

/** Source paths (relative to the repository) of the modules whose lazy import is "the editor". */
export const EDITOR_SOURCE = /^src\/ui\/preview\/monaco\//
/** Source path of a message catalog; the group is the language. */
export const STARTUP_SOURCE = /^src\/i18n\/catalog-([a-z]{2,3})\.ts$/
/** Source path of a lazily loaded catalog of one language's texts; the group is the language. */
export const TEXTS_SOURCE = /^src\/core\/diagnostics\/messages\/([a-z]{2,3})\.ts$/
/** Source path of a lazy chunk only a user's action requests (Import .gitlab-ci.yml): no visit's part. */
export const ON_DEMAND_SOURCE = /^src\/ui\/import\/module\.ts$/

export interface SiteParts {
  readonly entry: readonly string[]
  /** The JS file(s) of the lazy import that starts the editor (its request is "the editor is requested"). */
  readonly editorEntry: readonly string[]
  readonly startup: ReadonlyMap<string, readonly string[]>
  /** Per language, its lazily loaded texts (the findings' catalog): a visit gets one language's. */
  readonly texts: ReadonlyMap<string, readonly string[]>
  readonly editor: readonly string[]
  readonly other: readonly string[]
  /** What only a user's action loads (the importer, its worker and WebAssembly), minus the parts above. */
  readonly onDemand: readonly string[]
}

export type Part = 'entry' | 'startup' | 'editor' | 'other' | 'on-demand'

function chunk(manifest: Manifest, key: string): ManifestChunk {
  const found = manifest[key]
  if (!found) throw new Error(`build manifest has no entry ${JSON.stringify(key)}`)
  return found
}

/**
 * Files of `roots` and what they import statically (and dynamically when `dynamic`), in visit order.
 * Chunks in `stop` (the entry's) are not entered: a lazy chunk importing the entry back does not make
 * everything else the entry imports lazily part of it.
 */
function closure(
  manifest: Manifest,
  roots: readonly string[],
  dynamic: boolean,
  stop: ReadonlySet<string> = new Set(),
): string[] {
  const files = new Set<string>()
  const seen = new Set<string>(stop)
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const c = chunk(manifest, key)
    files.add(c.file)
    for (const css of c.css ?? []) files.add(css)
    for (const asset of c.assets ?? []) files.add(asset)
    for (const imported of c.imports ?? []) visit(imported)
    if (dynamic) for (const imported of c.dynamicImports ?? []) visit(imported)
  }
  for (const root of roots) visit(root)
  return [...files]
}

/** Keys of the chunks imported statically from `roots`, the roots included. */
function staticKeys(manifest: Manifest, roots: readonly string[]): Set<string> {
  const keys = new Set<string>()
  const visit = (key: string) => {
    if (keys.has(key)) return
    keys.add(key)
    for (const imported of chunk(manifest, key).imports ?? []) visit(imported)
  }
  for (const root of roots) visit(root)
  return keys
}

export function siteParts(manifest: Manifest): SiteParts {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry)
  if (entries.length !== 1) throw new Error(`expected one entry (index.html), found ${entries.length}`)
  const entryKeys = staticKeys(manifest, entries)
  const entry = closure(manifest, entries, false)
  const inEntry = new Set(entry)
  const minus = (files: readonly string[], ...exclude: ReadonlySet<string>[]) =>
    files.filter((f) => !inEntry.has(f) && !exclude.some((set) => set.has(f)))

  const lazyRoots = [...entryKeys].flatMap((key) => chunk(manifest, key).dynamicImports ?? [])
  const startup = new Map<string, string[]>()
  const textRoots = new Map<string, string[]>()
  const editorRoots: string[] = []
  const otherRoots: string[] = []
  const onDemandRoots: string[] = []
  for (const key of new Set(lazyRoots)) {
    const src = chunk(manifest, key).src ?? key
    const language = STARTUP_SOURCE.exec(src)?.[1]
    const textsLanguage = TEXTS_SOURCE.exec(src)?.[1]
    if (language) startup.set(language, minus(closure(manifest, [key], false, entryKeys)))
    else if (textsLanguage) textRoots.set(textsLanguage, [...(textRoots.get(textsLanguage) ?? []), key])
    else if (EDITOR_SOURCE.test(src)) editorRoots.push(key)
    else if (ON_DEMAND_SOURCE.test(src)) onDemandRoots.push(key)
    else otherRoots.push(key)
  }
  const editor = minus(closure(manifest, editorRoots, true, entryKeys))
  const editorSet = new Set(editor)
  const startupSet = new Set([...startup.values()].flat())
  const texts = new Map(
    [...textRoots].map(([language, roots]) => [language, minus(closure(manifest, roots, false, entryKeys))]),
  )
  const textsSet = new Set([...texts.values()].flat())
  const other = minus(closure(manifest, otherRoots, true, entryKeys), editorSet, startupSet, textsSet)
  const onDemand = minus(
    closure(manifest, onDemandRoots, true, entryKeys),
    editorSet,
    startupSet,
    textsSet,
    new Set(other),
  )
  const editorEntry = editorRoots.map((key) => chunk(manifest, key).file)
  return { entry, editorEntry, startup, texts, editor, other, onDemand }
}

/** What the page receives before it can render the form, in `language` (entry + that catalog). */
export function initialFiles(parts: SiteParts, language: string): string[] {
  const startup = parts.startup.get(language)
  if (parts.startup.size > 0 && !startup) throw new Error(`no catalog chunk for language ${language}`)
  return [...parts.entry, ...(startup ?? [])]
}

/** Which part a built file belongs to, or undefined for files outside the manifest (index.html, icons). */
export function partOf(parts: SiteParts, file: string): Part | undefined {
  if (parts.entry.includes(file)) return 'entry'
  if ([...parts.startup.values()].some((files) => files.includes(file))) return 'startup'
  if (parts.editor.includes(file)) return 'editor'
  if (parts.other.includes(file)) return 'other'
  if ([...parts.texts.values()].some((files) => files.includes(file))) return 'other'
  if (parts.onDemand.includes(file)) return 'on-demand'
  return undefined
}

export const isScriptOrStyle = (file: string) => /\.(m?js|css)$/.test(file)
/** Vite names worker bundles after their source file: `…/yaml.worker.ts` → `assets/yaml.worker-<hash>.js`. */
export const isWorker = (file: string) => /\.worker-[\w-]+\.m?js$/.test(file)

/**
 * The worker a default visit starts: monaco-yaml's (validation and hover of the preview). Monaco's
 * own editor worker is built for features the default page does not use (the diff editor) and is
 * not requested.
 */
export const isVisitWorker = (file: string) => /(^|\/)yaml\.worker-[\w-]+\.m?js$/.test(file)

/**
 * The JS + CSS of a full default visit in `language`, read from the build: the initial files, the
 * editor (JS, CSS, grammar, the YAML worker), every other lazy chunk and the language's own texts.
 * An upper bound of what a visit requests: a few lazy chunks (preset data) are fetched only when used.
 */
export function fullVisitFiles(parts: SiteParts, language: string): string[] {
  const editor = parts.editor.filter((f) => !isWorker(f) || isVisitWorker(f))
  const texts = parts.texts.get(language) ?? []
  return [...new Set([...initialFiles(parts, language), ...editor, ...parts.other, ...texts])].filter(
    isScriptOrStyle,
  )
}
