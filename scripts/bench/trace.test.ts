import { describe, expect, it } from 'vitest'
import { summarizeTrace, type TraceEvent } from './trace.ts'

const pid = 7
const tid = 1
const x = (name: string, ts: number, dur: number, type?: string): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur: dur,
  pid,
  tid,
  ...(type ? { args: { data: { type } } } : {}),
})

/** Two keystrokes: an input task, an unrelated timer, then the frame that draws the change. */
function keystroke(at: number): TraceEvent[] {
  return [
    x('ThreadControllerImpl::RunTask', at, 3000),
    x('EventDispatch', at + 100, 200, 'keydown'),
    x('EventDispatch', at + 400, 2500, 'input'),
    x('FunctionCall', at + 500, 2000),
    x('UpdateLayoutTree', at + 2600, 200),
    x('ThreadControllerImpl::RunTask', at + 5000, 500),
    x('TimerFire', at + 5100, 300),
    x('ThreadControllerImpl::RunTask', at + 8000, 4000),
    x('FireAnimationFrame', at + 8100, 1500),
    x('FunctionCall', at + 8200, 1200),
    x('Layout', at + 8300, 600),
    x('Paint', at + 10000, 800),
    x('Commit', at + 11000, 900),
    // After the frame: not on the keystroke's path.
    x('ThreadControllerImpl::RunTask', at + 20000, 1000),
    x('MinorGC', at + 20100, 700),
  ]
}

const trace: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 9, tid: 2, args: { name: 'CrRendererMain' } },
  x('EventDispatch', 5, 5, 'keydown'),
  ...keystroke(100_000),
  ...keystroke(200_000),
].map((e, i) => (i === 2 ? { ...e, pid: 9, tid: 2 } : e))

describe('summarizeTrace', () => {
  it('times each keystroke from its keydown through the frame that draws it, in thread time', () => {
    const summary = summarizeTrace(trace, 2)
    // 3000 (input task) + 500 (timer in between) + 4000 (frame) µs
    expect(summary.criticalMs.median).toBe(7.5)
    expect(summary.criticalMs.n).toBe(2)
    expect(summary.inputMs.median).toBe(2.5)
    expect(summary.animationFrameMs.median).toBe(1.5)
  })

  it('names the work V8 calls "(program)": self time per kind, per key', () => {
    const { perKeyMs } = summarizeTrace(trace, 2)
    expect(perKeyMs.style).toBeCloseTo(0.2)
    // The layout nested in the animation frame's script counts as layout, not script.
    expect(perKeyMs.layout).toBeCloseTo(0.6)
    expect(perKeyMs.paint).toBeCloseTo(0.8)
    expect(perKeyMs.commit).toBeCloseTo(0.9)
    expect(perKeyMs['garbage collection']).toBeCloseTo(0.7)
    // keydown 0.2 + input's own 0.3 + its function 2.0 + timer 0.3 + frame 0.3 + its function 0.6
    expect(perKeyMs.script).toBeCloseTo(3.7)
  })

  it('splits the path by kind of work and by task, per key', () => {
    const { pathByKindMs, pathByTaskMs } = summarizeTrace(trace, 2)
    // The GC after the frame is not on the path.
    expect(pathByKindMs['garbage collection']).toBe(0)
    expect(pathByKindMs.script).toBeCloseTo(3.7)
    expect(pathByKindMs.paint).toBeCloseTo(0.8)
    expect(pathByTaskMs).toEqual({ 'input event': 3, TimerFire: 0.5, frame: 4 })
  })

  it('refuses a trace without the page’s main thread', () => {
    expect(() => summarizeTrace([], 1)).toThrow(/main thread/)
  })
})
