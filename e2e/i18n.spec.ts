import { expect, type Page, test } from '@playwright/test'
import { choosePreset, openAll, openPage, openSection, waitForMonaco } from './helpers.ts'

/** Every text a user reads in the form: labels, legends, help, buttons, options. */
async function formTexts(page: Page): Promise<string[]> {
  return (
    page
      .locator('.form label, .form legend, .form .help, .form button, .form option, .preview-bar, .header')
      // biome-ignore lint/performance/useDomNodeTextContent: only rendered text counts here, as a user reads it
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText.trim()).filter(Boolean))
  )
}

async function openEverything(page: Page) {
  await choosePreset(page, 'kitchen-sink')
  await openAll(page)
}

test('the initial language follows the browser, and the header switch changes every text', async ({
  page,
}) => {
  await openPage(page, { language: 'ja' })
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.locator('[data-section="pipeline"] .section-toggle')).toContainText(
    'パイプラインと実行条件',
  )
  await expect(page.getByLabel('イメージの提供元')).toBeVisible()
  await expect(page.getByRole('button', { name: 'YAMLをコピー' })).toBeVisible()

  await page.getByLabel('言語').selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByLabel('Image source')).toBeVisible()
  await expect(page.locator('[data-section="pipeline"] .section-toggle')).toContainText(
    'Pipeline and triggers',
  )

  // The choice is remembered over the browser's preference.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('Japanese shows no message keys, no unfilled placeholders and no English leftovers', async ({
  page,
}) => {
  await openPage(page, { language: 'en' })
  await openEverything(page)
  const english = new Set(await formTexts(page))

  await page.getByLabel('Language').selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  const japanese = await formTexts(page)
  // biome-ignore lint/performance/useDomNodeTextContent: only rendered text counts here, as a user reads it
  const body = await page.locator('body').innerText()
  expect(body).not.toMatch(
    /\b(app|notice|preset|confirm|section|list|field|option|preview|schema)\.[a-z][\w-]*\.?/,
  )
  expect(body).not.toMatch(/(?<!\$)\{[a-z]\w*\}/)
  // Texts that are the same in both languages on purpose: names, values and symbols.
  const universal = /^(kanikoconfig|Dockerfile|English|日本語|[↑↓×]|linux\/\w+(\/v\d)?|[a-z0-9_-]+|\+ .*|)$/
  const leftovers = japanese.filter((text) => english.has(text) && !universal.test(text))
  expect(leftovers).toEqual([])
  expect(japanese.length).toBeGreaterThan(150)
})

test('validation messages are in the page’s language', async ({ page }) => {
  await openPage(page, { language: 'ja' })
  await page.getByLabel('ステージ', { exact: true }).fill('')
  await expect(page.locator('#f-pipeline-stage-error')).toHaveText('入力してください')
  await expect(page.locator('#preview .stale')).toContainText('1件の項目を修正してください')
})

test('hovering a key in the Monaco preview explains it in the current language', async ({ page }) => {
  await openPage(page, { language: 'ja' })
  await waitForMonaco(page)
  const key = page.locator('#preview .view-lines span span', { hasText: /^script$/ }).first()
  await key.hover()
  await expect(page.locator('.monaco-hover').filter({ hasText: 'ジョブのコマンド' })).toBeVisible({
    timeout: 15_000,
  })

  await page.mouse.move(0, 0)
  await page.getByLabel('言語').selectOption('en')
  await openSection(page, 'Images')
  await key.hover()
  await expect(page.locator('.monaco-hover').filter({ hasText: 'The commands of the job' })).toBeVisible({
    timeout: 15_000,
  })
})
