import { expect, type Page, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { presetConfig } from '../src/core/config/presets.ts'
import type { Config } from '../src/core/config/schema.ts'
import { diagnose } from '../src/core/diagnostics/index.ts'
import { en } from '../src/core/diagnostics/messages/en.ts'
import { ja } from '../src/core/diagnostics/messages/ja.ts'
import { generate } from '../src/core/generate/index.ts'
import { encodeShareFragment } from '../src/core/share/codec.ts'
import { pageFindings } from '../src/ui/checks/page-findings.ts'
import { openPage, openSection, waitForMonaco, yamlOf } from './helpers.ts'

const panel = (page: Page) => page.getByTestId('checks')

/** The panel header's counts for a config, as the engine finds them (less what the page shows elsewhere). */
function counts(config: Config): string {
  const n = (severity: string) => pageFindings(diagnose(config)).filter((f) => f.severity === severity).length
  const word = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`)
  return `(${word(n('error'), 'error', 'errors')}, ${word(n('warning'), 'warning', 'warnings')}, ${word(n('info'), 'tip', 'tips')})`
}

interface Marker {
  code: string | { value: string }
  severity: number
  startLineNumber: number
  message: string
}
const ourMarkers = (page: Page) =>
  page.evaluate(() => (window.__kaniko?.getMarkers('kanikoconfig') ?? []) as Marker[])

test('findings appear while typing: counts, a mark at the field, a marker on the YAML line; Fix removes them', async ({
  page,
}) => {
  await openPage(page)
  await waitForMonaco(page)
  await expect(panel(page).locator('.checks-counts')).toHaveText(counts(defaultConfig()))
  // The schema's markers stay monaco-yaml's own.
  expect(await page.evaluate(() => window.__kaniko?.getMarkers())).toEqual([])

  const tag = page.getByLabel('Image tag')
  await tag.fill('v1.24.0')
  const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }
  await expect(panel(page).locator('.checks-counts')).toHaveText(counts(broken))
  expect(counts(broken)).toContain('1 error')

  // At the field: severity-styled, and part of the input's description.
  const mark = page.locator('[data-field="executor.tag"] .mark-error')
  await expect(mark).toContainText('Executor image without a shell')
  await expect(tag).toHaveAccessibleDescription(/Error: Executor image without a shell/)

  // On the YAML line that names the image.
  const line =
    generate(broken)
      .split('\n')
      .findIndex((l) => l.includes('executor:v1.24.0')) + 1
  expect(line).toBeGreaterThan(0)
  await expect
    .poll(async () => (await ourMarkers(page)).map((m) => [m.code, m.severity, m.startLineNumber]))
    .toContainEqual(['KC101', 8, line])

  // The error opened the panel by itself.
  await expect(panel(page).locator('.checks-toggle')).toHaveAttribute('aria-expanded', 'true')
  const finding = panel(page).locator('li[data-code="KC101"]')
  await expect(finding).toContainText('Executor image without a shell')
  await finding.getByRole('button', { name: 'Use v1.24.0-debug' }).click()
  await expect(finding).toHaveCount(0)
  await expect(tag).toHaveValue('v1.24.0-debug')
  await expect(page.getByTestId('live-region')).toContainText('Fixed: Executor image without a shell.')
  await expect(mark).toHaveCount(0)
  await expect(panel(page).locator('.checks-counts')).toHaveText(counts(defaultConfig()))
  await expect.poll(async () => (await ourMarkers(page)).map((m) => m.code)).not.toContain('KC101')
  expect(await yamlOf(page)).toBe(generate(defaultConfig()))
})

test('a finding’s field opens its section and takes the focus; the panel speaks Japanese', async ({
  page,
}) => {
  const config = presetConfig('behind-proxy')
  await openPage(page, {
    language: 'ja',
    hash: `#${encodeShareFragment({ ...config, proxy: { ...config.proxy, jobVariables: false } }).fragment}`,
  })
  // A warning opens the panel at once.
  await expect(panel(page).locator('.checks-toggle')).toHaveAttribute('aria-expanded', 'true')
  await expect(panel(page).locator('.checks-counts')).toHaveText('(エラー0件、警告1件、ヒント0件)')
  const proxy = page.locator('[data-section="proxy"] .section-toggle')
  await proxy.click()
  await expect(proxy).toHaveAttribute('aria-expanded', 'false')

  await panel(page)
    .locator('li[data-code="KC301"]')
    .getByRole('button', { name: 'ジョブの変数として設定', exact: true })
    .click()
  await expect(proxy).toHaveAttribute('aria-expanded', 'true')
  await expect(page.locator('#f-proxy-jobVariables')).toBeFocused()
})

