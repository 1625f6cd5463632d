import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import type { Config } from '../src/core/config/schema.ts'
import { generate } from '../src/core/generate/index.ts'
import { encodeShareFragment } from '../src/core/share/codec.ts'
import { choosePreset, openAll, openPage, waitForMonaco, yamlOf } from './helpers.ts'

type Image = Config['images'][number]
const base = defaultConfig()
const firstImage = base.images[0] as Image
const image = (patch: Partial<Image>): Image => ({ ...firstImage, ...patch })
const linkTo = (config: Config) => `#${encodeShareFragment(config).fragment}`
/** The names of the jobs in the YAML, in order (top-level keys but keywords and hidden templates). */
const jobNames = (yaml: string) =>
  [...yaml.matchAll(/^([A-Za-z0-9_.-]+):$/gm)]
    .map((m) => m[1] ?? '')
    .filter((name) => name !== 'stages' && !name.startsWith('.'))
const images = (page: Page) => page.locator('[data-section="images"]')

test('images: add, duplicate, move and remove; the YAML gains and loses their jobs', async ({ page }) => {
  await openPage(page)
  const section = images(page)
  // One image reads as a plain form: no card, no card controls, only Add image and Duplicate.
  await expect(section.locator('.image-card')).toHaveCount(0)
  await expect(section.getByRole('button', { name: /Image 1/ })).toHaveCount(0)
  await expect(section.getByRole('button', { name: 'Duplicate image', exact: true })).toBeVisible()
  expect(jobNames(await yamlOf(page))).toEqual(['build'])

  await section.getByRole('button', { name: '+ Add image' }).click()
  // The new image's job name has the focus, and the pipeline has its job.
  await expect(page.locator('#f-images-1-name')).toBeFocused()
  await expect(page.locator('#f-images-1-name')).toHaveValue('build-2')
  await expect.poll(async () => jobNames(await yamlOf(page))).toEqual(['build', 'build-2'])
  await expect(section.locator('.image-card')).toHaveCount(2)
  await page.locator('#f-images-1-name').fill('api')
  await expect.poll(async () => jobNames(await yamlOf(page))).toEqual(['build', 'api'])

  await section.getByRole('button', { name: 'Duplicate Image 2' }).click()
  await expect(page.locator('#f-images-2-name')).toBeFocused()
  await expect(page.locator('#f-images-2-name')).toHaveValue('api-2')
  await expect.poll(async () => jobNames(await yamlOf(page))).toEqual(['build', 'api', 'api-2'])

  await section.getByRole('button', { name: 'Move Image 3 up' }).click()
  await expect.poll(async () => jobNames(await yamlOf(page))).toEqual(['build', 'api-2', 'api'])
  await expect(page.getByTestId('live-region')).toContainText('Image 3 moved to position 2.')
  // Focus follows the image to its new place.
  await expect(section.getByRole('button', { name: 'Move Image 2 up' })).toBeFocused()

  await section.getByRole('button', { name: 'Remove Image 1' }).click()
  await expect.poll(async () => jobNames(await yamlOf(page))).toEqual(['api-2', 'api'])
  await section.getByRole('button', { name: 'Remove Image 2' }).click()
  // Back to one image: a plain form again, and the separate-jobs layout.
  await expect(section.locator('.image-card')).toHaveCount(0)
  await expect(section.getByRole('button', { name: '+ Add image' })).toBeFocused()
  const expected: Config = {
    ...base,
    images: [
      image({
        name: 'api-2',
        destinations: [
          { repository: '${CI_REGISTRY_IMAGE}/build-2', tags: ['${CI_COMMIT_TAG}'], when: 'always' },
        ],
      }),
    ],
  }
  await expect.poll(() => yamlOf(page)).toBe(generate(expected))
})

