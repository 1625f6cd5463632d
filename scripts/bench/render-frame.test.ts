import { describe, expect, it } from 'vitest'
import { FRAME_MS, type KeySample, renderFrame } from './typing.ts'

const sample = (dom: number | null, frameTime: number | null): KeySample => ({
  key: 'a',
  handlerDelay: 0,
  model: 1,
  dom,
  frame: 1,
  frameTime,
  expected: 'x',
  ambiguous: false,
  via: 'input',
})

describe('renderFrame: the frame a key was rendered in, on the vsync grid', () => {
  it('is 1 when rendered in the frame of the first vsync after the key, whatever its phase', () => {
    // Key 3 ms after a vsync; the next vsync is 13.67 ms after the key; rendered 2 ms into that frame.
    expect(renderFrame(sample(15.7, FRAME_MS - 3))).toBe(1)
    // Key 16 ms after a vsync: rendered 2 ms into the frame of the vsync 0.67 ms later.
    expect(renderFrame(sample(2.7, FRAME_MS - 16))).toBe(1)
  })

  it('is 0 when rendered before the next vsync, with a frame stamped before the key', () => {
    expect(renderFrame(sample(5, -4))).toBe(0)
  })

  it('counts the frames the work made the change wait', () => {
    // Key 3 ms after a vsync, rendered 20 ms after the first vsync after it: one frame missed.
    expect(renderFrame(sample(FRAME_MS - 3 + 20, FRAME_MS - 3))).toBe(2)
    // Vsyncs 10, 26.7 and 43.3 ms after the key: rendered at 40 ms is in the second one's frame, at
    // 45 ms in the third's.
    expect(renderFrame(sample(40, 10))).toBe(2)
    expect(renderFrame(sample(45, 10))).toBe(3)
  })

  it('is null when the key was never rendered or no frame came', () => {
    expect(renderFrame(sample(null, 5))).toBeNull()
    expect(renderFrame(sample(5, null))).toBeNull()
  })
})
