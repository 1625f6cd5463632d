import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { encodeShareFragment } from '../src/core/share/codec.ts'

/** A config with a finding that has a Fix (KC101: an executor image without a shell). */
const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }

test('the built site ships headers that forbid framing', () => {
  const headers = readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8').split('\n')
  expect(headers[headers.indexOf('/*') + 1]).toBe('  X-Frame-Options: DENY')
  expect(headers).toContain("  Content-Security-Policy: frame-ancestors 'none'")
})

/**
 * Another origin (another port of 127.0.0.1) that frames the page, as a clickjacking page would; a
 * real server, because Chromium refuses a loopback frame inside a page it cannot place.
 */
let framerServer: Server
let framerOrigin = ''
let frameSrc = ''

test.beforeAll(async () => {
  framerServer = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      `<!doctype html><iframe src="${frameSrc}" allow="clipboard-read; clipboard-write" width="1200" height="900"></iframe>`,
    )
  })
  await new Promise<void>((resolve) => framerServer.listen(0, '127.0.0.1', resolve))
  framerOrigin = `http://127.0.0.1:${(framerServer.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise((resolve) => framerServer.close(resolve))
})

test.describe('framed by another origin', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('Copy YAML, Copy link and Fix do nothing and say why', async ({ page, baseURL }) => {
    const site = new URL(baseURL ?? '')
    frameSrc = `${site.origin}/#${encodeShareFragment(broken).fragment}`
    await page.goto(`${framerOrigin}/`)
    await page.evaluate(() => navigator.clipboard.writeText('before'))
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('button', { name: 'Copy YAML' })).toBeVisible()
    const inner = page.frames().find((f) => f.url().startsWith(site.origin))
    if (!inner) throw new Error('the framed page did not load')
    const yaml = () => inner.evaluate(() => window.__kaniko?.getYaml() ?? '')
    await expect.poll(yaml).toContain('executor:v1.24.0')

    const refused = 'Shown inside another site: Copy and Fix do nothing here.'
    await expect(frame.getByTestId('framed-notice')).toContainText(refused)
    await frame.getByRole('button', { name: 'Copy YAML' }).click()
    await expect(frame.getByTestId('live-region')).toContainText(refused)
    await frame.getByRole('button', { name: 'Copy link' }).click()
    await page.waitForTimeout(300)
    await expect(frame.getByTestId('live-region')).toContainText(refused)
    await expect(frame.locator('.copy-link-note')).toHaveCount(0)
    // Nothing was copied: no button claims it was.
    await expect(frame.locator('.confirming[data-confirmed]')).toHaveCount(0)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before')

    const checks = frame.getByTestId('checks')
    // An error opens the panel by itself.
    await expect(checks.locator('.checks-toggle')).toHaveAttribute('aria-expanded', 'true')
    await checks.locator('li[data-code="KC101"]').getByRole('button', { name: 'Use v1.24.0-debug' }).click()
    await expect(frame.getByTestId('live-region')).toContainText(refused)
    expect(await yaml()).toContain('executor:v1.24.0')
    await expect(frame.getByTestId('checks-confirmed')).toHaveCount(0)
    // The same at the field.
    await frame
      .locator('[data-field="executor.tag"] .mark-error')
      .getByRole('button', { name: 'Use v1.24.0-debug' })
      .click()
    await page.waitForTimeout(300)
    expect(await yaml()).toContain('executor:v1.24.0')
    await expect(frame.locator('.mark-confirmed')).toHaveCount(0)
  })

  test('the notice is in Japanese too', async ({ page, baseURL }) => {
    frameSrc = `${new URL(baseURL ?? '').origin}/`
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'languages', { get: () => ['ja-JP'] })
    })
    await page.goto(`${framerOrigin}/`)
    await expect(page.frameLocator('iframe').getByTestId('framed-notice')).toContainText(
      '別のサイト内に表示されているため、コピーと修正は動作しません。',
    )
  })

  test('a page in its own tab shows no such notice, and copies', async ({ page }) => {
    await page.goto('./')
    await page.getByRole('button', { name: 'Copy YAML' }).click()
    await expect(page.getByTestId('live-region')).toContainText('copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.evaluate(() => window.__kaniko?.getYaml()),
    )
    await expect(page.getByTestId('framed-notice')).toHaveCount(0)
  })
})