test('several images open the first card, the others closed with a summary; a finding’s field opens its card', async ({
  page,
}) => {
  const config: Config = {
    ...base,
    images: [
      firstImage,
      image({
        name: 'api',
        context: '${CI_PROJECT_DIR}/api',
        destinations: [
          { repository: '${CI_REGISTRY_IMAGE}/API', tags: ['${CI_COMMIT_TAG}'], when: 'always' },
        ],
      }),
    ],
  }
  await openPage(page, { hash: linkTo(config) })
  await expect(page.locator('[data-index="0"] .image-card-toggle')).toHaveAttribute('aria-expanded', 'true')
  await expect(page.locator('#f-images-0-context')).toBeVisible()
  const second = page.locator('[data-index="1"] .image-card-toggle')
  await expect(second).toHaveAttribute('aria-expanded', 'false')
  await expect(second).toContainText('api: ${CI_PROJECT_DIR}/api, 1 destination')
  await expect(page.locator('#f-images-1-destinations-0-repository')).toBeHidden()

  // KC207 (uppercase repository) names a field inside the closed card.
  const finding = page.locator('[data-testid="checks"] li[data-code="KC207"]')
  await expect(finding).toBeVisible()
  await finding.getByRole('button', { name: 'Image 2 › Destination 1 › Repository' }).click()
  await expect(second).toHaveAttribute('aria-expanded', 'true')
  await expect(page.locator('#f-images-1-destinations-0-repository')).toBeFocused()
  // The section index says where the error is.
  await expect(page.locator('[data-section-link="images"]')).toHaveClass(/section-index-error/)
})

test('a card header stays one line as the job name grows (a wrapping header moved every card below it on a key)', async ({
  page,
}) => {
  const config: Config = { ...base, images: [firstImage, image({ name: 'api' })] }
  await openPage(page, { hash: linkTo(config) })
  const header = page.locator('[data-index="0"] .image-card-header')
  const nextCard = page.locator('[data-index="1"]')
  // Positions relative to the header: filling the field may scroll the page.
  const gap = async () => ((await nextCard.boundingBox())?.y ?? 0) - ((await header.boundingBox())?.y ?? 0)
  const heightBefore = (await header.boundingBox())?.height
  const gapBefore = await gap()
  const long = `build-${'very-long-job-name-'.repeat(12)}end`
  await page.locator('#f-images-0-name').fill(long)
  const summary = page.locator('[data-index="0"] .image-card-summary')
  await expect(summary).toHaveAttribute('title', `${long}: \${CI_PROJECT_DIR}, 1 destination`)
  expect((await header.boundingBox())?.height).toBe(heightBefore)
  expect(await gap()).toBe(gapBefore)
  // Cut on screen, whole for assistive technology: the button's name still holds all of it.
  await expect(page.locator('[data-index="0"] .image-card-toggle')).toHaveAccessibleName(new RegExp(long))
})

test('a several-image preset opens its first card, whatever was open before it', async ({ page }) => {
  await openPage(page)
  const toggle = (i: number) => page.locator(`[data-index="${i}"] .image-card-toggle`)
  await choosePreset(page, 'monorepo')
  await expect(toggle(0)).toHaveAttribute('aria-expanded', 'true')
  await expect(toggle(1)).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle(2)).toHaveAttribute('aria-expanded', 'false')
  // Cards opened and closed by hand belong to that config, not to the next one.
  await toggle(0).click()
  await toggle(2).click()
  await expect(toggle(0)).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle(2)).toHaveAttribute('aria-expanded', 'true')
  await choosePreset(page, 'kitchen-sink')
  await expect(toggle(0)).toHaveAttribute('aria-expanded', 'true')
  await expect(toggle(1)).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle(2)).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle(1)).toContainText('worker: ${CI_PROJECT_DIR}/worker, 3 destinations')
  // The section index counts the three images' changes.
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Images/ }),
  ).toHaveAccessibleName(/^Images\W+\d+ changed from the defaults/)
})

test('a finding’s field inside a closed group of job settings opens the group', async ({ page }) => {
  const config: Config = {
    ...base,
    pipeline: { ...base.pipeline, job: { ...base.pipeline.job, needs: ['lint'] } },
  }
  await openPage(page, { hash: linkTo(config) })
  // Open at first (something in it is set); the user closes it.
  const group = page.locator('details.subgroup', { has: page.locator('#f-pipeline-job-needs-mode') })
  await expect(group).toHaveAttribute('open', '')
  await group.locator(':scope > summary').click()
  await expect(page.locator('#f-pipeline-job-needs-0')).toBeHidden()
  // KC231: needs names a job the pipeline does not have.
  const finding = page.locator('[data-testid="checks"] li[data-code="KC231"]')
  const toggle = page.locator('.checks-toggle')
  await expect(toggle).toBeAttached()
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
  await finding.locator('.checks-field').click()
  await expect(group).toHaveAttribute('open', '')
  await expect(page.locator('#f-pipeline-job-needs-0')).toBeFocused()
})

