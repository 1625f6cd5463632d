import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { networkQuiet, openPage } from './loads.ts'
import type { BenchServer } from './server.ts'

/** One keystroke as page-probes.js recorded it; latencies in ms from the keydown's timeStamp. */
export interface KeySample {
  readonly key: string
  /** keydown.timeStamp → the keydown listener ran (input queueing). */
  readonly handlerDelay: number
  /** → the Monaco model holds the new YAML (null: it never changed). */
  readonly model: number | null
  /** → a rendered `.view-line` shows the first changed line. */
  readonly dom: number | null
  /** → the next requestAnimationFrame callback. */
  readonly frame: number | null
  /** → the vsync time of that frame (requestAnimationFrame's argument; may be before the key). */
  readonly frameTime: number | null
  readonly expected: string | null
  /** The changed line was already on screen before the key, so `dom` cannot tell old from new. */
  readonly ambiguous: boolean
  /** Where the model change was seen: at the end of the input event, or by the task loop after it. */
  readonly via: 'input' | 'poll' | null
}

/** The frame interval of Chromium's frame clock (60 Hz; headless included). */
export const FRAME_MS = 1000 / 60

/**
 * In which frame a key's change was rendered, counted on the vsync grid from the key: 0 = before the
 * next vsync, 1 = in the frame that begins at the next vsync (the first a requestAnimationFrame
 * renderer such as Monaco's can use), 2 or more = frames missed. Null when not measured.
 */
export function renderFrame(sample: KeySample): number | null {
  if (sample.dom === null || sample.frameTime === null) return null
  // The last vsync at or before the key, from the grid point the first frame after the key gave.
  const lastVsync = sample.frameTime + FRAME_MS * Math.floor((0 - sample.frameTime) / FRAME_MS + 1e-6)
  return Math.floor((sample.dom - lastVsync) / FRAME_MS)
}

export interface TypingRun {
  readonly field: string
  readonly samples: readonly KeySample[]
  /** The field's value before the first key. */
  readonly initialValue: string
  /** The field's value after the last key (the sequence ends where it started). */
  readonly finalValue: string
}

/** The text field typed into: the build job's name, which is the YAML key of the job. */
export const TYPING_FIELD = '[data-field="images[0].name"] input'

/**
 * Ten letters, then ten Backspaces, repeated (`count` rounded up to a multiple of 20): every key
 * changes the YAML, the value stays short and ends as it started.
 */
export function keySequence(count: number): string[] {
  const keys: string[] = []
  const letters = 'qwertyuiop'
  while (keys.length < count) {
    for (const letter of letters) keys.push(letter)
    for (let i = 0; i < letters.length; i++) keys.push('Backspace')
  }
  return keys
}

/** Opens the first image's card, whose name field is typed into, if it is closed (several images open
 * the first card only; older builds compared by the bench opened none). */
export async function openFirstCard(page: Page): Promise<void> {
  const firstCard = page.locator('[data-index="0"] .image-card-toggle')
  if ((await firstCard.count()) > 0 && (await firstCard.getAttribute('aria-expanded')) === 'false')
    await firstCard.click()
}

/** A small deterministic PRNG (mulberry32), so every run types with the same pauses. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * Types `count` keys into the job-name field once Monaco shows the YAML and the workers have
 * loaded. Keys are sent one at a time with a 40–80 ms pause (different phases of the 60 Hz frame
 * clock), and the next key waits until the previous one has reached the screen. `cpuSlowdown` > 1
 * throttles the page's CPU that many times (Chromium's DevTools emulation of a slower or busy
 * machine) for the typing.
 */
export async function typingRun(
  browser: Browser,
  server: BenchServer,
  count: number,
  options: BrowserContextOptions = {},
  cpuSlowdown = 1,
  /** A share link to open first (the five-image pass), '' for the default page. */
  hash = '',
): Promise<TypingRun> {
  const { context, page, urls } = await openPage(browser, server, options, hash)
  try {
    await networkQuiet(urls)
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    }
    await sleep(1000)
    const field = page.locator(TYPING_FIELD)
    await openFirstCard(page)
    await field.click()
    const initialValue = await field.inputValue()
    await page.keyboard.press('End')
    await page.evaluate('window.__bench.startTyping()')
    const pause = random(5)
    const keys = keySequence(count)
    for (let i = 0; i < keys.length; i++) {
      await page.keyboard.press(keys[i] as string)
      await sleep(40 + Math.floor(pause() * 40))
      for (let waited = 0; waited < 1000; waited += 20) {
        const done = await page.evaluate(
          `(() => { const s = window.__bench.typing.samples[${i}]; return !!s && s.frame !== null && (s.dom !== null || s.ambiguous) })()`,
        )
        if (done) break
        await sleep(20)
      }
    }
    const samples = (await page.evaluate('window.__bench.typingResults()')) as KeySample[]
    const finalValue = await field.inputValue()
    return { field: TYPING_FIELD, samples, initialValue, finalValue }
  } finally {
    await context.close()
  }
}
