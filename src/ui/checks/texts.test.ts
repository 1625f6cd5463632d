import { describe, expect, it } from 'vitest'
import { RULES } from '../../core/diagnostics/index.ts'
import { INPUT_RULES } from '../../core/diagnostics/input-rules.ts'
import type { Catalog } from '../../core/diagnostics/messages/catalog.ts'
import { en } from '../../core/diagnostics/messages/en.ts'
import { ja } from '../../core/diagnostics/messages/ja.ts'
import { PIPELINE_RULES } from '../../core/diagnostics/registry.ts'
import { catalogCache, loadFindingTexts } from './texts.ts'

/** Loaders that answer when told, counting their requests. */
function controlledLoaders() {
  const requests = { en: 0, ja: 0 }
  const pending: { language: 'en' | 'ja'; settle: (catalog: Catalog | Error) => void }[] = []
  const loader = (language: 'en' | 'ja') => () => {
    requests[language]++
    return new Promise<Catalog>((resolve, reject) =>
      pending.push({ language, settle: (c) => (c instanceof Error ? reject(c) : resolve(c)) }),
    )
  }
  return { loaders: { en: loader('en'), ja: loader('ja') }, requests, pending }
}

describe("the page's findings texts", () => {
  it('load each language as its own catalog, with every code of the registry', async () => {
    const codes = [...RULES, ...PIPELINE_RULES, ...INPUT_RULES].map((r) => r.code).sort()
    const [english, japanese] = await Promise.all([loadFindingTexts('en'), loadFindingTexts('ja')])
    expect(english).toBe(en)
    expect(japanese).toBe(ja)
    expect(Object.keys(english).sort()).toEqual(codes)
    expect(Object.keys(japanese).sort()).toEqual(codes)
  })

  it('are missing until their language has arrived, and requested once per language', async () => {
    const { loaders, requests, pending } = controlledLoaders()
    const cache = catalogCache(loaders)
    expect(cache.loaded('ja')).toBeUndefined()
    const first = cache.load('ja')
    const second = cache.load('ja')
    expect(requests).toEqual({ en: 0, ja: 1 })
    expect(cache.loaded('ja')).toBeUndefined()
    pending[0]?.settle(ja)
    expect(await first).toBe(ja)
    expect(await second).toBe(ja)
    expect(cache.loaded('ja')).toBe(ja)
    // The other language is still missing: nothing asked for it.
    expect(cache.loaded('en')).toBeUndefined()
    expect(requests).toEqual({ en: 0, ja: 1 })
  })

  it('ask again after a failed request, and stay missing until one succeeds', async () => {
    const { loaders, requests, pending } = controlledLoaders()
    const cache = catalogCache(loaders)
    const failed = cache.load('en')
    pending[0]?.settle(new Error('offline'))
    await expect(failed).rejects.toThrow('offline')
    expect(cache.loaded('en')).toBeUndefined()
    const retried = cache.load('en')
    expect(requests.en).toBe(2)
    pending[1]?.settle(en)
    expect(await retried).toBe(en)
    expect(cache.loaded('en')).toBe(en)
  })
})
