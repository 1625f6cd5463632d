/**
 * Debian's Chromium and the flags every browser run here uses (Playwright tests and the benchmark).
 * Never a downloaded browser. The networking flags keep Chromium from calling Google's hosts, which
 * this machine's closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
