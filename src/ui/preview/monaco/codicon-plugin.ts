import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { keepCharacters } from './font-subset.ts'

const LIBRARY = /[\\/]base[\\/]common[\\/](codiconsLibrary|codicons)\.js$/

/**
 * The codicon characters the bundled Monaco code can show: every `Codicon.<name>` it refers to, every
 * `codicon-<id>` class and `$(<id>)` label in its text, and every character its CSS draws with
 * `content`. The two files that define all codicons are not counted, or every glyph would be.
 */
export function codiconsUsed(sources: readonly string[], css: readonly string[], library: readonly string[]) {
  const byName = new Map<string, string>()
  const codeOf = new Map<string, number>()
  for (const text of library)
    for (const [, name, id, value] of text.matchAll(
      /(\w+): register\('([\w-]+)', (0x[0-9a-f]+|'[\w-]+')\)/g,
    )) {
      byName.set(name as string, id as string)
      const code = value?.startsWith('0x') ? Number(value) : codeOf.get((value as string).slice(1, -1))
      if (code !== undefined && !codeOf.has(id as string)) codeOf.set(id as string, code)
    }
  const used = new Set<number>()
  const add = (id: string | undefined) => {
    const code = id === undefined ? undefined : codeOf.get(id)
    if (code !== undefined) used.add(code)
  }
  for (const text of sources) {
    for (const [, name] of text.matchAll(/\bCodicon\.(\w+)/g)) add(byName.get(name as string))
    for (const [, id] of text.matchAll(/codicon-([a-z0-9-]+)/g)) add(id)
    for (const [, id] of text.matchAll(/\$\(([a-z0-9-]+)/g)) add(id)
  }
  for (const text of css)
    for (const [, hex] of text.matchAll(/content:\s*["']\\([0-9a-f]{4,5})["']/gi))
      used.add(Number.parseInt(hex as string, 16))
  return used
}

/** Relative (and monaco-editor/…) module specifiers of an ES module: Monaco's files are plain ESM. */
const SPECIFIERS =
  /(?:^|[;\s])(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/**
 * Every file reachable from `roots` through static and dynamic imports: a superset of what the
 * bundler keeps after tree-shaking, so glyphs chosen from it are never too few.
 */
export function moduleClosure(roots: readonly string[], monacoRoot: string): { js: string[]; css: string[] } {
  const seen = new Set<string>()
  const js: string[] = []
  const css: string[] = []
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return
    seen.add(file)
    if (file.endsWith('.css')) {
      css.push(file)
      return
    }
    js.push(file)
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(SPECIFIERS)) {
      const specifier = match[1] ?? match[2] ?? ''
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier))
      else if (specifier.startsWith('monaco-editor/')) visit(monacoFile(monacoRoot, specifier))
    }
  }
  for (const root of roots) visit(root)
  return { js, css }
}

/** `monaco-editor/x/y` → its file, as the package's exports map it (`./*` → `./esm/vs/*.js`). */
const monacoFile = (monacoRoot: string, specifier: string) =>
  join(monacoRoot, 'esm', 'vs', `${specifier.slice('monaco-editor/'.length).replace(/\.js$/, '')}.js`)

/**
 * `vite build` only: Monaco's codicon font (150 KB, ~650 glyphs) reduced to the glyphs the preview's
 * Monaco modules can show (folding chevrons, hover, markers, the diff editor…): `setup` names the
 * file whose `monaco-editor/…` imports are the roots. The subset is written to a temporary file
 * named after its content, and codicon.css's `url(./codicon.ttf)` is aliased to it, so Vite hashes,
 * names and references the subset like any asset.
 */
export function codiconSubset(setup: string, monacoRoot: string): Plugin {
  return {
    name: 'kanikoconfig:codicon-subset',
    apply: 'build',
    config() {
      const roots = [...readFileSync(setup, 'utf8').matchAll(SPECIFIERS)]
        .map((match) => match[1] ?? match[2] ?? '')
        .filter((specifier) => specifier.startsWith('monaco-editor/'))
        .map((specifier) => monacoFile(monacoRoot, specifier))
      const { js, css } = moduleClosure(roots, monacoRoot)
      const library = js.filter((file) => LIBRARY.test(file)).map((file) => readFileSync(file, 'utf8'))
      const sources = js.filter((file) => !LIBRARY.test(file)).map((file) => readFileSync(file, 'utf8'))
      const used = codiconsUsed(
        sources,
        css.map((file) => readFileSync(file, 'utf8')),
        library,
      )
      if (used.size === 0) throw new Error("codicon subset: found no codicon the preview's Monaco code uses")
      const fontFile = join(
        monacoRoot,
        'esm',
        'vs',
        'base',
        'browser',
        'ui',
        'codicons',
        'codicon',
        'codicon.ttf',
      )
      const subset = keepCharacters(readFileSync(fontFile), used)
      const dir = join(
        tmpdir(),
        `kanikoconfig-codicon-${createHash('sha256').update(subset).digest('hex').slice(0, 16)}`,
      )
      const file = join(dir, 'codicon.ttf')
      if (!existsSync(file)) {
        mkdirSync(dir, { recursive: true })
        const partial = `${file}.${process.pid}`
        writeFileSync(partial, subset)
        renameSync(partial, file)
      }
      return { resolve: { alias: [{ find: /^\.\/codicon\.ttf$/, replacement: file }] } }
    },
  }
}
