import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { encodePayloadV1 } from '../src/core/share/payload-v1.ts'
import { choosePreset, openAll, openPage, seedWork, waitForMonaco } from './helpers.ts'

for (const language of ['en', 'ja'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violation (${language}, ${colorScheme})`, async ({ page }) => {
      // Every section, image card and group open: axe reads a long page (30 s is tight on a busy machine).
      test.setTimeout(60_000)
      await openPage(page, { language, colorScheme })
      // Everything visible: the kitchen-sink preset opens most sections; open the rest too.
      await choosePreset(page, 'kitchen-sink')
      await openAll(page)
      await page.locator('[data-section="images"] input').first().fill('')
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

// The share-link notice, the diagnostics panel and the marks at fields, all on screen at once.
for (const [language, colorScheme] of [
  ['en', 'light'],
  ['ja', 'dark'],
] as const) {
  test(`axe finds no serious or critical violation with link notices, checks and marks (${language}, ${colorScheme})`, async ({
    page,
  }) => {
    const work = defaultConfig()
    await seedWork(page, {
      ...work,
      executor: { ...work.executor, tag: 'v1.24.0' },
      proxy: { ...work.proxy, http: 'http://builder:S3cr3t-pa55@proxy.example.com:3128' },
    })
    // A hand-edited link: a notice with what was received and a partial config to offer.
    const edited = `1.${encodePayloadV1(JSON.stringify({ job: { name: 'from-link', stage: '' } }))}`
    await openPage(page, { language, colorScheme, hash: `#${edited}` })
    await expect(page.locator('[data-link-notice="bad"] code')).toBeVisible()
    await expect(page.locator('.checks li[data-code="KC101"]')).toBeVisible()
    await expect(page.locator('[data-field="proxy.http"] .mark-warning').first()).toBeVisible()
    await expect(page.locator('[data-field="executor.tag"] .mark-error')).toBeVisible()
    await page.getByRole('button', { name: language === 'en' ? 'Copy link' : 'リンクをコピー' }).click()
    await expect(page.locator('.copy-link-note')).toBeVisible()
    await waitForMonaco(page)
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
    expect(serious).toEqual([])
  })
}
