import { expect, test } from '@playwright/test'
import { modelOf, openPage, waitForMonaco } from './helpers.ts'

// Issue 15: a keystroke's frame must carry only the work it needs. These guard the work removed
// from it; `npm run bench` measures the time.

test('a keystroke rewrites no form control but the one typed into', async ({ page }) => {
  await openPage(page)
  await waitForMonaco(page)
  // The build section holds only field components (the destinations section, which shares `job` with
  // the job name, still draws its trigger checkboxes inline).
  const field = page.getByLabel('Build context', { exact: true })
  await field.click()
  await page.keyboard.press('End')
  await page.evaluate(() => {
    const typed = document.activeElement
    const touched: string[] = []
    Object.assign(window, { __touched: touched })
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element
        if (target !== typed && target.matches('input, select, textarea'))
          touched.push(`${target.id || target.tagName} ${record.attributeName}`)
      }
    }).observe(document.querySelector('#root form') as Element, { subtree: true, attributes: true })
  })
  await page.keyboard.type('xyz', { delay: 30 })
  await expect.poll(() => modelOf(page)).toContain('xyz')
  // Let the diagnostics that follow the paint run too.
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as { __touched: string[] }).__touched)).toEqual([])
})
