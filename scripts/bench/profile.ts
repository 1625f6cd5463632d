import type { Browser, BrowserContextOptions } from 'playwright-core'
import { networkQuiet, openPage } from './loads.ts'
import type { BenchServer } from './server.ts'
import { loadSourceMap, type SourceMapIndex } from './sourcemap.ts'
import { keySequence, openFirstCard, TYPING_FIELD } from './typing.ts'

/** Main-thread CPU time per keystroke, by where the code comes from. */
export interface KeystrokeProfile {
  readonly keys: number
  /** Sampled main-thread time (idle excluded) divided by the number of keys, ms. */
  readonly perKeyMs: number
  readonly groups: readonly {
    readonly group: string
    readonly perKeyMs: number
    /** For library code: the nearest src/ file up the stack that called into it, ms per key. */
    readonly callers: readonly { readonly caller: string; readonly perKeyMs: number }[]
  }[]
}

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
  readonly columnNumber: number
}
interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: readonly number[]
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * Types `count` keys like the latency run, with V8's sampling profiler on (it slows the page, so
 * this is a separate session from the measured one), and attributes each sample's self time to the
 * package or src/ file of its function via the build's source maps. Native work (style, layout,
 * paint, GC) shows up as V8's "(program)" and "(garbage collector)".
 */
export async function profileTyping(
  browser: Browser,
  server: BenchServer,
  dir: string,
  repoRoot: string,
  count: number,
  options: BrowserContextOptions = {},
  /** A share link to open first (the five-image config), '' for the default page. */
  hash = '',
): Promise<KeystrokeProfile> {
  const { context, page, urls } = await openPage(browser, server, options, hash)
  try {
    await networkQuiet(urls)
    await sleep(1000)
    await openFirstCard(page)
    await page.locator(TYPING_FIELD).click()
    await page.keyboard.press('End')
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    const keys = keySequence(count)
    for (const key of keys) {
      await page.keyboard.press(key)
      await sleep(60)
    }
    // Let the work each key scheduled (highlight fade, validation markers) finish inside the profile.
    await sleep(1600)
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    return summarizeProfile(profile, keys.length, (url) => {
      const file = new URL(url).pathname.replace(/^\//, '')
      return url.startsWith(server.url) ? loadSourceMap(dir, file, repoRoot, true) : undefined
    })
  } finally {
    await context.close()
  }
}

export function summarizeProfile(
  profile: CpuProfile,
  keys: number,
  mapFor: (url: string) => SourceMapIndex | undefined,
): KeystrokeProfile {
  const maps = new Map<string, SourceMapIndex | undefined>()
  const groupOfNode = new Map<number, string>()
  for (const node of profile.nodes) {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame
    let group: string
    if (!url) group = functionName.startsWith('(') ? functionName : '(native)'
    else {
      if (!maps.has(url)) {
        let map: SourceMapIndex | undefined
        try {
          map = mapFor(url)
        } catch {
          map = undefined
        }
        maps.set(url, map)
      }
      group = maps.get(url)?.groupAt(lineNumber, columnNumber) ?? new URL(url).pathname
    }
    groupOfNode.set(node.id, group)
  }
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const callerOf = (id: number): string => {
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const group = groupOfNode.get(at) ?? ''
      if (group.startsWith('src/')) return group
    }
    return '(none)'
  }
  const totals = new Map<string, number>()
  const callers = new Map<string, Map<string, number>>()
  profile.samples.forEach((id, i) => {
    const group = groupOfNode.get(id) ?? '(unknown)'
    // timeDeltas[i] is the time since the previous sample; sample i covers the next interval.
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000
    totals.set(group, (totals.get(group) ?? 0) + delta)
    if (!group.startsWith('src/') && !group.startsWith('(')) {
      const byCaller = callers.get(group) ?? new Map<string, number>()
      callers.set(group, byCaller)
      const caller = callerOf(id)
      byCaller.set(caller, (byCaller.get(caller) ?? 0) + delta)
    }
  })
  totals.delete('(idle)')
  totals.delete('(root)')
  const total = [...totals.values()].reduce((a, b) => a + b, 0)
  return {
    keys,
    perKeyMs: total / keys,
    groups: [...totals.entries()]
      .map(([group, ms]) => ({
        group,
        perKeyMs: ms / keys,
        callers: [...(callers.get(group) ?? new Map<string, number>()).entries()]
          .map(([caller, t]) => ({ caller, perKeyMs: t / keys }))
          .sort((a, b) => b.perKeyMs - a.perKeyMs),
      }))
      .sort((a, b) => b.perKeyMs - a.perKeyMs),
  }
}
