import { expect, test } from '@playwright/test'
import { IMAGE_FIELDS, SECTION_FIELDS, SECTION_IDS } from '../src/ui/state/sections.ts'
import { choosePreset, openAll, openPage } from './helpers.ts'

test('every field of the config has a labelled control on the page', async ({ page }) => {
  await openPage(page)
  const seen = new Set<string>()
  const collect = async () => {
    await openAll(page)
    for (const field of await page
      .locator('[data-field]')
      .evaluateAll((n) => n.map((e) => e.getAttribute('data-field')))) {
      if (field) seen.add(field)
    }
  }
  // Some fields only show when they apply: visit the states that show each of them.
  await choosePreset(page, 'kitchen-sink')
  await collect()
  await page.getByLabel('Image source').selectOption('custom')
  await page.locator('#f-certificates-source').selectOption('pem')
  await collect()
  await page.locator('#f-certificates-source').selectOption('base64-variable')
  await collect()
  await page.locator('#f-certificates-source').selectOption('path')
  await page.locator('#f-pipeline-layout').selectOption('extends')
  await page.getByLabel('Release by retagging').check()
  await page.locator('#f-pipeline-triggers-on').getByLabel('Pipelines for the branches below').check()
  await page.locator('#f-registries-dockerAuthConfig-source').selectOption('variable')
  await page.locator('#f-pipeline-job-retryMax').selectOption('1')
  await collect()
  const missing = [
    ...SECTION_IDS.flatMap((id) => SECTION_FIELDS[id]),
    ...IMAGE_FIELDS.map((f) => `images[0].${f}`),
  ].filter((f) => !seen.has(f))
  expect(missing).toEqual([])
  // Every form control has an accessible name.
  const unnamed = await page
    .locator('.form input, .form select, .form textarea, .form button')
    .evaluateAll((nodes) =>
      nodes
        .filter(
          (n) =>
            !(n as HTMLInputElement).labels?.length &&
            !n.getAttribute('aria-label') &&
            !n.textContent?.trim(),
        )
        .map((n) => n.outerHTML.slice(0, 80)),
    )
  expect(unnamed).toEqual([])
})
