import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { stripDefaults } from '../src/core/config/defaults.ts'
import type { Config } from '../src/core/config/schema.ts'

declare global {
  interface Window {
    __kaniko?: {
      getYaml(): string
      getModelValue(): string | undefined
      getMarkers(owner?: string): unknown[]
    }
  }
}

export type Language = 'en' | 'ja'

/** Opens the page in a language (as the browser's preference) and a colour scheme; `hash` opens a link. */
export async function openPage(
  page: Page,
  {
    language = 'en',
    colorScheme = 'light',
    hash = '',
  }: { language?: Language; colorScheme?: 'light' | 'dark'; hash?: string } = {},
): Promise<void> {
  await page.addInitScript((lang) => {
    Object.defineProperty(navigator, 'languages', { get: () => [lang === 'ja' ? 'ja-JP' : 'en-US'] })
  }, language)
  await page.emulateMedia({ colorScheme })
  await page.goto(`./${hash}`)
  // Below the two-pane width the preview waits behind its tab: the form shows.
  await expect(page.locator('#preview pre, #preview .monaco-editor').first()).toBeAttached()
  // The prerendered page holds both languages' forms until hydration keeps one.
  await expect(page.locator('.form-pane:visible').first()).toBeVisible()
  // The prerendered page shows before React handles it: wait for hydration (src/ui/PageRoot.tsx).
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('kanikoconfig:interactive').length))
    .toBe(1)
}

/** The page's URL fragment, with its `#`. */
export const hashOf = (page: Page) => page.evaluate(() => window.location.hash)

/**
 * Makes `config` this browser's last work (what the page keeps in localStorage) before the page's
 * first script runs; call it before opening the page. Later loads in the same tab keep what the page saved.
 */
export async function seedWork(page: Page, config: Config): Promise<void> {
  await page.addInitScript((json) => {
    if (window.sessionStorage.getItem('kanikoconfig.test.seeded')) return
    window.sessionStorage.setItem('kanikoconfig.test.seeded', '1')
    window.localStorage.setItem('kanikoconfig.config', json)
  }, JSON.stringify(config))
}

/** The config this browser keeps as its last work. */
export async function storedWork(page: Page): Promise<unknown> {
  const text = await page.evaluate(() => window.localStorage.getItem('kanikoconfig.config'))
  return text === null ? null : JSON.parse(text)
}

export const yamlOf = (page: Page) => page.evaluate(() => window.__kaniko?.getYaml() ?? '')
export const modelOf = (page: Page) => page.evaluate(() => window.__kaniko?.getModelValue())

/** Below the two-pane width the YAML is behind its tab (src/ui/ViewSwitch.tsx): shows it. */
export async function showYaml(page: Page): Promise<void> {
  const tab = page.locator('#view-yaml')
  if (await tab.isVisible()) await tab.click()
}

/**
 * Waits until Monaco has replaced the plain preview and shows the current YAML. Shows the preview
 * first: on a narrow layout Monaco loads only once its pane has been seen.
 */
export async function waitForMonaco(page: Page): Promise<void> {
  await showYaml(page)
  await page.locator('#preview .preview-body').scrollIntoViewIfNeeded()
  await expect(page.locator('#preview .preview-body')).toHaveAttribute('data-editor', 'monaco', {
    timeout: 20_000,
  })
  await expect.poll(async () => (await modelOf(page)) === (await yamlOf(page))).toBe(true)
}

/** Opens a collapsed section of the form. */
export async function openSection(page: Page, title: string | RegExp): Promise<void> {
  const toggle = page.locator('.section-toggle').filter({ hasText: title })
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
}

/** Opens every collapsed part of the form: sections, image cards and groups of rarely used fields. */
export async function openAll(page: Page): Promise<void> {
  for (const selector of [
    '.section-toggle[aria-expanded="false"]',
    '.image-card-toggle[aria-expanded="false"]',
    'details.subgroup:not([open]) > summary',
  ]) {
    // Each click takes one out of the selection: always the first that is still closed.
    const closed = page.locator(selector)
    while ((await closed.count()) > 0) await closed.first().click()
  }
}

/** What `npx kanikoconfig generate --config FILE [--job-only]` prints for a config. */
export function cliYaml(config: Config, jobOnly = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'kanikoconfig-e2e-'))
  const file = join(dir, 'config.json')
  writeFileSync(file, JSON.stringify(stripDefaults(config)))
  return execFileSync(
    'npx',
    ['--no-install', 'kanikoconfig', 'generate', '--config', file, ...(jobOnly ? ['--job-only'] : [])],
    {
      encoding: 'utf8',
    },
  )
}

/**
 * Picks a preset and waits until the form shows it: the preset's data is a chunk of its own, so
 * loading it takes a moment (its card is pressed once it is loaded). Without edits to lose.
 */
export async function choosePreset(page: Page, name: string): Promise<void> {
  const card = presetCard(page, name)
  await card.click()
  await expect(card).toHaveAttribute('aria-pressed', 'true')
}

/** The card of a preset ('' for the defaults). */
export function presetCard(page: Page, name: string) {
  return page.locator(`.preset-card[data-preset="${name}"]`)
}

/**
 * Removes the File System Access save picker before the page loads, as in browsers without it
 * (Firefox, Safari): Download then falls back to a plain download.
 */
export async function withoutSavePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as { showSaveFilePicker?: unknown }
    delete w.showSaveFilePicker
    delete (Window.prototype as { showSaveFilePicker?: unknown }).showSaveFilePicker
  })
}

/** `config` with its first image changed by `patch` (the other images as they are). */
export function withImage(config: Config, patch: Partial<Config['images'][number]>): Config {
  const [first, ...rest] = config.images
  return { ...config, images: [{ ...(first as Config['images'][number]), ...patch }, ...rest] }
}
