import { expect, type Request, test } from '@playwright/test'
import { modelOf, waitForMonaco, yamlOf } from './helpers.ts'

/** Monaco's lazy chunk (the editor and monaco-yaml): what a phone visitor should not pay for unasked. */
const isEditorChunk = (request: Request) => /\/assets\/MonacoPreview-[\w-]+\.js$/.test(request.url())
const isYamlWorker = (request: Request) => /\/assets\/yaml\.worker-[\w-]+\.js$/.test(request.url())

test.describe('on a phone (390 × 844, the form and the YAML behind tabs)', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('Monaco is requested only once the YAML tab is shown, and only once', async ({ page }) => {
    const requests: Request[] = []
    page.on('request', (request) => requests.push(request))
    await page.goto('./')
    await expect(page.locator('#f-images-0-name')).toBeVisible()
    const pre = page.locator('#preview pre')
    await expect(pre).toHaveText(await yamlOf(page))
    // The form is shown; the YAML waits behind its tab.
    await expect(pre).toBeHidden()
    // Longer than the idle callback's 1 s timeout: on a wide screen Monaco would have been requested by now.
    await page.waitForTimeout(2500)
    expect(requests.filter(isEditorChunk)).toHaveLength(0)
    expect(requests.filter(isYamlWorker)).toHaveLength(0)
    await expect(page.locator('#preview .preview-body')).toHaveAttribute('data-editor', 'plain')
    expect(await modelOf(page)).toBeUndefined()

    await page.getByRole('tab', { name: 'YAML' }).click()
    await waitForMonaco(page)
    // Going back to the form and to the YAML again does not load it again.
    await page.getByRole('tab', { name: 'Form' }).click()
    await expect(page.getByLabel('Job name')).toBeVisible()
    await page.getByRole('tab', { name: 'YAML' }).click()
    await expect(page.locator('#preview .monaco-editor')).toBeVisible()
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

/** Pixels a codicon character draws in the page's codicon font (Monaco's @font-face, loaded by then). */
const inkOf = (page: import('@playwright/test').Page, character: number) =>
  page.evaluate(async (code) => {
    await document.fonts.load('16px codicon', String.fromCodePoint(code))
    const canvas = document.createElement('canvas')
    canvas.width = 32
    canvas.height = 32
    const context = canvas.getContext('2d') as CanvasRenderingContext2D
    context.font = '16px codicon'
    context.fillText(String.fromCodePoint(code), 4, 24)
    return context.getImageData(0, 0, 32, 32).data.filter((value, i) => i % 4 === 3 && value > 0).length
  }, character)

test('the codicon font keeps the glyphs the preview shows and drops the others', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('./')
  await waitForMonaco(page)
  // The folding chevrons (Monaco draws them on hover of the line numbers), a marker hover's status icons.
  for (const shown of [0xeab4, 0xeab6, 0xea6c, 0xea87, 0xea74])
    expect(await inkOf(page, shown), shown.toString(16)).toBeGreaterThan(0)
  // Codicons no part of the preview uses: GitHub's logo, the debugger's play button, the terminal.
  for (const dropped of [0xea84, 0xead3, 0xea85])
    expect(await inkOf(page, dropped), dropped.toString(16)).toBe(0)
})

test('keys that open a quick pick in a full Monaco do nothing in the preview, without errors', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('./')
  await waitForMonaco(page)
  await page.locator('#preview .monaco-editor .view-lines').click()
  for (const key of [
    'F1',
    'Control+Shift+P',
    'Control+G',
    'Control+Shift+O',
    'Control+P',
    'Control+F',
    'Alt+F8',
  ])
    await page.keyboard.press(key)
  await page.waitForTimeout(300)
  expect(errors).toEqual([])
  await expect(page.locator('.quick-input-widget')).toHaveCount(0)
})

test('a marker’s hover shows the finding with a working copy button, without errors', async ({
  page,
  context,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('./')
  await waitForMonaco(page)
  // An executor image without a shell: an error marker on the YAML line of the image.
  await page.getByLabel('Image tag').fill('v1.24.0')
  const squiggle = page.locator('#preview .monaco-editor .squiggly-error').first()
  await expect(squiggle).toBeVisible({ timeout: 15_000 })
  // The text lies above the decoration and takes the pointer: move there rather than hover() it.
  const box = await squiggle.boundingBox()
  if (!box) throw new Error('the squiggle has no layout box')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Executor image without a shell' })
  await expect(hover).toBeVisible({ timeout: 15_000 })
  const copy = page
    .locator('.hover-row-with-copy')
    .filter({ hasText: 'Executor image without a shell' })
    .getByRole('button', { name: 'Copy' })
  // Its icon is a codicon (kept in the font subset).
  await expect(copy).toHaveClass(/codicon-copy/)
  await copy.click()
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('Executor image without a shell')
  expect(errors).toEqual([])
})
