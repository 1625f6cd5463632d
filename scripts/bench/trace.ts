import type { Browser, BrowserContextOptions } from 'playwright-core'
import { networkQuiet, openPage } from './loads.ts'
import type { BenchServer } from './server.ts'
import { type Summary, summarize } from './stats.ts'
import { keySequence, openFirstCard, TYPING_FIELD } from './typing.ts'

/**
 * Where a keystroke's main-thread time goes, from a Chromium trace: what V8's sampler can only call
 * "(program)" (style, layout, paint, the compositor commit, garbage collection) gets its name, and
 * the keystroke's own path is timed in thread time, which other processes on the machine do not
 * inflate (wall-clock latencies do).
 */
export interface KeystrokeTrace {
  readonly keys: number
  /** Main-thread thread time of every task in the session, per key, by kind of work (ms). */
  readonly perKeyMs: Readonly<Record<WorkKind, number>>
  /**
   * Per key: the tasks from the one that dispatched the keydown through the end of the first
   * animation frame after the `input` event (the frame that draws the new YAML), in thread time.
   */
  readonly criticalMs: Summary
  /** … of which the task(s) handling the input event (React, the generator, Monaco's model). */
  readonly inputMs: Summary
  /** … of which the animation-frame callbacks of that frame (Monaco's render). */
  readonly animationFrameMs: Summary
  /** The path's thread time by kind of work, mean per key (ms): what the path is made of. */
  readonly pathByKindMs: Readonly<Record<WorkKind, number>>
  /**
   * The path's thread time by task, mean per key (ms): `input event` (the task dispatching the key's
   * keydown, keypress and input), `frame` (animation callbacks, style, layout, paint), the others by
   * their outermost event (`HandlePostMessage`, `TimerFire`, `EventDispatch keyup`…; `(none)` for a
   * task with no traced event).
   */
  readonly pathByTaskMs: Readonly<Record<string, number>>
}

export const WORK_KINDS = [
  'script',
  'style',
  'layout',
  'paint',
  'commit',
  'html parsing',
  'garbage collection',
  'other',
] as const
export type WorkKind = (typeof WORK_KINDS)[number]

/** A complete ('X') trace event of the renderer's main thread; times in µs. */
export interface TraceEvent {
  readonly name: string
  readonly ph: string
  readonly ts: number
  readonly dur?: number
  /** Thread time: what the thread actually ran. */
  readonly tdur?: number
  readonly pid: number
  readonly tid: number
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } }
}

const KIND_OF: Readonly<Record<string, WorkKind>> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  HandlePostMessage: 'script',
  'V8.Execute': 'script',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  HitTest: 'layout',
  IntersectionObserverController_computeIntersections: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'commit',
  ParseHTML: 'html parsing',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  'V8.GCFinalizeMC': 'garbage collection',
}

const TASK = 'ThreadControllerImpl::RunTask'
const time = (e: TraceEvent) => e.tdur ?? e.dur ?? 0

/** Self thread time of each event nested in `task`, summed by kind into `into`. */
function addSelfTimes(task: TraceEvent, events: readonly TraceEvent[], into: Record<WorkKind, number>): void {
  const stack: { event: TraceEvent; children: number }[] = []
  const close = () => {
    const top = stack.pop()
    if (!top) return
    const self = Math.max(0, time(top.event) - top.children)
    const kind = KIND_OF[top.event.name.replaceAll('::', '_')] ?? 'other'
    into[kind] += self / 1000
  }
  for (const event of events) {
    const end = task.ts + (task.dur ?? 0)
    if (event.ts < task.ts || event.ts + (event.dur ?? 0) > end) continue
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { event: TraceEvent; children: number }
      if (top.event.ts + (top.event.dur ?? 0) > event.ts) break
      close()
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.children += time(event)
    stack.push({ event, children: 0 })
  }
  while (stack.length > 0) close()
}

