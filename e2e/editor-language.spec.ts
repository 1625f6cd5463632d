import { expect, type Page, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { encodeShareFragment } from '../src/core/share/codec.ts'
import { openPage, waitForMonaco } from './helpers.ts'

/**
 * Where the error marker's squiggle is drawn against the text of its line: Monaco places decorations
 * by the character widths it measured, the browser draws the text in the font it picks.
 */
function markerAgainstText(page: Page) {
  return page.evaluate(() => {
    const squiggle = document.querySelector('#preview .squiggly-error')?.getBoundingClientRect()
    if (!squiggle) return null
    const line = [...document.querySelectorAll('#preview .view-line')].find(
      (l) => Math.abs(l.getBoundingClientRect().top - squiggle.top) < 1,
    )
    const tokens = line ? [...line.querySelectorAll('span > span')] : []
    const first = tokens.find((s) => s.textContent?.trim())?.getBoundingClientRect()
    const last = tokens.at(-1)?.getBoundingClientRect()
    return {
      onItsLine: line !== undefined,
      left: first ? Math.abs(squiggle.left - first.left) : Number.POSITIVE_INFINITY,
      right: last ? Math.abs(squiggle.right - last.right) : Number.POSITIVE_INFINITY,
    }
  })
}

/** Aligned within a pixel and a half: Monaco re-renders a moment after the switch. */
async function expectAligned(page: Page) {
  await expect
    .poll(async () => {
      const drift = await markerAgainstText(page)
      return drift?.onItsLine === true && Math.max(drift.left, drift.right) < 1.5 ? 'aligned' : drift
    })
    .toBe('aligned')
}

test('after a language or theme switch, the markers stay on their text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }
  await openPage(page, { hash: `#${encodeShareFragment(broken).fragment}` })
  // The browser picks its generic monospace font per document language (Japanese pages often get a
  // CJK font with other Latin widths); this font makes that difference on any machine.
  await page.addStyleTag({ content: 'html[lang="ja"] * { font-family: "IPAGothic", monospace !important; }' })
  await waitForMonaco(page)
  await expect(page.locator('#preview .squiggly-error').first()).toBeVisible({ timeout: 15_000 })
  await expectAligned(page)

  await page.getByLabel('Language').selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expectAligned(page)

  await page.emulateMedia({ colorScheme: 'dark' })
  await expectAligned(page)

  await page.getByLabel('言語').selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectAligned(page)
})
