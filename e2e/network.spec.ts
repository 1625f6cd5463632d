import { expect, test } from '@playwright/test'
import { choosePreset, openPage, waitForMonaco, withoutSavePicker, yamlOf } from './helpers.ts'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** The origin a request goes to; blob: URLs carry the origin that created them. */
function originOf(url: string): string {
  const parsed = new URL(url)
  return parsed.protocol === 'blob:' ? new URL(parsed.pathname).origin : parsed.origin
}

test('a full session stays on the page’s own origin, with no CSP violation and no console error', async ({
  page,
  context,
  baseURL,
}) => {
  const requests: string[] = []
  context.on('request', (r) => requests.push(r.url()))
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    )
  })

  // A plain download (the save picker would open a dialog).
  await withoutSavePicker(page)
  await openPage(page)
  await waitForMonaco(page)
  await choosePreset(page, 'kitchen-sink')
  await page.locator('#f-images-0-name').fill('image-build')
  await expect.poll(() => yamlOf(page)).toContain('image-build-amd64:')
  await page.getByRole('button', { name: 'Copy YAML' }).click()
  await expect(page.getByTestId('live-region')).toContainText('copied')
  await page.getByLabel('Language').selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  // Hover a key so that the YAML worker answers a request too.
  await page
    .locator('#preview .view-lines span span', { hasText: /^script$/ })
    .first()
    .hover()
  await expect(page.locator('.monaco-hover').filter({ hasText: 'ジョブのコマンド' })).toBeVisible({
    timeout: 15_000,
  })
  // After the hover: the rename note it shows moves the editor down.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '.gitlab-ci.ymlをダウンロード' }).click(),
  ])
  await download.path()

  const own = new URL(baseURL ?? '').origin
  expect(requests.filter((url) => originOf(url) !== own)).toEqual([])
  // The recording is complete: it includes the lazy editor, a worker and the second language.
  expect(requests.some((url) => /\/assets\/MonacoPreview-[\w-]+\.js$/.test(url))).toBe(true)
  expect(requests.some((url) => /\/assets\/yaml\.worker-[\w-]+\.js$/.test(url))).toBe(true)
  expect(requests.some((url) => /\/assets\/catalog-ja-[\w-]+\.js$/.test(url))).toBe(true)
  expect(errors).toEqual([])
})

test('the page ships a Content-Security-Policy that allows only its own origin for code and connections', async ({
  page,
}) => {
  await openPage(page)
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  const directives = Object.fromEntries(
    (csp ?? '').split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values.join(' ')]
    }),
  )
  expect(directives['default-src']).toBe("'none'")
  // No eval of any kind in the page, WebAssembly included: the importer compiles mvdan/sh's
  // WebAssembly in its own worker, which a same-origin script file starts under its own response's
  // policy (this meta CSP is the page's), and import.spec.ts imports a file under this CSP.
  expect(directives['script-src']).toBe("'self'")
  expect(directives['worker-src']).toBe("'self'")
  expect(directives['connect-src']).toBe("'self'")
  expect(directives['style-src']).toBe("'self' 'unsafe-inline'")
  // No inline script in the document: the CSP would block it.
  expect(await page.locator('script:not([src])').count()).toBe(0)
})
