import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { presetConfig } from '../src/core/config/presets.ts'
import { generate } from '../src/core/generate/index.ts'
import { choosePreset, cliYaml, openPage, openSection, withoutSavePicker, yamlOf } from './helpers.ts'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

// The kitchen-sink preset plus an edit: every block of the generator, and a value typed by hand.
const expected = () => {
  const config = presetConfig('kitchen-sink')
  return { ...config, pipeline: { ...config.pipeline, stage: 'publish' } }
}

async function prepare(page: import('@playwright/test').Page, jobOnly: boolean) {
  await openPage(page)
  await choosePreset(page, 'kitchen-sink')
  await openSection(page, 'Pipeline and triggers')
  await page.locator('#f-pipeline-stage').fill('publish')
  if (jobOnly) await page.getByLabel('Job only').check()
  await expect.poll(() => yamlOf(page)).toBe(generate(expected(), { jobOnly }))
}

for (const jobOnly of [false, true]) {
  test(`Copy YAML gives the CLI's bytes${jobOnly ? ' (job only)' : ''} and is announced`, async ({
    page,
  }) => {
    await prepare(page, jobOnly)
    await page.getByRole('button', { name: 'Copy YAML' }).click()
    await expect(page.getByTestId('live-region')).toContainText('YAML copied to the clipboard.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(cliYaml(expected(), jobOnly))
  })

  test(`Download gives .gitlab-ci.yml with the CLI's bytes${jobOnly ? ' (job only)' : ''}`, async ({
    page,
  }) => {
    // The plain download (browsers without the save picker; the picker: e2e/save-file.spec.ts).
    await withoutSavePicker(page)
    await prepare(page, jobOnly)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .gitlab-ci.yml' }).click(),
    ])
    // The page asks for .gitlab-ci.yml; Chromium drops a leading dot from downloads (hidden files).
    expect(download.suggestedFilename()).toMatch(/^\.?gitlab-ci\.yml$/)
    const path = await download.path()
    expect(await readFile(path, 'utf8')).toBe(cliYaml(expected(), jobOnly))
    await expect(page.getByTestId('live-region')).toContainText('rename it to .gitlab-ci.yml')
  })
}
