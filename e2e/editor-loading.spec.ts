import { expect, type Request, test } from '@playwright/test'
import { modelOf, waitForMonaco, yamlOf } from './helpers.ts'

/** Monaco's lazy chunk (the editor and monaco-yaml): what a phone visitor should not pay for unasked. */
const isEditorChunk = (request: Request) => /\/assets\/MonacoPreview-[\w-]+\.js$/.test(request.url())
const isYamlWorker = (request: Request) => /\/assets\/yaml\.worker-[\w-]+\.js$/.test(request.url())

test.describe('on a phone (390 × 844, stacked layout)', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('Monaco is requested only once the preview is scrolled into view, and only once', async ({ page }) => {
    const requests: Request[] = []
    page.on('request', (request) => requests.push(request))
    await page.goto('./')
    await expect(page.getByLabel('Job name')).toBeVisible()
    const pre = page.locator('#preview pre')
    await expect(pre).toHaveText(await yamlOf(page))
    // The preview is below the form: off screen.
    expect(await pre.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true)
    // Longer than the idle callback's 1 s timeout: on a wide screen Monaco would have been requested by now.
    await page.waitForTimeout(2500)
    expect(requests.filter(isEditorChunk)).toHaveLength(0)
    expect(requests.filter(isYamlWorker)).toHaveLength(0)
    await expect(page.locator('#preview .preview-body')).toHaveAttribute('data-editor', 'plain')
    expect(await modelOf(page)).toBeUndefined()

    await waitForMonaco(page)
    // Scrolling away and back does not load it again.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.locator('#preview .preview-body').scrollIntoViewIfNeeded()
    await page.waitForTimeout(500)
    expect(requests.filter(isEditorChunk)).toHaveLength(1)
    expect(requests.filter(isYamlWorker)).toHaveLength(1)
  })
})

test('on a two-pane screen Monaco is requested without scrolling, once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  await page.goto('./')
  await expect(page.locator('#preview .preview-body')).toHaveAttribute('data-editor', 'monaco', {
    timeout: 20_000,
  })
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  expect(requests.filter(isEditorChunk)).toHaveLength(1)
})
