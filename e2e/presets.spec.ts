import { expect, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { PRESET_NAMES, presetConfig } from '../src/core/config/presets.ts'
import { generate } from '../src/core/generate/index.ts'
import { choosePreset, openPage, presetCard, yamlOf } from './helpers.ts'

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
  await presetCard(page, 'custom-ca').click()
  const dialog = page.getByRole('dialog', { name: 'Load the preset “Private CA certificate”?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(presetCard(page, '')).toHaveAttribute('aria-pressed', 'true')
  // The current card says the form no longer is what it loaded.
  await expect(presetCard(page, '').locator('.preset-name')).toHaveText('Defaults (edited)')
  expect(await yamlOf(page)).toContain('\ncontainer:\n')

  await presetCard(page, 'custom-ca').click()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect(await yamlOf(page)).toContain('\ncontainer:\n')

  await presetCard(page, 'custom-ca').click()
  await dialog.getByRole('button', { name: 'Load preset' }).click()
  await expect.poll(() => yamlOf(page)).toBe(generate(presetConfig('custom-ca')))
  await expect(presetCard(page, 'custom-ca')).toHaveAttribute('aria-pressed', 'true')
  await expect(presetCard(page, 'custom-ca').locator('.preset-name')).toHaveText('Private CA certificate')
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

test('every preset is a card with a one-line description, the current one pressed', async ({ page }) => {
  await openPage(page)
  const cards = page.locator('.preset-card')
  await expect(cards).toHaveCount(PRESET_NAMES.length + 1)
  for (const card of await cards.all()) {
    await expect(card.locator('.preset-description')).not.toBeEmpty()
  }
  await expect(page.locator('.preset-card[aria-pressed="true"]')).toHaveCount(1)
  await choosePreset(page, 'matrix')
  await expect(page.locator('.preset-card[aria-pressed="true"]')).toHaveAttribute('data-preset', 'matrix')
  await expect.poll(() => yamlOf(page)).toContain('parallel:\n    matrix:')
})
