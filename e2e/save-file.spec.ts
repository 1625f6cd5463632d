import { readFile } from 'node:fs/promises'
import { expect, type Page, test } from '@playwright/test'
import { openPage, withoutSavePicker } from './helpers.ts'

declare global {
  interface Window {
    __saved?: { options: unknown; written: string; closed: boolean }
  }
}

/** A save picker that records what the page asked for and wrote (or that the user cancels). */
async function stubSavePicker(page: Page, { cancel = false } = {}) {
  await page.addInitScript((cancelled) => {
    const w = window as unknown as { showSaveFilePicker: unknown; __saved?: unknown }
    w.showSaveFilePicker = async (options: { suggestedName: string }) => {
      if (cancelled) throw new DOMException('The user aborted a request.', 'AbortError')
      const saved = { options, written: '', closed: false }
      w.__saved = saved
      return {
        name: options.suggestedName,
        createWritable: async () => ({
          write: async (text: string) => {
            saved.written += text
          },
          close: async () => {
            saved.closed = true
          },
        }),
      }
    }
  }, cancel)
}

test('with the save picker, Download saves .gitlab-ci.yml as YAML with the page’s text', async ({ page }) => {
  await stubSavePicker(page)
  let downloads = 0
  page.on('download', () => downloads++)
  await openPage(page)
  await page.getByRole('button', { name: 'Download .gitlab-ci.yml' }).click()
  await expect.poll(() => page.evaluate(() => window.__saved?.closed)).toBe(true)
  const saved = await page.evaluate(() => window.__saved)
  expect(saved?.options).toEqual({
    suggestedName: '.gitlab-ci.yml',
    types: [{ description: 'YAML', accept: { 'application/yaml': ['.yml', '.yaml'] } }],
  })
  expect(saved?.written).toBe(await page.evaluate(() => window.__kaniko?.getYaml()))
  expect(saved?.written).toContain('/kaniko/executor')
  await expect(page.getByTestId('live-region')).toContainText('Saved as .gitlab-ci.yml.')
  await expect(page.locator('.confirming[data-confirmed]')).toContainText('Saved ✓')
  // Saved under its real name: no rename note, no plain download.
  await expect(page.getByTestId('download-note')).toHaveCount(0)
  expect(downloads).toBe(0)
})

test('a cancelled picker is no error: nothing is said, saved or downloaded', async ({ page }) => {
  await stubSavePicker(page, { cancel: true })
  let downloads = 0
  page.on('download', () => downloads++)
  await openPage(page)
  await page.getByRole('button', { name: 'Download .gitlab-ci.yml' }).click()
  await page.waitForTimeout(500)
  await expect(page.getByTestId('live-region')).toHaveText('')
  await expect(page.locator('.confirming[data-confirmed]')).toHaveCount(0)
  await expect(page.getByTestId('download-note')).toHaveCount(0)
  expect(downloads).toBe(0)
})

for (const language of ['en', 'ja'] as const) {
  test(`without the picker, Download falls back to a download and says visibly to rename it (${language})`, async ({
    page,
  }) => {
    await withoutSavePicker(page)
    await openPage(page, { language })
    expect(await page.evaluate(() => 'showSaveFilePicker' in window)).toBe(false)
    const button = page.getByRole('button', {
      name: language === 'en' ? 'Download .gitlab-ci.yml' : '.gitlab-ci.ymlをダウンロード',
    })
    await expect(page.getByTestId('download-note')).toHaveCount(0)
    const copyLink = page.getByRole('button', { name: language === 'en' ? 'Copy link' : 'リンクをコピー' })
    const before = await copyLink.boundingBox()
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(await readFile(await download.path(), 'utf8')).toBe(
      await page.evaluate(() => window.__kaniko?.getYaml()),
    )
    const note = page.getByTestId('download-note')
    await expect(note).toBeVisible()
    await expect(note).toContainText(
      language === 'en'
        ? 'Rename the downloaded file to .gitlab-ci.yml'
        : '.gitlab-ci.ymlに名前を変更してください',
    )
    // Below the buttons: none of them moves.
    expect(await copyLink.boundingBox()).toEqual(before)
    await expect(button).toHaveAccessibleDescription((await note.textContent()) ?? '')
  })
}
