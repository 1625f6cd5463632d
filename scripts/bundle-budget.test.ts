import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATALOGS } from '../src/core/diagnostics/messages/all.ts'
import { BUDGETS, KB } from './bench/budgets.ts'
import { type BuiltSite, buildSite } from './bench/build.ts'
import {
  fullVisitFiles,
  initialFiles,
  isScriptOrStyle,
  isVisitWorker,
  isWorker,
  type SiteParts,
  siteParts,
} from './bench/initial.ts'
import { totalSize } from './bench/sizes.ts'

/**
 * The one deterministic budget of issue 5: the JS + CSS the page needs before it can render the form
 * (index.html's entry chunk, its modulepreloads and CSS, and the page language's catalog), gzip -9,
 * must stay within 120 KB. Monaco and monaco-yaml must stay out of it, in their own lazy chunks.
 * `npm run bench` uses the same classification (scripts/bench/initial.ts) for what it measures.
 */
describe('bundle budget', () => {
  let dir = ''
  let site: BuiltSite
  let parts: SiteParts

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kanikoconfig-budget-'))
    site = await buildSite(dir)
    parts = siteParts(site.manifest)
  }, 120_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('finds the entry, one catalog per language and the lazily loaded editor', () => {
    expect(parts.entry.filter((f) => f.endsWith('.js'))).not.toHaveLength(0)
    expect([...parts.startup.keys()]).toEqual(expect.arrayContaining(['en', 'ja']))
    expect(parts.editor.filter((f) => f.endsWith('.js') && !isWorker(f))).not.toHaveLength(0)
    expect(parts.editor.filter(isWorker).length).toBeGreaterThanOrEqual(1)
    expect(parts.editor.filter((f) => parts.entry.includes(f))).toEqual([])
  })

  it('keeps Monaco out of the initial JS and CSS', async () => {
    const initial = new Set([...parts.startup.keys()].flatMap((language) => initialFiles(parts, language)))
    for (const file of [...initial].filter(isScriptOrStyle)) {
      const text = await readFile(join(site.dir, file), 'utf8')
      // A class name Monaco's own JS and CSS use (the page's CSS styles .monaco-editor too, so not that).
      expect(text, file).not.toContain('monaco-scrollable-element')
    }
  })

  it('loads at most 120 KB (gzip) of JS and CSS before the editor, in every language', () => {
    for (const language of parts.startup.keys()) {
      const files = initialFiles(parts, language).filter(isScriptOrStyle)
      const size = totalSize(site.dir, files)
      const detail = files.join(', ')
      console.info(
        `initial JS+CSS (${language}): ${(size.raw / KB).toFixed(1)} KB raw, ${(size.gzip / KB).toFixed(1)} KB gzip -9 [${detail}]`,
      )
      expect(size.gzip, `initial JS+CSS gzip bytes in ${language} (${detail})`).toBeLessThanOrEqual(
        BUDGETS.initialGzipBytes,
      )
    }
  })

  it('keeps a full default visit (Monaco and the YAML worker included) under its ceiling, in every language', () => {
    for (const language of parts.startup.keys()) {
      const files = fullVisitFiles(parts, language)
      // The visit's worker is in, Monaco's editor worker (never started by the default page) is not.
      expect(files.filter(isWorker)).toEqual(parts.editor.filter(isVisitWorker))
      expect(files.filter(isWorker)).toHaveLength(1)
      const size = totalSize(site.dir, files)
      console.info(
        `full visit JS+CSS (${language}): ${(size.gzip / KB).toFixed(1)} KB gzip -9 (target ${BUDGETS.visitGzipBytes / KB} KB, enforced ${BUDGETS.visitGzipCeilingBytes / KB} KB)`,
      )
      expect(size.gzip, `full-visit JS+CSS gzip bytes in ${language}`).toBeLessThanOrEqual(
        BUDGETS.visitGzipCeilingBytes,
      )
    }
  })

  it("gives a visit the findings' texts of its own language only", async () => {
    expect([...parts.texts.keys()].sort()).toEqual([...parts.startup.keys()].sort())
    // Titles are plain strings in the built JS (no quote or backslash the minifier could re-escape).
    const titles = (language: string) =>
      Object.values(CATALOGS[language as keyof typeof CATALOGS])
        .map((entry) => entry.title)
        .filter((title) => !/["'`\\]/.test(title))
    for (const language of parts.startup.keys()) {
      const visit = fullVisitFiles(parts, language)
      for (const [textsLanguage, files] of parts.texts) {
        for (const file of files)
          expect(visit.includes(file), `${file} in the ${language} visit`).toBe(textsLanguage === language)
      }
      const scripts = visit.filter((f) => /\.m?js$/.test(f))
      const code = (await Promise.all(scripts.map((f) => readFile(join(site.dir, f), 'utf8')))).join('\n')
      for (const other of parts.startup.keys()) {
        const found = titles(other).filter((title) => code.includes(title))
        expect(found, `${other} titles in the ${language} visit`).toEqual(
          other === language ? titles(other) : [],
        )
      }
      const size = totalSize(site.dir, (parts.texts.get(language) ?? []).filter(isScriptOrStyle))
      console.info(
        `findings' texts (${language}): ${(size.raw / KB).toFixed(1)} KB raw, ${(size.gzip / KB).toFixed(1)} KB gzip -9`,
      )
    }
  })

  it('keeps the importer (its chunk and its shell worker, which fetches the WebAssembly) out of every visit until Import is used', () => {
    const onDemandJs = parts.onDemand.filter((f) => f.endsWith('.js') && !isWorker(f))
    expect(onDemandJs).not.toHaveLength(0)
    expect(parts.onDemand.some((f) => /(^|\/)shell\.worker-[\w-]+\.m?js$/.test(f))).toBe(true)
    for (const language of parts.startup.keys()) {
      const visit = new Set(fullVisitFiles(parts, language))
      expect(parts.onDemand.filter((f) => visit.has(f))).toEqual([])
    }
    const size = totalSize(site.dir, parts.onDemand)
    console.info(
      `import on demand (JS+CSS, its worker included; the WebAssembly it fetches is apart): ${(size.gzip / KB).toFixed(1)} KB gzip -9 [${parts.onDemand.join(', ')}]`,
    )
  })
})
