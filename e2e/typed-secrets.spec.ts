import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, type Page, test } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts'
import { decodeShareFragment } from '../src/core/share/codec.ts'
import { encodePayloadV1 } from '../src/core/share/payload-v1.ts'
import { openPage, openSection, storedWork } from './helpers.ts'

/**
 * A password typed by hand must leave no trace in the address bar, the history or the History
 * database, not even the half-typed states that do not look like a credential yet.
 */
const USER = 'alice'
const PASSWORD = 'hunter2'
const PROXY = `http://${USER}:${PASSWORD}@proxy.example.com:3128`
/** Longer than the 300 ms the fragment used to wait before following an edit. */
const PAUSE_MS = 1000

const prefixes = (text: string, from: number) =>
  Array.from({ length: text.length - from + 1 }, (_, i) => text.slice(0, from + i))

/**
 * What of the password a URL holds, read both as text and as the config its link decodes to: every
 * prefix of 3+ characters anywhere, and any prefix right after the user name.
 */
function passwordTraces(url: string): string[] {
  let text = url
  try {
    text = decodeURIComponent(url)
  } catch {}
  const hash = url.indexOf('#')
  if (hash >= 0) {
    const link = decodeShareFragment(url.slice(hash))
    if (link.ok) text += `\n${JSON.stringify(link.config)}`
  }
  return [
    ...prefixes(PASSWORD, 3).filter((p) => text.includes(p)),
    ...prefixes(PASSWORD, 1)
      .map((p) => `${USER}:${p}`)
      .filter((p) => text.includes(p)),
  ]
}

test('the traces check sees a password prefix in a link and in plain text', () => {
  const encoded = (proxy: string) => {
    // Written without the link encoder's credential check, as an older page would have.
    return `http://x/#1.${encodePayloadV1(JSON.stringify({ proxy: { http: proxy } }))}`
  }
  expect(passwordTraces('http://x/?q=hunte')).toEqual(['hun', 'hunt', 'hunte'])
  expect(passwordTraces(encoded('http://alice:hu@p:1'))).toEqual(['alice:h', 'alice:hu'])
  expect(passwordTraces(encoded('http://proxy.example.com:3128'))).toEqual([])
})

/** Records every URL the page shows or writes: navigations, and each replaceState/pushState. */
async function recordUrls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __urls: string[] }).__urls = seen
    const note = () => seen.push(window.location.href)
    window.addEventListener('hashchange', note)
    window.addEventListener('popstate', note)
    for (const name of ['replaceState', 'pushState'] as const) {
      const original = window.history[name].bind(window.history)
      window.history[name] = (data: unknown, unused: string, url?: string | URL | null) => {
        original(data, unused, url)
        note()
      }
    }
  })
}

const urlsSeen = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __urls: string[] }).__urls, window.location.href])

/** Every URL Chromium's History database of a closed profile holds. */
function historyDatabaseUrls(profile: string): string[] {
  const out = execFileSync(
    'sqlite3',
    ['-readonly', join(profile, 'Default', 'History'), 'SELECT url FROM urls ORDER BY id'],
    { encoding: 'utf8' },
  )
  return out.split('\n').filter((line) => line !== '')
}

test('a proxy password typed key by key, with pauses, never reaches the address bar or the history', async ({
  baseURL,
}) => {
  test.setTimeout(90_000)
  const profile = mkdtempSync(join(tmpdir(), 'kanikoconfig-history-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
      ...(baseURL ? { baseURL } : {}),
    })
    const page = context.pages()[0] ?? (await context.newPage())
    await recordUrls(page)
    await openPage(page)
    await openSection(page, 'Proxy')
    // A first edit gives the page a link of its own, so there is something for a typed value to replace.
    await page.locator('#f-images-0-name').fill('typed-secret')
    await page.locator('#f-images-0-name').blur()
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe('')
    const entries = await page.evaluate(() => window.history.length)

    const proxy = page.getByLabel('HTTP proxy')
    await proxy.click()
    const sampled: string[] = []
    const pauseAndSample = async () => {
      await page.waitForTimeout(PAUSE_MS)
      sampled.push(await page.evaluate(() => window.location.href))
    }
    // Pauses after the user name, in the middle of the password and at its end.
    for (const part of [`http://${USER}:`, 'hun', 'ter2', '@proxy.example.com:3128']) {
      await proxy.pressSequentially(part, { delay: 60 })
      await pauseAndSample()
    }
    await expect(proxy).toHaveValue(PROXY)
    await proxy.blur()
    await expect
      .poll(async () => decodeShareFragment(await page.evaluate(() => window.location.hash)))
      .toMatchObject({ ok: true, config: { proxy: { http: 'http://proxy.example.com:3128' } } })
    await pauseAndSample()

    let seen = [...sampled, ...(await urlsSeen(page))]
    expect(await page.evaluate(() => window.history.length)).toBe(entries)
    // The saved work holds the proxy without its credentials.
    const saved = JSON.stringify(await storedWork(page))
    expect(saved).toContain('http://proxy.example.com:3128')
    expect(saved).not.toContain(PASSWORD.slice(0, 3))
    // Continuing that work says, once, what was not kept.
    await page.reload()
    await expect(page.getByTestId('restored-without')).toHaveText(
      /^Your saved work is back, without the values that looked like credentials: HTTP proxy\./,
    )
    await expect(page.getByLabel('HTTP proxy')).toHaveValue('http://proxy.example.com:3128')
    await page.reload()
    await expect(page.locator('#f-images-0-name')).toHaveValue('typed-secret')
    await expect(page.getByTestId('restored-without')).toHaveCount(0)
    const finalUrl = page.url()
    await context.close()

    seen = [...seen, finalUrl]
    const stored = historyDatabaseUrls(profile)
    const leaks = (urls: readonly string[]) => urls.filter((url) => passwordTraces(url).length > 0)
    console.log(
      `typed-secrets: ${seen.length} URLs seen in the page (${leaks(seen).length} with a password trace), ` +
        `${stored.length} in the History database (${leaks(stored).length} with a password trace)`,
    )
    expect(stored.length).toBeGreaterThan(0)
    expect(leaks(seen)).toEqual([])
    expect(leaks(stored)).toEqual([])
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

test('the page says in Japanese which fields the restored work was saved without', async ({ page }) => {
  await openPage(page, { language: 'ja' })
  await openSection(page, 'プロキシ')
  const proxy = page.getByLabel('HTTPプロキシ')
  await proxy.fill(PROXY)
  await proxy.blur()
  await expect
    .poll(async () => JSON.stringify(await storedWork(page)))
    .toContain('"http":"http://proxy.example.com:3128"')
  await page.reload()
  const notice = page.getByTestId('restored-without')
  await expect(notice).toContainText('認証情報に見える次の値は保存していません: HTTPプロキシ。')
  await notice.getByRole('button', { name: '閉じる' }).click()
  await expect(notice).toHaveCount(0)
})
