import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { choosePreset, openPage, waitForMonaco } from './helpers.ts'

const DIR = 'test-results/screenshots'

/** Each viewport the page is designed for: phone, tablet, the two-pane minimum, desktop. */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
]

for (const language of ['en', 'ja'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of VIEWPORTS) {
      const { width } = viewport
      test(`screenshot ${language} ${colorScheme} ${width}px`, async ({ page }) => {
        await page.setViewportSize(viewport)
        await openPage(page, { language, colorScheme })
        await choosePreset(page, 'multi-arch')
        const twoPanes = await page.evaluate(() => {
          const form = document.querySelector('.form-pane')?.getBoundingClientRect()
          const preview = document.querySelector('#preview')?.getBoundingClientRect()
          return Boolean(form && preview && preview.width > 0 && preview.left >= form.right)
        })
        // Two panes from 1024 px; below, the form and the YAML take turns (the form first).
        expect(twoPanes).toBe(width >= 1024)
        mkdirSync(DIR, { recursive: true })
        const name = `${DIR}/${language}-${colorScheme}-${width}`
        if (!twoPanes) await page.screenshot({ path: `${name}-form.png` })
        await waitForMonaco(page)
        await page.screenshot({ path: twoPanes ? `${name}.png` : `${name}-yaml.png` })
      })
    }
  }
}
