import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium with the flags playwright.config.ts uses (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const PROBES_PATH = new URL('./page-probes.js', import.meta.url).pathname

/** A wide viewport: both panes side by side (the layout switches at 1024 px). */
export const VIEWPORT = { width: 1280, height: 900 }

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}
