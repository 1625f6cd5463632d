import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { choosePreset, openPage, waitForMonaco } from './helpers.ts'

const DIR = 'test-results/screenshots'

for (const language of ['en', 'ja'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [600, 1280]) {
      test(`screenshot ${language} ${colorScheme} ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 })
        await openPage(page, { language, colorScheme })
        await choosePreset(page, 'multi-arch')
        await waitForMonaco(page)
        const twoPanes = await page.evaluate(() => {
          const form = document.querySelector('.form-pane')?.getBoundingClientRect()
          const preview = document.querySelector('#preview')?.getBoundingClientRect()
          return Boolean(form && preview && preview.left >= form.right)
        })
        // Two panes from 1024 px, stacked below.
        expect(twoPanes).toBe(width >= 1024)
        mkdirSync(DIR, { recursive: true })
        await page.screenshot({ path: `${DIR}/${language}-${colorScheme}-${width}.png` })
      })
    }
  }
}
