import { expect, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { presetConfig } from '../src/core/config/presets.ts'
import { generate } from '../src/core/generate/index.ts'
import { choosePreset, openPage, yamlOf } from './helpers.ts'

test('a preset loads at once when nothing would be lost, and opens the sections it changes', async ({
  page,
}) => {
  await openPage(page)
  const cache = page.locator('[data-section="cache"] .section-toggle')
  await expect(cache).toHaveAttribute('aria-expanded', 'false')
  await choosePreset(page, 'multi-arch')
  await expect.poll(() => yamlOf(page)).toBe(generate(presetConfig('multi-arch')))
  // The image's multi-architecture switch is its one change.
  await expect(page.locator('[data-section="images"] .section-toggle')).toContainText('1 changed')
  await expect(page.getByRole('dialog')).toBeHidden()
  // Browsing on to the next preset is just as direct: the loaded preset had no edits.
  await choosePreset(page, 'cached')
  await expect.poll(() => yamlOf(page)).toBe(generate(presetConfig('cached')))
  await expect(cache).toHaveAttribute('aria-expanded', 'true')
})

test('a preset over edits asks first: Cancel and Escape keep the edits, confirming loads it', async ({
  page,
}) => {
  await openPage(page)
  await page.locator('#f-images-0-name').fill('container')
  await expect(page.locator('[data-section="images"] .section-toggle')).toContainText('1 changed')
  const presets = page.getByLabel('Start from a preset')

  await presets.selectOption('custom-ca')
  const dialog = page.getByRole('dialog', { name: 'Load the preset “Private CA certificate”?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(presets).toHaveValue('')
  // The select says the form no longer is what it loaded.
  await expect(presets.locator('option:checked')).toHaveText('Defaults (edited)')
  expect(await yamlOf(page)).toContain('\ncontainer:\n')

  await presets.selectOption('custom-ca')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect(await yamlOf(page)).toContain('\ncontainer:\n')

  await presets.selectOption('custom-ca')
  await dialog.getByRole('button', { name: 'Load preset' }).click()
  await expect.poll(() => yamlOf(page)).toBe(generate(presetConfig('custom-ca')))
  await expect(presets).toHaveValue('custom-ca')
  await expect(presets.locator('option:checked')).toHaveText('Private CA certificate')
})

test('Reset asks for confirmation, then restores every default', async ({ page }) => {
  await openPage(page)
  await choosePreset(page, 'kitchen-sink')
  await expect.poll(() => yamlOf(page)).toBe(generate(presetConfig('kitchen-sink')))
  await page.getByRole('button', { name: 'Reset', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset the form?' })
  await expect(dialog).toBeVisible()
  // The dialog is modal and takes the focus; confirming works from the keyboard.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Reset' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect.poll(() => yamlOf(page)).toBe(generate(defaultConfig()))
  await expect(page.locator('.section .badge')).toHaveCount(0)
})
