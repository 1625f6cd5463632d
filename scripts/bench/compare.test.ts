import { describe, expect, it } from 'vitest'
import { compareHeadlines, headlineOf } from './compare.ts'

describe('headlineOf', () => {
  it('derives the per-visit totals from a results.json written before headlines existed', () => {
    const old = {
      bytes: {
        initialObserved: { gzip: 118_000 },
        requestsFirstLoad: [
          { file: 'index.html', sent: 700, gzip: 700 },
          { file: 'assets/index-a.js', sent: 110_000, gzip: 110_000 },
          { file: 'assets/index-a.css', sent: 2_500, gzip: 2_500 },
          { file: 'assets/codicon-a.ttf', sent: 75_000, gzip: 75_000 },
        ],
      },
      loads: { formUsable: { median: 170 }, monacoVisible: { median: 635 } },
      typing: { keyToVisible: { p95: 13.2 } },
    }
    expect(headlineOf(old)).toEqual({
      visitRequests: 4,
      visitBytesSent: 188_200,
      visitJsCssGzip: 112_500,
      initialGzip: 118_000,
      formUsableMedianMs: 170,
      monacoVisibleMedianMs: 635,
      keyToVisibleP95Ms: 13.2,
    })
  })

  it('prefers the headline a newer run wrote, and reads nothing from garbage', () => {
    expect(headlineOf({ headline: { visitRequests: 9 }, bytes: { requestsFirstLoad: [{}] } })).toEqual({
      visitRequests: 9,
    })
    expect(headlineOf(null)).toEqual({})
    expect(headlineOf('x')).toEqual({})
  })
})

describe('compareHeadlines', () => {
  it('gives now / previous for the figures both runs have', () => {
    const rows = compareHeadlines(
      { visitJsCssGzip: 1_000, keyToVisibleP95Ms: 20 },
      { visitJsCssGzip: 500, keyToVisibleP95Ms: 10, keyToVisibleP95Throttled2xMs: 14 },
    )
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]))
    expect(byKey.visitJsCssGzip?.ratio).toBe(0.5)
    expect(byKey.keyToVisibleP95Ms?.ratio).toBe(0.5)
    expect(byKey.keyToVisibleP95Throttled2xMs).toMatchObject({
      previous: undefined,
      now: 14,
      ratio: undefined,
    })
    expect(byKey.visitRequests?.ratio).toBeUndefined()
  })
})
