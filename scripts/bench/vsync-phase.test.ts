import { describe, expect, it } from 'vitest'
import { FRAME_MS, type KeySample } from './typing.ts'
import { cameVsyncLate, keyPhase, phaseTable, vsyncPhases } from './vsync-phase.ts'

/**
 * A key whose first frame was stamped `frameTime` ms after it (negative: before), its edit done 4 ms
 * after it, visible at `dom`.
 */
const key = (frameTime: number | null, dom: number | null = 8, ambiguous = false, model = 4): KeySample => ({
  key: 'a',
  handlerDelay: 0.3,
  model,
  dom,
  frame: 6,
  frameTime,
  expected: 'x',
  ambiguous,
  via: 'input',
})

describe('a key on the vsync grid', () => {
  it('is as far after the last vsync as its frame, stamped with that vsync, is before it', () => {
    expect(keyPhase(key(-3))).toBeCloseTo(3)
    expect(keyPhase(key(-15.5))).toBeCloseTo(15.5)
    expect(keyPhase(key(0))).toBe(0)
    expect(keyPhase(key(-FRAME_MS))).toBe(0)
    expect(keyPhase(key(null))).toBeNull()
  })

  it('places a key whose frame waited for a later vsync by that vsync', () => {
    // Key 3 ms after a vsync, frame stamped with the next one (13.7 ms later) or the one after.
    expect(keyPhase(key(FRAME_MS - 3))).toBeCloseTo(3)
    expect(keyPhase(key(2 * FRAME_MS - 3))).toBeCloseTo(3)
  })

  it('came a vsync late when its frame is stamped more than 4 ms after it and 2 ms after its edit', () => {
    expect(cameVsyncLate(key(-10))).toBe(false)
    // The last ms of an interval: the next vsync's frame is the first the key can have.
    expect(cameVsyncLate(key(1.5))).toBe(false)
    expect(cameVsyncLate(key(4, 8, false, 1))).toBe(false)
    expect(cameVsyncLate(key(9.6))).toBe(true)
    // The input event ran past the next vsync (edit done 6.5 ms after the key, the vsync at 5.5), or
    // ended just before it: the frame came right after it, stamped with that vsync, without waiting.
    expect(cameVsyncLate(key(5.5, 9, false, 6.5))).toBe(false)
    expect(cameVsyncLate(key(5.5, 9, false, 4.5))).toBe(false)
    expect(cameVsyncLate(key(5.5, 22, false, 3))).toBe(true)
    expect(cameVsyncLate(key(null))).toBeNull()
  })
})

describe('vsyncPhases', () => {
  it('counts the late keys per 2 ms of phase, with the median latency of each bin', () => {
    const phases = vsyncPhases([
      key(-1, 6), // phase 1, in time
      key(-0.5, 10), // phase 0.5, in time
      key(FRAME_MS - 1.2, 22), // phase 1.2, late
      key(-9, 7), // phase 9
      key(FRAME_MS - 9, 15), // phase 9, late
      key(-16, 12), // phase 16 (the last bin, 16–16.7 ms)
      key(-3, null), // phase 3, never shown: counted, no latency
      key(-5, 5, true), // ambiguous: left out
      key(null), // no frame: left out
    ])
    expect(phases.keys).toBe(7)
    expect(phases.late).toBe(2)
    expect(phases.bins.map((b) => b.from)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16])
    expect(phases.bins[0]).toEqual({ from: 0, keys: 3, late: 1, visibleMedian: 10 })
    expect(phases.bins[1]).toEqual({ from: 2, keys: 1, late: 0, visibleMedian: null })
    expect(phases.bins[4]).toEqual({ from: 8, keys: 2, late: 1, visibleMedian: 7 })
    expect(phases.bins[8]).toEqual({ from: 16, keys: 1, late: 0, visibleMedian: 12 })
    expect(phases.bins.reduce((sum, b) => sum + b.keys, 0)).toBe(7)
  })

  it('prints the count and one line per bin (medians at the nearest rank, as the bench’s)', () => {
    const lines = phaseTable('five images', vsyncPhases([key(-1, 6), key(FRAME_MS - 1.2, 22)]))
    expect(lines[0]).toBe(
      'One vsync late, five images: 1/2 keys (frame stamped with a vsync > 4 ms after the key and > 2 ms after its edit), by the key’s phase after the last vsync:',
    )
    expect(lines).toHaveLength(10)
    expect(lines[1]).toMatch(/^ {2}0–2 ms +2 keys +1 late +visible median 6\.0 ms$/)
    expect(lines[9]).toMatch(/^ {2}16–17 ms +0 keys +0 late +visible median —$/)
  })
})
