import { expect, type Page, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { encodeShareFragment } from '../src/core/share/codec.ts'
import { type Language, openSection, seedWork, withImage, yamlOf } from './helpers.ts'

const DEFAULT_JOB = defaultConfig().images[0]?.name ?? ''

/** Console errors and page errors (a hydration mismatch is reported as one). */
function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

/**
 * Records, at every frame from the first, the job-name values on screen, and marks the form element
 * present when the HTML is parsed (before any module script runs).
 */
async function watchFrames(page: Page, language: Language = 'en'): Promise<void> {
  await page.addInitScript((lang) => {
    Object.defineProperty(navigator, 'languages', { get: () => [lang === 'ja' ? 'ja-JP' : 'en-US'] })
    const seen: string[] = []
    ;(window as unknown as { __seen: string[] }).__seen = seen
    const frame = () => {
      for (const input of document.querySelectorAll<HTMLInputElement>('[data-field="images[0].name"] input'))
        if (input.getClientRects().length > 0 && seen.at(-1) !== input.value) seen.push(input.value)
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return
      const form = document.querySelector(`#root > [data-prerendered="${lang}"] form`)
      if (form) form.setAttribute('data-test-parsed', '')
      // Trees in the parsed document, before any module script: only the shown language's.
      document.documentElement.dataset.testTrees = String(document.querySelectorAll('#root > *').length)
    })
  }, language)
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)

for (const language of ['en', 'ja'] as const) {
  test(`the default page arrives prerendered in ${language} and is hydrated, not rendered again`, async ({
    page,
  }) => {
    const errors = collectErrors(page)
    await watchFrames(page, language)
    await page.goto('./')
    const form = page.locator('#root form')
    await expect(form).toHaveAttribute('data-test-parsed', '')
    expect(await page.locator('html').getAttribute('data-test-trees')).toBe('1')
    // Hydrated: React took over the parsed elements (the attribute survives) and handles input.
    await page.locator('[data-field="images[0].name"] input').fill('published')
    await expect.poll(() => yamlOf(page)).toContain('\npublished:\n')
    await expect(form).toHaveAttribute('data-test-parsed', '')
    expect(await page.locator('html').getAttribute('lang')).toBe(language)
    expect(await page.locator('#root > *').count()).toBe(1)
    expect(await page.locator('#root [data-prerendered]').count()).toBe(0)
    expect(errors).toEqual([])
  })
}

test('without its JavaScript the page still shows the form and the plain preview', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort())
  await page.goto('./')
  // Both languages are in the HTML; boot.js keeps the visitor's and drops the other while parsing.
  const english = page.locator('#root > [data-prerendered="en"]')
  await expect(english).toBeVisible()
  await expect(page.locator('#root > [data-prerendered="ja"]')).toHaveCount(0)
  await expect(english.locator('#f-images-0-name')).toHaveValue(DEFAULT_JOB)
  await expect(english.locator('#preview pre')).toContainText(`${DEFAULT_JOB}:`)
})

test('saved work opens without a frame of the prerendered defaults', async ({ page }) => {
  const work = defaultConfig()
  await seedWork(page, withImage(work, { name: 'saved-job' }))
  await watchFrames(page)
  await page.goto('./')
  await expect(page.locator('#f-images-0-name')).toHaveValue('saved-job')
  await page.waitForTimeout(300)
  expect(await seen(page)).toEqual(['saved-job'])
})

test('a link opens without a frame of the prerendered defaults', async ({ page }) => {
  const work = defaultConfig()
  const link = encodeShareFragment(withImage(work, { name: 'linked-job' })).fragment
  await watchFrames(page)
  await page.goto(`./#${link}`)
  await expect(page.locator('#f-images-0-name')).toHaveValue('linked-job')
  await page.waitForTimeout(300)
  expect(await seen(page)).toEqual(['linked-job'])
})

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false })

  test('the English page shows the default form and pipeline', async ({ page }) => {
    await page.goto('./')
    const english = page.locator('#root > [data-prerendered="en"]')
    await expect(english).toBeVisible()
    await expect(page.locator('#root > [data-prerendered="ja"]')).toBeHidden()
    await expect(english.locator('#f-images-0-name')).toHaveValue(DEFAULT_JOB)
    await expect(english.locator('#preview pre')).toContainText(`${DEFAULT_JOB}:`)
  })
})

test('what is typed, picked or ticked in the prerendered form before hydration reaches the pipeline', async ({
  page,
}) => {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  // The entry chunk is held back: the page is the prerendered HTML only.
  await page.route('**/assets/index-*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('./', { waitUntil: 'commit' })
  const name = page.locator('#f-images-0-name')
  await name.fill('early-bird')
  const jobOnly = page.locator('#job-only')
  await jobOnly.check()
  release()
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('kanikoconfig:interactive').length))
    .toBe(1)
  await expect.poll(() => yamlOf(page)).toContain('early-bird:')
  // Job only: no header, no stages block.
  expect(await yamlOf(page)).not.toContain('stages:')
  await expect(name).toHaveValue('early-bird')
  await expect(jobOnly).toBeChecked()
})