/** The figures of a trace of `keys` keystrokes (see KeystrokeTrace). */
export function summarizeTrace(traceEvents: readonly TraceEvent[], keys: number): KeystrokeTrace {
  const threadName = traceEvents.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      traceEvents.some((x) => x.pid === e.pid && x.name === 'EventDispatch'),
  )
  if (!threadName) throw new Error('the trace has no renderer main thread that handled events')
  const main = traceEvents
    .filter((e) => e.pid === threadName.pid && e.tid === threadName.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const tasks = main.filter((e) => e.name === TASK)

  const noWork = () => Object.fromEntries(WORK_KINDS.map((k) => [k, 0])) as Record<WorkKind, number>
  const perKey = noWork()
  // Each task's self times by kind and its name, from its nested events, in one pass (both lists
  // are sorted by start).
  const taskWork = new Map<TraceEvent, { readonly kinds: Record<WorkKind, number>; readonly name: string }>()
  let from = 0
  for (const task of tasks) {
    while (from < main.length && (main[from] as TraceEvent).ts < task.ts) from++
    const end = task.ts + (task.dur ?? 0)
    let to = from
    while (to < main.length && (main[to] as TraceEvent).ts < end) to++
    const nested = main.slice(from, to).filter((e) => e !== task && e.name !== TASK)
    const kinds = noWork()
    addSelfTimes(task, nested, kinds)
    for (const kind of WORK_KINDS) perKey[kind] += kinds[kind]
    taskWork.set(task, { kinds, name: taskName(task, nested) })
  }
  for (const kind of WORK_KINDS) perKey[kind] /= keys

  const dispatched = (type: string) =>
    main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type)
  const inputs = dispatched('input')
  const critical: number[] = []
  const input: number[] = []
  const frames: number[] = []
  const pathByKind = noWork()
  const pathByTask: Record<string, number> = {}
  for (const keydown of dispatched('keydown')) {
    const inputEvent = inputs.find((e) => e.ts >= keydown.ts)
    const first = tasks.find((t) => t.ts <= keydown.ts && keydown.ts < t.ts + (t.dur ?? 0))
    if (!inputEvent || !first) continue
    const frame = main.find((e) => e.name === 'FireAnimationFrame' && e.ts > inputEvent.ts)
    if (!frame) continue
    const end = frame.ts + (frame.dur ?? 0)
    const path = tasks.filter((t) => t.ts >= first.ts && t.ts < end)
    critical.push(path.reduce((sum, t) => sum + time(t), 0) / 1000)
    for (const task of path) {
      const work = taskWork.get(task)
      if (!work) continue
      for (const kind of WORK_KINDS) pathByKind[kind] += work.kinds[kind]
      pathByTask[work.name] = (pathByTask[work.name] ?? 0) + time(task) / 1000
    }
    input.push(time(inputEvent) / 1000)
    const frameTask = tasks.find((t) => t.ts <= frame.ts && frame.ts < t.ts + (t.dur ?? 0))
    const frameEnd = frameTask ? frameTask.ts + (frameTask.dur ?? 0) : end
    frames.push(
      main
        .filter(
          (e) => e.name === 'FireAnimationFrame' && e.ts >= (frameTask?.ts ?? frame.ts) && e.ts < frameEnd,
        )
        .reduce((sum, e) => sum + time(e), 0) / 1000,
    )
  }
  if (critical.length === 0) throw new Error('no keystroke in the trace reached an animation frame')
  for (const kind of WORK_KINDS) pathByKind[kind] /= critical.length
  for (const name of Object.keys(pathByTask)) pathByTask[name] = (pathByTask[name] ?? 0) / critical.length
  return {
    keys,
    perKeyMs: perKey,
    criticalMs: summarize(critical),
    inputMs: summarize(input),
    animationFrameMs: summarize(frames),
    pathByKindMs: pathByKind,
    pathByTaskMs: pathByTask,
  }
}

/**
 * A task's name: `input event` for the one dispatching the key's `input` (its keydown and keypress
 * too), `frame` for one running animation callbacks (with that frame's style, layout and paint),
 * otherwise its outermost traced event, with the event type of a dispatched event.
 */
function taskName(task: TraceEvent, nested: readonly TraceEvent[]): string {
  const inside = nested.filter(
    (e) => e.name !== 'RunTask' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0),
  )
  if (inside.some((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input')) return 'input event'
  if (inside.some((e) => e.name === 'FireAnimationFrame')) return 'frame'
  const outer = inside[0]
  if (!outer) return '(none)'
  const type = outer.args?.data?.type
  return type ? `${outer.name} ${type}` : outer.name
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * Types `count` keys like the latency run with Chromium's tracing on (devtools.timeline: it slows
 * the page a little, so this is a session of its own whose times are not reported as latencies).
 */
export async function traceTyping(
  browser: Browser,
  server: BenchServer,
  count: number,
  options: BrowserContextOptions = {},
  /** A share link to open first (the five-image config), '' for the default page. */
  hash = '',
): Promise<KeystrokeTrace> {
  const { context, page, urls } = await openPage(browser, server, options, hash)
  try {
    await networkQuiet(urls)
    await sleep(1000)
    await openFirstCard(page)
    await page.locator(TYPING_FIELD).click()
    await page.keyboard.press('End')
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'],
    })
    const keys = keySequence(count)
    for (const key of keys) {
      await page.keyboard.press(key)
      await sleep(60)
    }
    // Let the work each key scheduled (diagnostics after the paint, the highlight's end) finish.
    await sleep(1600)
    const buffer = await browser.stopTracing()
    const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }
    return summarizeTrace(traceEvents, keys.length)
  } finally {
    await context.close()
  }
}
