import { type Browser, chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

export { CHROMIUM_ARGS, CHROMIUM_PATH }

export const PROBES_PATH = new URL('./page-probes.js', import.meta.url).pathname

/** A wide viewport: both panes side by side (the layout switches at 1024 px). */
export const VIEWPORT = { width: 1280, height: 900 }

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
}
