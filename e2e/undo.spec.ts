import { expect, type Page, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { presetConfig } from '../src/core/config/presets.ts'
import { generate } from '../src/core/generate/index.ts'
import { encodeShareFragment } from '../src/core/share/codec.ts'
import {
  choosePreset,
  hashOf,
  openPage,
  openSection,
  presetCard,
  storedWork,
  waitForMonaco,
  yamlOf,
} from './helpers.ts'

const DEFAULT_JOB = defaultConfig().images[0]?.name ?? ''
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'
const toast = (page: Page) => page.getByTestId('toast')
const live = (page: Page) => page.getByTestId('live-region')

/** Presses a key with the focus on the page itself, outside any text field. */
async function pressOnPage(page: Page, keys: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press(keys)
}

test('a field’s typing is one step: Ctrl+Z outside the field takes it back, Shift+Ctrl+Z and Ctrl+Y redo it', async ({
  page,
}) => {
  await openPage(page)
  const defaults = generate(defaultConfig())
  // The link follows the committed config once the (lazy) link code runs: wait for it, so that the
  // start is the default config's link and not an address bar the link code has not written yet.
  const startHash = `#${encodeShareFragment(defaultConfig()).fragment}`
  await expect.poll(() => hashOf(page)).toBe(startHash)
  const jobName = page.getByLabel('Job name')
  await jobName.fill('')
  await jobName.pressSequentially('publish')
  await jobName.blur()
  await expect.poll(() => yamlOf(page)).toContain('\npublish:\n')
  await expect.poll(() => hashOf(page)).not.toBe(startHash)

  await pressOnPage(page, `${MOD}+z`)
  await expect(jobName).toHaveValue(DEFAULT_JOB)
  await expect.poll(() => yamlOf(page)).toBe(defaults)
  await expect(toast(page)).toContainText('Undone.')
  await expect(live(page)).toContainText('Undone.')
  // The address bar goes back with it.
  await expect.poll(() => hashOf(page)).toBe(startHash)

  await pressOnPage(page, `Shift+${MOD}+z`)
  await expect(jobName).toHaveValue('publish')
  await expect(toast(page)).toContainText('Redone.')
  await pressOnPage(page, `${MOD}+z`)
  await expect(jobName).toHaveValue(DEFAULT_JOB)
  await pressOnPage(page, 'Control+y')
  await expect(jobName).toHaveValue('publish')
})

test('in the read-only YAML preview Ctrl+Z is the page’s undo', async ({ page }) => {
  await openPage(page)
  const jobName = page.getByLabel('Job name')
  await jobName.fill('publish')
  await jobName.blur()
  await waitForMonaco(page)
  await page.locator('#preview .monaco-editor .view-lines').click()
  await page.keyboard.press(`${MOD}+z`)
  await expect(jobName).toHaveValue(DEFAULT_JOB)
})

test('inside a text field Ctrl+Z stays the browser’s own undo', async ({ page }) => {
  await openPage(page)
  await page.getByLabel('Job name').fill('first')
  await page.getByLabel('Job name').blur()
  const stage = page.getByLabel('Stage', { exact: true })
  await stage.fill('')
  await stage.pressSequentially('ship')
  await page.keyboard.press(`${MOD}+z`)
  // The page's undo would have taken back the committed Job name.
  await expect(page.getByLabel('Job name')).toHaveValue('first')
  await expect(toast(page)).toHaveCount(0)
})

test('a preset confirms on screen with Undo; Undo brings back the form and Redo the preset', async ({
  page,
}) => {
  await openPage(page)
  await choosePreset(page, 'cached')
  await expect(toast(page)).toContainText('Loaded the preset “Layer cache”.')
  await expect(live(page)).toContainText('Loaded the preset “Layer cache”.')
  await toast(page).getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => yamlOf(page)).toBe(generate(defaultConfig()))
  await expect(presetCard(page, '')).toHaveAttribute('aria-pressed', 'true')
  // The same button, now Redo: the focus stays on it.
  const redo = toast(page).getByRole('button', { name: 'Redo' })
  await expect(redo).toBeFocused()
  await redo.click()
  await expect.poll(() => yamlOf(page)).toBe(generate(presetConfig('cached')))
  await expect(presetCard(page, 'cached')).toHaveAttribute('aria-pressed', 'true')
  // The confirmation goes after two seconds once the pointer and focus have left it.
  await page.mouse.move(0, 0)
  await page.locator('h1').click()
  await expect(toast(page)).toHaveCount(0, { timeout: 4000 })
})

test('Reset confirms on screen with Undo, which brings the edits back', async ({ page }) => {
  await openPage(page)
  await page.getByLabel('Job name').fill('mine')
  await page.getByLabel('Job name').blur()
  await page.getByRole('button', { name: 'Reset', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByLabel('Job name')).toHaveValue(DEFAULT_JOB)
  await expect(toast(page)).toContainText('The form was reset to the defaults.')
  await expect(live(page)).toContainText('The form was reset to the defaults.')
  await toast(page).getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByLabel('Job name')).toHaveValue('mine')
})

test('a Fix confirms with Undo, which brings the finding back', async ({ page }) => {
  const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }
  await openPage(page, { hash: `#${encodeShareFragment(broken).fragment}` })
  const checks = page.getByTestId('checks')
  await checks.locator('li[data-code="KC101"]').getByRole('button', { name: 'Use v1.24.0-debug' }).click()
  // At once: the confirmation (and its Undo) shows for two seconds.
  await checks.getByRole('button', { name: 'Undo: Fixed: Executor image without a shell.' }).click()
  await expect(page.getByLabel('Image tag')).toHaveValue('v1.24.0')
  await expect(page.getByTestId('checks-confirmed')).toHaveCount(0)
  await expect(checks.locator('li[data-code="KC101"]')).toBeVisible()
})

test('undo and redo never put a credential-like value into the link or the saved work', async ({ page }) => {
  await openPage(page)
  await openSection(page, 'Proxy')
  await page.getByLabel('The runner sets the proxy').uncheck()
  const http = page.getByLabel('HTTP proxy', { exact: true })
  await http.fill('http://alice:hunter2@proxy.example.com:3128')
  await http.blur()
  await page.getByLabel('No proxy for').fill('localhost')
  await page.getByLabel('No proxy for').blur()
  const seen: string[] = []
  for (const keys of ['z', 'z', 'Shift+z', 'Shift+z', 'z']) {
    await pressOnPage(page, `${MOD}+${keys}`)
    await expect(toast(page)).toBeVisible()
    seen.push(await hashOf(page), JSON.stringify(await storedWork(page)))
  }
  for (const text of seen) expect(text).not.toContain('hunter2')
  await expect(http).toHaveValue('http://alice:hunter2@proxy.example.com:3128')
})
