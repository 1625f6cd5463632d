import { expect, type Locator, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { encodeShareFragment } from '../src/core/share/codec.ts'
import { openPage, withoutSavePicker } from './helpers.ts'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** What the eye sees on the button: the label or its confirmation, whichever is opaque. */
async function shownText(button: Locator): Promise<string> {
  return button.evaluate((b) =>
    [...b.querySelectorAll('.confirming > span')]
      .filter((s) => getComputedStyle(s).opacity === '1')
      .map((s) => s.textContent)
      .join(''),
  )
}

async function expectConfirmation(button: Locator, label: string, done: string) {
  const before = await button.boundingBox()
  await button.click()
  await expect.poll(() => shownText(button)).toBe(done)
  // The action's words stay its accessible name; the toolbar does not move.
  await expect(button).toHaveAccessibleName(label)
  expect((await button.boundingBox())?.width).toBe(before?.width)
  expect((await button.boundingBox())?.x).toBe(before?.x)
  // Then (after CONFIRMATION_MS) it reads as the action again.
  await expect.poll(() => shownText(button), { timeout: 4000 }).toBe(label)
}

test('Copy YAML, Copy link and Download confirm on the button for two seconds and in the live region', async ({
  page,
}) => {
  await withoutSavePicker(page)
  await openPage(page)
  const copy = page.getByRole('button', { name: 'Copy YAML' })
  expect(await shownText(copy)).toBe('Copy YAML')
  await expectConfirmation(copy, 'Copy YAML', 'Copied ✓')
  await expect(page.getByTestId('live-region')).toContainText('YAML copied to the clipboard.')

  await expectConfirmation(page.getByRole('button', { name: 'Copy link' }), 'Copy link', 'Copied ✓')
  await expect(page.getByTestId('live-region')).toContainText('Link copied')

  const download = page.getByRole('button', { name: 'Download .gitlab-ci.yml' })
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    expectConfirmation(download, 'Download .gitlab-ci.yml', 'Downloaded ✓'),
  ])
  await file.path()
})

test('the confirmations speak Japanese', async ({ page }) => {
  await openPage(page, { language: 'ja' })
  const copy = page.getByRole('button', { name: 'YAMLをコピー' })
  await copy.click()
  await expect.poll(() => shownText(copy)).toBe('コピー済み ✓')
  await expect(page.getByTestId('live-region')).toContainText('YAMLをクリップボードにコピーしました。')
})

test('a Fix confirms on screen though its finding goes away', async ({ page }) => {
  const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }
  await openPage(page, { hash: `#${encodeShareFragment(broken).fragment}` })
  const checks = page.getByTestId('checks')
  await expect(checks.locator('.checks-toggle')).toHaveAttribute('aria-expanded', 'true')
  await checks.locator('li[data-code="KC101"]').getByRole('button', { name: 'Use v1.24.0-debug' }).click()
  await expect(page.getByTestId('checks-confirmed')).toHaveText('✓ Fixed: Executor image without a shell.')
  await expect(page.getByTestId('live-region')).toContainText('Fixed: Executor image without a shell.')
  await expect(page.getByTestId('checks-confirmed')).toHaveCount(0, { timeout: 3000 })
})
