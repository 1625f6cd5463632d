import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { openPage, waitForMonaco } from './helpers.ts'

for (const language of ['en', 'ja'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violation (${language}, ${colorScheme})`, async ({ page }) => {
      await openPage(page, { language, colorScheme })
      // Everything visible: the kitchen-sink preset opens most sections; open the rest too.
      await page.locator('#preset').selectOption('kitchen-sink')
      for (const toggle of await page.locator('.section-toggle[aria-expanded="false"]').all())
        await toggle.click()
      await page.locator('[data-section="build"] input').first().fill('')
      await expect(page.locator('.field .error').first()).toBeVisible()
      await waitForMonaco(page)
      const results = await new AxeBuilder({ page }).analyze()
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
      expect(serious).toEqual([])
    })
  }
}
