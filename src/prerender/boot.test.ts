import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { initialLanguage } from '../ui/language.ts'

const BOOT = readFileSync(new URL('../../public/boot.js', import.meta.url), 'utf8')

interface Visit {
  readonly hash?: string
  readonly languages?: readonly string[]
  readonly storage?: Readonly<Record<string, string>>
  readonly storageThrows?: boolean
  /** The attributes the build puts on boot.js's tag (none: a tag without them). */
  readonly catalogs?: Readonly<Record<string, string>>
}

const CATALOGS = {
  'data-catalog-en': './assets/catalog-en-A.js',
  'data-catalog-ja': './assets/catalog-ja-B.js',
}

function fakeStorage(visit: Visit) {
  return {
    getItem(key: string) {
      if (visit.storageThrows) throw new Error('SecurityError')
      return visit.storage?.[key] ?? null
    },
  }
}

type Added = {
  nodeType: number
  hasAttribute(name: string): boolean
  getAttribute(name: string): string | null
}
type Records = { addedNodes: Added[] }[]

/**
 * Runs public/boot.js for a visit: what it sets on <html>, its observer of parsed nodes, if any,
 * and the links it adds to <head>.
 */
function run(visit: Visit) {
  const attributes = new Map<string, string>()
  const documentElement = { setAttribute: (k: string, v: string) => attributes.set(k, v), lang: 'en' }
  const links: Record<string, string>[] = []
  const catalogs: Readonly<Record<string, string>> = visit.catalogs ?? CATALOGS
  const currentScript = { getAttribute: (name: string) => catalogs[name] ?? null }
  const head = { appendChild: (link: Record<string, string>) => links.push({ ...link }) }
  const navigator = { languages: visit.languages ?? [], language: visit.languages?.[0] ?? 'en-US' }
  const window = {}
  Object.defineProperty(window, 'localStorage', { get: () => fakeStorage(visit) })
  let parsed: ((records: Records) => void) | undefined
  let observing = false
  class MutationObserver {
    constructor(callback: (records: Records) => void) {
      parsed = callback
    }
    observe() {
      observing = true
    }
    disconnect() {}
  }
  runInNewContext(BOOT, {
    window,
    navigator,
    document: { documentElement, addEventListener() {}, currentScript, head, createElement: () => ({}) },
    location: { hash: visit.hash ?? '' },
    MutationObserver,
  })
  return { shown: attributes.get('data-prerender') ?? null, parsed: observing ? parsed : undefined, links }
}

/** What public/boot.js sets on <html>: the prerendered language it shows, or null (all hidden). */
const boot = (visit: Visit): string | null => run(visit).shown

/** A parsed element; `removed` tells whether boot.js dropped it. */
function element(attributes: Record<string, string>) {
  const node = {
    nodeType: 1,
    removed: false,
    hasAttribute: (name: string) => name in attributes,
    getAttribute: (name: string) => attributes[name] ?? null,
    remove() {
      node.removed = true
    },
  }
  return node
}

/** The language src/main.tsx renders in for the same visit. */
function entryLanguage(visit: Visit): string {
  vi.stubGlobal('window', { localStorage: fakeStorage(visit) })
  vi.stubGlobal('navigator', { languages: visit.languages ?? [], language: visit.languages?.[0] ?? 'en-US' })
  return initialLanguage()
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('public/boot.js', () => {
  const languageCases: Visit[] = [
    { languages: ['en-US'] },
    { languages: ['ja-JP', 'en'] },
    { languages: ['JA'] },
    { languages: ['fr-FR', 'ja', 'en'] },
    { languages: ['fr-FR', 'de'] },
    { languages: [] },
    { languages: ['en-US'], storage: { 'kanikoconfig.language': 'ja' } },
    { languages: ['ja-JP'], storage: { 'kanikoconfig.language': 'en' } },
    { languages: ['ja-JP'], storage: { 'kanikoconfig.language': 'xx' } },
  ]
  it.each(languageCases)('shows the language the entry will render in: %j', (visit) => {
    expect(boot(visit)).toBe(entryLanguage(visit))
  })

  it('keeps the prerendered defaults hidden when a link or saved work opens instead', () => {
    expect(boot({ hash: '#1.abc', languages: ['en'] })).toBeNull()
    expect(boot({ storage: { 'kanikoconfig.config': '{"job":{"name":"x"}}' }, languages: ['en'] })).toBeNull()
    expect(boot({ storageThrows: true, languages: ['en'] })).toBeNull()
  })

  it('shows them for an empty fragment and the skip link’s anchor', () => {
    expect(boot({ hash: '#', languages: ['en'] })).toBe('en')
    expect(boot({ hash: '#preview', languages: ['ja'] })).toBe('ja')
  })

  it('drops the other languages’ trees as they are parsed, and nothing else', () => {
    const { parsed } = run({ languages: ['ja-JP'] })
    const en = element({ 'data-prerendered': 'en' })
    const ja = element({ 'data-prerendered': 'ja' })
    const other = element({ id: 'root' })
    expect(parsed).toBeDefined()
    parsed?.([{ addedNodes: [other, en] }, { addedNodes: [ja] }])
    expect([en.removed, ja.removed, other.removed]).toEqual([true, false, false])
  })

  it.each(languageCases)('asks for the catalog of the language the entry will render in: %j', (visit) => {
    const catalog = CATALOGS[`data-catalog-${entryLanguage(visit)}` as keyof typeof CATALOGS]
    expect(run(visit).links).toEqual([{ rel: 'modulepreload', crossOrigin: '', href: catalog }])
  })

  it('asks for it when the page opens a link or saved work too, or storage is refused', () => {
    const ja = [{ rel: 'modulepreload', crossOrigin: '', href: CATALOGS['data-catalog-ja'] }]
    expect(run({ hash: '#1.abc', languages: ['ja'] }).links).toEqual(ja)
    expect(run({ storage: { 'kanikoconfig.config': '{}' }, languages: ['ja'] }).links).toEqual(ja)
    expect(run({ storageThrows: true, languages: ['ja'] }).links).toEqual(ja)
  })

  it('asks for nothing when its tag names no catalog', () => {
    expect(run({ languages: ['en'], catalogs: {} }).links).toEqual([])
  })

  it('keeps every tree when it shows none (the entry decides)', () => {
    expect(run({ hash: '#1.abc', languages: ['en'] }).parsed).toBeUndefined()
  })
})
