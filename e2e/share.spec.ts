import { expect, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { presetConfig } from '../src/core/config/presets.ts'
import type { Config } from '../src/core/config/schema.ts'
import { generate } from '../src/core/generate/index.ts'
import { decodeShareFragment, encodeShareFragment } from '../src/core/share/codec.ts'
import {
  choosePreset,
  hashOf,
  openPage,
  openSection,
  presetCard,
  seedWork,
  storedWork,
  withImage,
  yamlOf,
} from './helpers.ts'

const linkTo = (config: Config) => `#${encodeShareFragment(config).fragment}`
const decoded = async (page: import('@playwright/test').Page) => {
  const result = decodeShareFragment(await hashOf(page))
  return result.ok ? result.config : null
}

test('the link follows a typed field once it loses focus, without history entries; it reopens the same YAML byte for byte', async ({
  page,
  browser,
}) => {
  await openPage(page)
  await choosePreset(page, 'kitchen-sink')
  // A preset is not typing: the link follows at once.
  await expect.poll(() => decoded(page)).toEqual(presetConfig('kitchen-sink'))
  const entries = await page.evaluate(() => window.history.length)
  const jobName = page.locator('#f-images-0-name')
  await jobName.fill('image-build')
  await expect.poll(() => yamlOf(page)).toContain('image-build-amd64:')
  // Not while the field has focus, however long the user pauses.
  await page.waitForTimeout(700)
  expect((await decoded(page))?.images[0]?.name).toBe(presetConfig('kitchen-sink').images[0]?.name)
  await jobName.blur()
  await expect.poll(async () => (await decoded(page))?.images[0]?.name).toBe('image-build')
  expect(await page.evaluate(() => window.history.length)).toBe(entries)
  const yaml = await yamlOf(page)
  expect(yaml).toContain('image-build-amd64:')
  expect(await decoded(page)).toEqual(withImage(presetConfig('kitchen-sink'), { name: 'image-build' }))

  await page.reload()
  await expect.poll(() => yamlOf(page)).toBe(yaml)

  // A browser that has never seen the page: nothing but the link.
  const fresh = await browser.newPage()
  await openPage(fresh, { hash: new URL(page.url()).hash })
  expect(await yamlOf(fresh)).toBe(yaml)
  await expect(fresh.locator('[data-link-notice]')).toHaveCount(0)
  await fresh.close()
})

test('Back and Forward, and a link pasted into the address bar, load their configs', async ({ page }) => {
  const cached = presetConfig('cached')
  const multiArch = presetConfig('multi-arch')
  await openPage(page, { hash: linkTo(cached) })
  expect(await yamlOf(page)).toBe(generate(cached))

  await page.goto(`./${linkTo(multiArch)}`)
  await expect.poll(() => yamlOf(page)).toBe(generate(multiArch))
  await page.goBack()
  await expect.poll(() => yamlOf(page)).toBe(generate(cached))
  await page.goForward()
  await expect.poll(() => yamlOf(page)).toBe(generate(multiArch))
})

test('a link opened over different work wins, keeps that work and restores it in one click', async ({
  page,
}) => {
  const mine = withImage(defaultConfig(), { name: 'my-work' })
  const shared = presetConfig('behind-proxy')
  await seedWork(page, mine)
  await openPage(page, { hash: linkTo(shared) })

  expect(await yamlOf(page)).toBe(generate(shared))
  const notice = page.locator('[data-link-notice="restore"]')
  await expect(notice).toContainText('You opened a shared link')
  // Opening a link alone does not replace the saved work.
  await page.waitForTimeout(700)
  expect(await storedWork(page)).toEqual(mine)

  await notice.getByRole('button', { name: 'Restore my previous work' }).click()
  await expect.poll(() => yamlOf(page)).toBe(generate(mine))
  await expect(notice).toHaveCount(0)
  await expect(page.getByTestId('live-region')).toContainText('Your previous work is back')
  await expect.poll(() => decoded(page)).toEqual(mine)
})

test('a visit without a link continues the work saved in this browser; a preset over it asks first', async ({
  page,
}) => {
  await openPage(page)
  await page.locator('#f-images-0-name').fill('saved-work')
  await page.locator('#f-images-0-name').blur()
  await expect
    .poll(async () => ((await storedWork(page)) as Config | null)?.images[0]?.name)
    .toBe('saved-work')
  await page.goto('./')
  await expect.poll(() => yamlOf(page)).toContain('\nsaved-work:\n')
  await presetCard(page, 'cached').click()
  await expect(page.getByRole('dialog')).toBeVisible()
})

test.describe('credentials', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('a password in the proxy URL is warned about at the field and left out of the copied link', async ({
    page,
  }) => {
    await openPage(page)
    await openSection(page, 'Proxy')
    const proxy = page.getByLabel('HTTP proxy')
    await proxy.fill('http://builder:S3cr3t-pa55@proxy.example.com:3128')
    const warning = page
      .locator('[data-field="proxy.http"] .mark-warning')
      .filter({ hasText: 'never put in a share link' })
    await expect(warning).toContainText('user name and password in a URL')
    await expect(proxy).toHaveAccessibleDescription(/user name and password in a URL/)

    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.locator('.copy-link-note')).toContainText(
      'Left out because they look like credentials: HTTP proxy',
    )
    await expect(page.getByTestId('live-region')).toContainText('Link copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied.startsWith(new URL('./', page.url()).href)).toBe(true)
    expect(copied).not.toContain('S3cr3t')
    const link = decodeShareFragment(copied)
    expect(link.ok && link.config.proxy.http).toBe('http://proxy.example.com:3128')
    // Nor in the address bar.
    await expect.poll(async () => (await decoded(page))?.proxy.http).toBe('http://proxy.example.com:3128')
    expect(page.url()).not.toContain('S3cr3t')
  })
})
