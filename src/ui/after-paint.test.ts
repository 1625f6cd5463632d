import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint } from './after-paint.ts'

describe('afterNextPaint', () => {
  let frames: (() => void)[] = []
  beforeEach(() => {
    vi.useFakeTimers()
    frames = []
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => {}
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('runs after the next frame, not in it', () => {
    const ran: string[] = []
    afterNextPaint(() => ran.push('after'))
    vi.runAllTimers()
    expect(ran).toEqual([])
    for (const frame of frames) frame()
    ran.push('frame done')
    expect(ran).toEqual(['frame done'])
    vi.runAllTimers()
    expect(ran).toEqual(['frame done', 'after'])
  })

  it('can be cancelled before or after the frame', () => {
    const ran: string[] = []
    afterNextPaint(() => ran.push('first'))()
    const cancelSecond = afterNextPaint(() => ran.push('second'))
    for (const frame of frames) frame()
    cancelSecond()
    vi.runAllTimers()
    expect(ran).toEqual([])
  })
})
