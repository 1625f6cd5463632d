import { expect, test } from '@playwright/test'
import { fiveImageHash } from '../scripts/bench/five-images.ts'
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

test('a keystroke in one image of five touches neither the other cards nor any other control', async ({
  page,
}) => {
  await openPage(page, { hash: fiveImageHash() })
  await waitForMonaco(page)
  // Several images open the first card only: type into its job name.
  await expect(page.locator('[data-index="0"] .image-card-toggle')).toHaveAttribute('aria-expanded', 'true')
  const field = page.locator('[data-field="images[0].name"] input')
  await field.click()
  await page.keyboard.press('End')
  await page.evaluate(() => {
    const typed = document.activeElement
    const touched: string[] = []
    const redrawn = { lines: 0 }
    Object.assign(window, { __touched: touched, __redrawn: redrawn })
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target
        const element = node instanceof Element ? node : node.parentElement
        if (element?.matches('.view-lines')) redrawn.lines += record.addedNodes.length
        if (!element || element.closest('.monaco-editor')) continue
        const card = element.closest('[data-image-card]')?.getAttribute('data-image-card')
        if (card !== undefined && card !== null && card !== '0')
          touched.push(`card ${card}: ${record.type} ${record.attributeName ?? ''}`)
        else if (element !== typed && element.matches('input, select, textarea'))
          touched.push(`${element.id || element.tagName} ${record.attributeName}`)
      }
    }).observe(document.querySelector('#root') as Element, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    })
  })
  await page.keyboard.type('xyz', { delay: 30 })
  await expect.poll(() => modelOf(page)).toContain('apixyz')
  // Let the diagnostics that follow the paint run too.
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as { __touched: string[] }).__touched)).toEqual([])
  // Monaco redraws the few lines a key changes (the job names and the needs naming them), not the
  // ~40 lines on screen: no edit spans the lines between them, and the schema marks nothing.
  const redrawn = await page.evaluate(() => (window as unknown as { __redrawn: { lines: number } }).__redrawn)
  expect(redrawn.lines).toBeLessThanOrEqual(3 * 8)
  expect(await page.evaluate(() => window.__kaniko?.getMarkers().length)).toBe(0)
})