test('a tag pattern becomes the tag rule', async ({ page }) => {
  await openPage(page)
  const pattern = String.raw`/^v\d+\.\d+\.\d+$/`
  await page.locator('#f-pipeline-triggers-tagPattern').fill(pattern)
  const expected: Config = {
    ...base,
    pipeline: { ...base.pipeline, triggers: { ...base.pipeline.triggers, tagPattern: pattern } },
  }
  await expect.poll(() => yamlOf(page)).toBe(generate(expected))
  expect(await yamlOf(page)).toContain(String.raw`$CI_COMMIT_TAG =~ /^v\d+\.\d+\.\d+$/`)
  // Only tags: the pattern field goes away with the tag trigger.
  await page.getByRole('checkbox', { name: 'Tag pipelines' }).uncheck()
  await expect(page.locator('#f-pipeline-triggers-tagPattern')).toHaveCount(0)
})

test('the section index counts changes, shows the worst severity and jumps to a section', async ({
  page,
}) => {
  await openPage(page)
  const index = page.getByRole('navigation', { name: 'Sections' })
  await expect(index.getByRole('button')).toHaveCount(9)
  const proxy = index.getByRole('button', { name: /^Proxy/ })
  await expect(proxy).toHaveAccessibleName('Proxy')

  await proxy.click()
  const toggle = page.locator('[data-section="proxy"] .section-toggle')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(toggle).toBeFocused()

  // An HTTP proxy without an HTTPS one: one change, and a warning (KC302).
  await page.locator('#f-proxy-http').fill('http://proxy.example.com:3128')
  await expect(proxy).toHaveAccessibleName(/^Proxy\W+1 changed from the defaults\W+has warnings$/)
  await expect(proxy).toHaveClass(/section-index-warning/)

  // A field that does not validate makes its section's entry an error.
  await page.locator('#f-pipeline-stage').fill('')
  const pipeline = index.getByRole('button', { name: /^Pipeline/ })
  await expect(pipeline).toHaveClass(/section-index-error/)
  await expect(pipeline).toHaveAccessibleName(/has errors$/)
})

for (const [language, colorScheme] of [
  ['en', 'light'],
  ['ja', 'dark'],
] as const) {
  test(`axe finds no serious or critical violation in image cards, pipeline, auth and CA forms (${language}, ${colorScheme})`, async ({
    page,
  }) => {
    // Every card and group open: axe reads a long form (30 s is tight on a busy machine).
    test.setTimeout(60_000)
    const config: Config = {
      ...base,
      pipeline: {
        ...base.pipeline,
        layout: 'extends',
        triggers: { ...base.pipeline.triggers, on: ['tag', 'named-branches'], branches: ['main'] },
        job: { ...base.pipeline.job, needs: [], retryMax: 2, retryWhen: ['runner_system_failure'] },
      },
      images: [
        image({ name: 'api', changes: ['api/**/*'], needs: ['lint'] }),
        image({ name: 'web', multiArch: { ...firstImage.multiArch, enabled: true } }),
      ],
      release: { ...base.release, enabled: true },
      registries: {
        ...base.registries,
        dockerAuthConfig: { ...base.registries.dockerAuthConfig, source: 'file-variable' },
        extra: [
          {
            host: 'gcr.io',
            usernameVariable: 'REGISTRY_USER',
            usernameLiteral: '',
            passwordVariable: 'REGISTRY_PASSWORD',
            credentialHelper: 'gcr',
            googleCredentialsFileVariable: 'GCP_KEY',
          },
        ],
      },
      certificates: {
        ...base.certificates,
        enabled: true,
        source: 'base64-variable',
        more: [{ source: 'path', value: '/etc/ssl/extra.pem', registry: '' }],
      },
    }
    await openPage(page, { language, colorScheme, hash: linkTo(config) })
    await openAll(page)
    await waitForMonaco(page)
    const results = await new AxeBuilder({ page }).include('.form').analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
    expect(serious).toEqual([])
  })
}
