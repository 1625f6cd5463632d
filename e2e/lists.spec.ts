import { expect, test } from '@playwright/test'
import { openPage, yamlOf } from './helpers.ts'

const destinationLines = (yaml: string) => yaml.split('\n').filter((l) => l.includes('--destination'))

test('list items are added, edited, reordered and removed with the keyboard only', async ({ page }) => {
  await openPage(page)
  const tags = page.locator('[data-field="images[0].destinations[0].tags"]')

  // Add a tag: focus the add button, press Enter; the new item's input takes the focus.
  await tags.getByRole('button', { name: '+ Add tag' }).focus()
  await page.keyboard.press('Enter')
  const second = tags.getByLabel('Tag 2', { exact: true })
  await expect(second).toBeFocused()
  await page.keyboard.type('latest')
  await expect
    .poll(async () => destinationLines(await yamlOf(page)))
    .toEqual([
      '      --destination "${CI_REGISTRY_IMAGE}:${CI_COMMIT_TAG}"',
      '      --destination "${CI_REGISTRY_IMAGE}:latest"',
    ])

  // Move it up: Tab to its "move up" button, press Enter; focus follows the item.
  await page.keyboard.press('Tab')
  await expect(tags.getByRole('button', { name: 'Move Tag 2 up' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(tags.getByRole('button', { name: 'Move Tag 1 up' })).toBeFocused()
  await expect(page.getByTestId('live-region')).toContainText('Tag 2 moved to position 1.')
  await expect
    .poll(async () => destinationLines(await yamlOf(page)))
    .toEqual([
      '      --destination "${CI_REGISTRY_IMAGE}:latest"',
      '      --destination "${CI_REGISTRY_IMAGE}:${CI_COMMIT_TAG}"',
    ])
  await expect(tags.getByLabel('Tag 1', { exact: true })).toHaveValue('latest')

  // "Move up" on the first item does nothing, and keeps the focus.
  await page.keyboard.press('Enter')
  await expect(tags.getByRole('button', { name: 'Move Tag 1 up' })).toBeFocused()

  // Move it back down, then remove it.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(tags.getByRole('button', { name: 'Move Tag 2 down' })).toBeFocused()
  await expect(tags.getByLabel('Tag 2', { exact: true })).toHaveValue('latest')
  await page.keyboard.press('Tab')
  await expect(tags.getByRole('button', { name: 'Remove Tag 2' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('live-region')).toContainText('Tag 2 removed.')
  await expect(tags.getByRole('button', { name: 'Remove Tag 1' })).toBeFocused()
  await expect
    .poll(async () => destinationLines(await yamlOf(page)))
    .toEqual(['      --destination "${CI_REGISTRY_IMAGE}:${CI_COMMIT_TAG}"'])
})

test('an object list (build arguments) is edited in place and reports bad items at the field', async ({
  page,
}) => {
  await openPage(page)
  const args = page.locator('[data-field="images[0].buildArgs"]')
  await args.getByRole('button', { name: '+ Add build argument' }).click()
  const item = args.getByRole('group', { name: 'Build argument 1' })
  await item.getByLabel('Name', { exact: true }).fill('APP VERSION')
  await expect(item.locator('.error')).toHaveText('must not contain spaces, line breaks or "="')
  await item.getByLabel('Name', { exact: true }).fill('APP_VERSION')
  await item.getByLabel('Value', { exact: true }).fill('${CI_COMMIT_SHORT_SHA}')
  await expect.poll(() => yamlOf(page)).toContain('--build-arg "APP_VERSION=${CI_COMMIT_SHORT_SHA}"')
  await item.getByLabel('Take the value from the job environment').check()
  await expect.poll(() => yamlOf(page)).toContain('--build-arg APP_VERSION\n')
})

test('removing the only destination is reported and keeps the last valid pipeline', async ({ page }) => {
  await openPage(page)
  await page.getByRole('button', { name: 'Remove Destination 1' }).click()
  await expect(page.locator('[data-field="images[0].destinations"] > .error')).toHaveText(
    'needs at least one destination (or --no-push, or a tar path)',
  )
  expect(destinationLines(await yamlOf(page))).toHaveLength(1)
  await expect(page.getByRole('button', { name: '+ Add destination' })).toBeFocused()
})