test('the default page asks for its messages first and for the generator only once it is hydrated', async ({
  page,
}) => {
  await page.goto('./')
  await expect.poll(() => yamlOf(page)).toContain(`${DEFAULT_JOB}:`)
  // The generator arrives after the hydration; wait until it has been requested.
  const generatorRequested = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/generate-/.test(r.name)))
  await expect.poll(generatorRequested).toBe(true)
  // What index.html itself loads (the preload helper adds links to <head> later).
  const html = await (await page.request.get('./')).text()
  const inHtml = new Set(
    [...html.matchAll(/(?:src|href)="\.\/(assets\/[\w.-]+\.(?:js|css))"/g)].map((m) => m[1]),
  )
  const { requested } = await page.evaluate(() => ({
    requested: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => /\/assets\/[^/]+\.(js|css)$/.test(r.name))
      .sort((a, b) => a.startTime - b.startTime)
      .map((r) => ({
        file: r.name.replace(/.*\/assets\//, 'assets/'),
        start: r.startTime,
        end: r.responseEnd,
      })),
  }))
  const lazy = requested.filter((r) => !inHtml.has(r.file))
  // The catalog is awaited before the hydration: nothing may queue before it.
  expect(lazy[0]?.file).toMatch(/^assets\/catalog-en-[\w-]+\.js$/)
  // The prerendered pipeline stands until the page is hydrated, which then asks for the generator:
  // its chunks neither delay the catalog nor run before the hydration.
  const generator = lazy.find((r) => /^assets\/generate-/.test(r.file))?.start ?? Number.NaN
  expect(generator).toBeGreaterThan(lazy[0]?.end ?? Number.NaN)
})

test('what starts closed is hydrated after the visible form, from its prerendered markup, and then works', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.addInitScript(() => {
    // React marks the elements it has hydrated with a `__reactFiber…` property.
    const hydrated = (selector: string) => {
      const element = document.querySelector(selector)
      return element ? Object.keys(element).some((k) => k.startsWith('__reactFiber')) : null
    }
    const mark = performance.mark.bind(performance)
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      if (name === 'kanikoconfig:interactive')
        document.documentElement.dataset.testAtInteractive = JSON.stringify({
          visible: hydrated('#f-images-0-name'),
          closedSection: hydrated('#f-advanced-pushRetry'),
          closedGroup: hydrated('#f-pipeline-job-retryMax'),
        })
      return mark(name, options)
    }) as typeof performance.mark
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        document.querySelector('#f-advanced-pushRetry')?.setAttribute('data-test-parsed', '')
    })
  })
  await page.goto('./')
  await expect(page.locator('html')).toHaveAttribute('data-test-at-interactive', /./)
  const atInteractive = JSON.parse(
    (await page.locator('html').getAttribute('data-test-at-interactive')) ?? '',
  )
  expect(atInteractive).toEqual({ visible: true, closedSection: false, closedGroup: false })

  await openSection(page, 'Advanced')
  const pushRetry = page.locator('#f-advanced-pushRetry')
  // The element parsed from the HTML, hydrated: not replaced by a client render.
  await expect(pushRetry).toHaveAttribute('data-test-parsed', '')
  await pushRetry.fill('3')
  await expect.poll(() => yamlOf(page)).toContain('--push-retry 3')
  await openSection(page, 'Pipeline')
  await page.locator('[data-section="pipeline"] details.subgroup > summary').click()
  await page.locator('#f-pipeline-job-retryMax').selectOption('2')
  await expect.poll(() => yamlOf(page)).toContain('retry: 2')
  expect(errors).toEqual([])
})

for (const language of ['en', 'ja'] as const) {
  test(`boot.js asks for the ${language} messages while the page parses, and the other language is never fetched`, async ({
    page,
  }) => {
    const requested: string[] = []
    page.on('request', (r) => requested.push(new URL(r.url()).pathname))
    await watchFrames(page, language)
    await page.goto('./')
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('kanikoconfig:interactive').length))
      .toBe(1)
    const preload = page.locator(`head link[rel="modulepreload"][href*="catalog-${language}-"]`)
    await expect(preload).toHaveCount(1)
    // Added before the parser reached the body: boot.js runs in <head>.
    expect(await preload.evaluate((link) => link.previousElementSibling?.getAttribute('src'))).toBe(
      './boot.js',
    )
    const other = language === 'en' ? 'ja' : 'en'
    expect(requested.filter((path) => path.includes(`/catalog-${language}-`))).toHaveLength(1)
    expect(requested.filter((path) => path.includes(`/catalog-${other}-`))).toEqual([])
  })
}

test('a language switch and a section opened at the moment of hydration reach what is still hydrating', async ({
  page,
}) => {
  const errors = collectErrors(page)
  page.on('console', (m) => {
    if (m.type() === 'warning') errors.push(m.text())
  })
  await page.addInitScript(() => {
    // In the same task as the mark: the closed sections are still prerendered markup then.
    const mark = performance.mark.bind(performance)
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      const result = mark(name, options)
      if (name === 'kanikoconfig:interactive') {
        const language = document.querySelector<HTMLSelectElement>('#language')
        if (language) {
          language.value = 'ja'
          language.dispatchEvent(new Event('change', { bubbles: true }))
        }
        document.querySelector<HTMLButtonElement>('[data-section="advanced"] .section-toggle')?.click()
      }
      return result
    }) as typeof performance.mark
  })
  await page.goto('./')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.locator('#section-advanced')).toBeVisible()
  await expect(page.locator('#section-advanced')).toContainText('プッシュの再試行回数')
  await page.locator('#f-advanced-pushRetry').fill('3')
  await expect.poll(() => yamlOf(page)).toContain('--push-retry 3')
  expect(errors).toEqual([])
})