test('Fix waits while a field holds invalid input, so a fix never throws typing away', async ({ page }) => {
  const config = defaultConfig()
  await openPage(page, {
    hash: `#${encodeShareFragment({ ...config, advanced: { ...config.advanced, cleanup: true } }).fragment}`,
  })
  await panel(page).locator('.checks-toggle').click()
  const fix = panel(page).locator('li[data-code="KC604"]').getByRole('button', { name: 'Turn --cleanup off' })
  await expect(fix).toBeEnabled()

  const jobName = page.locator('#f-images-0-name')
  await jobName.fill('')
  await expect(fix).toBeDisabled()
  await expect(panel(page).locator('.checks-blocked')).toContainText(
    'Correct the fields marked invalid first',
  )

  await jobName.fill('build-image')
  await expect(fix).toBeEnabled()
  await expect.poll(() => yamlOf(page)).toContain('--cleanup')
  await fix.click()
  // The fix kept what was typed meanwhile.
  await expect.poll(() => yamlOf(page)).toContain('build-image:')
  await expect.poll(() => yamlOf(page)).not.toContain('--cleanup')
})

test('turning TLS checks back on leads to the CA certificate, which $CI_REGISTRY may need', async ({
  page,
}) => {
  const config = defaultConfig()
  const skipped = { ...config, advanced: { ...config.advanced, skipTlsVerifyRegistries: ['${CI_REGISTRY}'] } }
  await openPage(page, { hash: `#${encodeShareFragment(skipped).fragment}` })
  // KC320 names $CI_REGISTRY while its certificate is not checked.
  await panel(page)
    .locator('li[data-code="KC320"]')
    .getByText('TLS verification is turned off for $CI_REGISTRY', { exact: false })
    .waitFor()
  const certificates = page.locator('[data-section="certificates"] .section-toggle')
  await expect(certificates).toHaveAttribute('aria-expanded', 'false')

  await panel(page)
    .locator('li[data-code="KC330"]')
    .getByRole('button', { name: 'Turn certificate checks back on, then add the CA' })
    .click()
  await expect(panel(page).locator('li[data-code="KC330"]')).toHaveCount(0)
  await expect(certificates).toHaveAttribute('aria-expanded', 'true')
  await expect(page.locator('#f-certificates-enabled')).toBeFocused()
})

test('the panel opens by itself for a new error, not for warnings, and stays closed once closed', async ({
  page,
}) => {
  const severities = (config: Config) => pageFindings(diagnose(config)).map((f) => f.severity)
  const withTag = (tag: string) => ({ ...defaultConfig(), executor: { ...defaultConfig().executor, tag } })
  // What the steps below rely on, from the engine itself.
  expect(severities(defaultConfig())).not.toContain('warning')
  expect(severities(withTag('debug'))).toContain('warning')
  expect(severities(withTag('debug'))).not.toContain('error')
  expect(severities(withTag('v1.24.0'))).toContain('error')

  await openPage(page)
  const toggle = panel(page).locator('.checks-toggle')
  await expect(panel(page).locator('.checks-counts')).toHaveText(counts(defaultConfig()))
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')

  const tag = page.getByLabel('Image tag')
  await tag.fill('debug')
  await expect(panel(page).locator('.checks-counts')).toHaveText(counts(withTag('debug')))
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  // Counts in their severity's colour; none (zero) stay muted.
  const colour = (severity: string) =>
    panel(page)
      .locator(`.checks-count-${severity}`)
      .evaluate((e) => getComputedStyle(e).color)
  const muted = await colour('error')
  expect(await colour('warning')).not.toBe(muted)

  await tag.fill('v1.24.0')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  expect(await colour('error')).not.toBe(muted)
  expect(await colour('error')).not.toBe(await colour('warning'))

  // Closed by the user: the same error does not open it again.
  await toggle.click()
  await page.locator('#f-images-0-name').fill('image-build')
  await expect.poll(() => yamlOf(page)).toContain('image-build:')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')

  // A new error does.
  await page.getByLabel('Override the entrypoint').uncheck()
  await expect(panel(page).locator('li[data-code="KC102"]')).toBeAttached()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
})

