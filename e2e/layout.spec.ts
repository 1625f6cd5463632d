import { expect, type Page, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { encodeShareFragment } from '../src/core/share/codec.ts'
import { choosePreset, type Language, openPage, waitForMonaco } from './helpers.ts'

/** The page is never wider than the window: nothing is cut off at the side. */
const overflow = (page: Page) =>
  page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth)

/** Opens every section and gives every list an item, so every kind of control is on the page. */
async function showEverything(page: Page) {
  const closed = page.locator('.section-toggle[aria-expanded="false"]')
  while ((await closed.count()) > 0) await closed.first().click()
  await choosePreset(page, 'kitchen-sink')
  // Its confirmation lies over the page for two seconds: wait for it to come (it follows the
  // preset's render, later on a busy machine) and go.
  await page.mouse.move(0, 0)
  await expect(page.getByTestId('toast')).toBeVisible()
  await expect(page.getByTestId('toast')).toHaveCount(0, { timeout: 5000 })
}

/**
 * Targets smaller than 44 × 44 px. A checkbox counts its hit area: every point of the 44 × 44 px
 * square around its centre must reach it (or its label, which toggles it). Buttons inside a sentence
 * (a notice's "switch to…") are exempt, as WCAG exempts inline targets.
 */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const small: string[] = []
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    }
    const name = (el: Element) =>
      `${el.tagName} ${el.id || el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 30)}`
    for (const el of document.querySelectorAll('button, select, input[type="text"]')) {
      if (!visible(el) || el.closest('.notice-actions')) continue
      const r = el.getBoundingClientRect()
      const tall = Math.round(r.height) >= 44
      const wide = el.tagName !== 'BUTTON' || Math.round(r.width) >= 44
      if (!tall || !wide) small.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`)
    }
    for (const box of document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (!visible(box)) continue
      box.scrollIntoView({ block: 'center' })
      const r = box.getBoundingClientRect()
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2]
      const misses = [-21, 0, 21].flatMap((dx) =>
        [-21, 0, 21].flatMap((dy) => {
          const hit = document.elementFromPoint(cx + dx, cy + dy)
          const label = hit?.closest('label')
          const reaches = hit === box || (label !== null && label !== undefined && label.control === box)
          return reaches ? [] : [`${dx},${dy}: ${hit ? name(hit) : 'nothing'}`]
        }),
      )
      if (misses.length > 0) small.push(`checkbox ${name(box)} misses ${misses.join('; ')}`)
    }
    return small
  })
}

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

  test('the Form / YAML tabs stay at the top and keep the YAML, with Copy and Download, one tap away', async ({
    page,
  }) => {
    await openPage(page)
    const tabs = page.getByRole('tablist', { name: 'Show' })
    const yamlTab = tabs.getByRole('tab', { name: 'YAML' })
    await expect(tabs.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator('#preview')).toBeHidden()
    // Scrolled down the form, the tabs are still at the top of the screen.
    await page.getByLabel('Image tag').scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, 1500)
    await expect.poll(() => tabs.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(0)

    await yamlTab.click()
    await expect(yamlTab).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator('.form-pane')).toBeHidden()
    await expect(page.getByRole('button', { name: 'Copy YAML' })).toBeInViewport()
    await expect(page.getByRole('button', { name: 'Download .gitlab-ci.yml' })).toBeInViewport()
    // Arrow keys move between the tabs.
    await yamlTab.focus()
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByLabel('Job name')).toBeVisible()
    await expect(tabs.getByRole('tab', { name: 'Form' })).toBeFocused()
  })

  test('the skip link shows the YAML and goes there', async ({ page }) => {
    await openPage(page)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to the generated pipeline' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('#preview')).toBeVisible()
    await expect(page.locator('#preview')).toBeFocused()
  })

  test('going to a finding’s field from the checks (in the YAML view) shows the form', async ({ page }) => {
    const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }
    await openPage(page, { hash: `#${encodeShareFragment(broken).fragment}` })
    await page.getByRole('tab', { name: 'YAML' }).click()
    await page
      .getByTestId('checks')
      .locator('li[data-code="KC101"]')
      .getByRole('button', { name: 'Image tag' })
      .click()
    await expect(page.getByLabel('Image tag')).toBeFocused()
    await expect(page.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true')
  })

  for (const language of ['en', 'ja'] as const) {
    test(`nothing is cut off at the side and every target is at least 44 × 44 px (${language})`, async ({
      page,
    }) => {
      await openPage(page, { language })
      await showEverything(page)
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      expect(await smallTargets(page)).toEqual([])
      await page.locator('#view-yaml').click()
      await waitForMonaco(page)
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      expect(await smallTargets(page)).toEqual([])
    })
  }
})

test.describe('on a tablet (820 × 1180)', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true })

  test('nothing is cut off at the side, in the form or the YAML', async ({ page }) => {
    await openPage(page)
    await showEverything(page)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.locator('#view-yaml').click()
    await waitForMonaco(page)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
  })
})

/** The toolbar's buttons on one row: the same top. */
const toolbarRows = (page: Page) =>
  page
    .locator('.preview-actions > button')
    .evaluateAll((buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size)

for (const language of ['en', 'ja'] as Language[]) {
  test(`at 1024 px the two panes show and the toolbar does not wrap (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 })
    await openPage(page, { language })
    await expect(page.locator('.view-switch')).toBeHidden()
    await expect(page.locator('.form-pane')).toBeVisible()
    await expect(page.locator('#preview')).toBeVisible()
    expect(await toolbarRows(page)).toBe(1)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
  })
}

test.describe('on a phone with JavaScript switched off', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })

  test('both panes show, stacked, without the tabs that could not switch', async ({ page }) => {
    await page.goto('./')
    const english = page.locator('#root > [data-prerendered="en"]')
    await expect(english.locator('.view-switch')).toBeHidden()
    await expect(english.getByLabel('Job name', { exact: true })).toBeVisible()
    await expect(english.locator('#preview pre')).toBeVisible()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
  })
})
