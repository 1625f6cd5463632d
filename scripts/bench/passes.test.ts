import { describe, expect, it } from 'vitest'
import { headlineOf } from './compare.ts'
import { keyStats, passFigures, passResults, typingPasses } from './passes.ts'
import { FRAME_MS, type KeySample, type TypingRun } from './typing.ts'

/** A key rendered `dom` ms after it, the first frame after it stamped 4 ms after the key. */
const key = (dom: number | null, ambiguous = false): KeySample => ({
  key: 'a',
  handlerDelay: 0.5,
  model: 1,
  dom,
  frame: 4,
  frameTime: 4,
  expected: 'x',
  ambiguous,
  via: 'input',
})

const run = (samples: KeySample[]): TypingRun => ({
  field: 'f',
  samples,
  initialValue: 'api',
  finalValue: 'api',
})

describe('typingPasses', () => {
  it('types into the five-image config as it is and throttled, besides the default page', () => {
    expect(typingPasses(2).map((p) => [p.id, p.label, p.cpuSlowdown, p.fiveImages])).toEqual([
      ['typing', '', 1, false],
      ['typingThrottled', 'CPU 2× slower', 2, false],
      ['typingFiveImages', 'five images', 1, true],
      ['typingFiveImagesThrottled', 'five images, CPU 2× slower', 2, true],
    ])
  })

  it('keeps the unthrottled passes when throttling is off', () => {
    expect(typingPasses(1).map((p) => p.id)).toEqual(['typing', 'typingFiveImages'])
  })
})

describe('a pass’s figures', () => {
  const fiveImages = typingPasses(2).find((p) => p.id === 'typingFiveImages')
  if (!fiveImages) throw new Error('no five-image pass')

  it('passes the 16 ms budget on its p95 and counts the keys rendered by the first vsync’s frame', () => {
    // 19 keys at 10 ms (frame 0 or 1), one at 15 ms: p95 (nearest rank 19 of 20) is 10 ms.
    const stats = keyStats(run([...Array.from({ length: 19 }, () => key(10)), key(15), key(3, true)]))
    const [visible, frames, late] = passFigures(fiveImages, stats)
    expect(visible).toEqual({
      figure: 'keystroke → visible lines, five images (20 keys)',
      median: '10.0 ms',
      p95: '10.0 ms',
      budget: 'p95 ≤ 16 ms',
      status: 'PASS',
    })
    expect(frames).toMatchObject({ median: '20/20 keys', p95: 'frame 1' })
    // Every frame stamped 4 ms after its key: not late (the last ms of an interval).
    expect(late).toMatchObject({ figure: '  … frame one vsync late, five images', median: '0/20 keys' })
    expect(passResults(fiveImages, stats)).toMatchObject({
      cpuSlowdown: 1,
      fiveImages: true,
      keyToVisible: { n: 20, p95: 10 },
      withinFrame: { keys: 20, of: 20, renderFrameP95: 1 },
      vsyncLate: { keys: 20, late: 0 },
      ambiguous: 1,
      missingDom: 0,
    })
  })

  it('fails over 16 ms, and when a key never reached the screen', () => {
    // Rendered 2 ms into the frame after the first vsync's (22.7 ms after the key): one frame missed.
    const slow = keyStats(run([key(10), key(4 + FRAME_MS + 2)]))
    expect(passFigures(fiveImages, slow)[0]?.status).toBe('FAIL')
    expect(passFigures(fiveImages, slow)[1]).toMatchObject({ median: '1/2 keys', p95: 'frame 2' })
    // A key whose frame waited for the next vsync, 12 ms after it.
    const waited = keyStats(run([key(10), { ...key(20), frameTime: 12 }]))
    expect(passFigures(fiveImages, waited)[2]).toMatchObject({ median: '1/2 keys' })
    const lost = keyStats(run([key(10), key(12), key(null)]))
    expect(lost.dom.p95).toBe(12)
    expect(passFigures(fiveImages, lost)[0]?.status).toBe('FAIL')
  })
})

describe('headlineOf, five images', () => {
  it('reads the throttled five-image p95 of a run from before it was a headline figure', () => {
    const old = {
      headline: { keyToVisibleP95Ms: 10.1 },
      typingFiveImagesThrottled: { cpuSlowdown: 2, keyToVisible: { p95: 28.2 } },
    }
    expect(headlineOf(old)).toEqual({ keyToVisibleP95Ms: 10.1, keyToVisibleP95FiveImagesThrottled2xMs: 28.2 })
  })
})