test('a finding’s Fix at its field: same fix as the panel’s, waits while the draft is invalid, confirms on screen', async ({
  page,
}) => {
  const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }
  await openPage(page, { hash: `#${encodeShareFragment(broken).fragment}` })
  const shell = page.locator('[data-field="executor.tag"]')
  const fix = shell.locator('.mark-error').getByRole('button', { name: 'Use v1.24.0-debug' })
  await expect(fix).toBeEnabled()

  // Invalid input elsewhere: the fix waits, as the panel's does.
  const jobName = page.locator('#f-images-0-name')
  await openSection(page, 'Images')
  await jobName.fill('')
  await expect(fix).toBeDisabled()
  await expect(fix).toHaveAccessibleDescription(/Correct the fields marked invalid first/)
  await jobName.fill('image-build')
  await expect(fix).toBeEnabled()

  await fix.click()
  const tag = page.getByLabel('Image tag')
  await expect(tag).toHaveValue('v1.24.0-debug')
  await expect(shell.locator('.mark-error')).toHaveCount(0)
  await expect(shell.locator('.mark-confirmed')).toHaveText('✓ Fixed: Executor image without a shell.')
  await expect(page.getByTestId('live-region')).toContainText('Fixed: Executor image without a shell.')
  // The button went away with its mark: the focus is on the field it fixed.
  await expect(tag).toBeFocused()
  // The typing done meanwhile is kept.
  await expect.poll(() => yamlOf(page)).toContain('image-build:')
  await expect.poll(() => yamlOf(page)).toContain('executor:v1.24.0-debug')
  await expect(shell.locator('.mark-confirmed')).toHaveCount(0, { timeout: 3000 })
})

test('the findings speak the page’s language: only its texts are downloaded, the other language’s on a switch', async ({
  page,
}) => {
  const origin = new URL(test.info().project.use.baseURL ?? 'http://localhost').origin
  const hosts = new Set<string>()
  // Which JS carried which language's findings texts (a title only that catalog has).
  const carried: string[] = []
  page.on('request', (request) => hosts.add(new URL(request.url()).origin))
  page.on('response', async (response) => {
    if (!/\.m?js$/.test(new URL(response.url()).pathname)) return
    const body = await response.text().catch(() => '')
    if (body.includes(en.KC101.title)) carried.push('en')
    if (body.includes(ja.KC101.title)) carried.push('ja')
  })
  const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }
  const params = { image: 'gcr.io/kaniko-project/executor:v1.24.0', tag: 'v1.24.0-debug' }
  await openPage(page, { hash: `#${encodeShareFragment(broken).fragment}` })
  await waitForMonaco(page)
  const finding = panel(page).locator('li[data-code="KC101"]')
  await expect(finding).toContainText(en.KC101.title)
  const markerMessages = async () =>
    (await ourMarkers(page)).filter((m) => m.code === 'KC101').map((m) => m.message)
  await expect.poll(markerMessages).toEqual([`${en.KC101.title}: ${en.KC101.message(params)}`])
  await expect.poll(() => carried).toEqual(['en'])

  await page.getByLabel('Language').selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  // Panel, the mark at the field and the YAML line's marker all re-render in Japanese.
  await expect(finding.locator('.checks-title strong')).toHaveText(ja.KC101.title)
  await expect(finding).toContainText(ja.KC101.message(params))
  await expect(finding.getByRole('button', { name: ja.KC101.fix?.(params) ?? '' })).toBeVisible()
  await expect(page.locator('[data-field="executor.tag"] .mark-error')).toContainText(ja.KC101.title)
  await expect.poll(markerMessages).toEqual([`${ja.KC101.title}: ${ja.KC101.message(params)}`])
  await expect.poll(() => carried).toEqual(['en', 'ja'])

  // Fix announces itself in Japanese too.
  await finding.getByRole('button', { name: ja.KC101.fix?.(params) ?? '' }).click()
  await expect(page.getByTestId('live-region')).toContainText(ja.KC101.title)
  expect([...hosts]).toEqual([origin])
})

test('a Japanese page shows its findings in Japanese from the first, never English', async ({ page }) => {
  // Every title the panel ever shows, from the page's first script on.
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __checkTitles: seen })
    new MutationObserver(() => {
      for (const title of document.querySelectorAll('[data-testid="checks"] .checks-title strong')) {
        const text = title.textContent ?? ''
        if (!seen.includes(text)) seen.push(text)
      }
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  const broken = { ...defaultConfig(), executor: { ...defaultConfig().executor, tag: 'v1.24.0' } }
  await openPage(page, { language: 'ja', hash: `#${encodeShareFragment(broken).fragment}` })
  await expect(panel(page).locator('li[data-code="KC101"] .checks-title strong')).toHaveText(ja.KC101.title)
  const seen = await page.evaluate(() => (window as unknown as { __checkTitles: string[] }).__checkTitles)
  expect(seen).toContain(ja.KC101.title)
  expect(seen.filter((title) => Object.values(en).some((entry) => entry.title === title))).toEqual([])
})
