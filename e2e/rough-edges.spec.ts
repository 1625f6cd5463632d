import { expect, test } from '@playwright/test'
import { openPage, openSection, yamlOf } from './helpers.ts'

test('a finding about two fields is said once, under the first; its explanation waits behind “Why?”', async ({
  page,
}) => {
  await openPage(page)
  await openSection(page, 'Proxy')
  await page.getByLabel('The runner sets the proxy').uncheck()
  await page.getByLabel('HTTP proxy', { exact: true }).fill('http://proxy.example.com:3128')
  await page.getByLabel('HTTP proxy', { exact: true }).blur()
  const marks = page.locator('.form .mark').filter({ hasText: 'No HTTPS proxy' })
  await expect(marks).toHaveCount(1)
  await expect(page.locator('[data-field="proxy.https"] .mark')).toContainText('No HTTPS proxy')
  const why = marks.locator('details')
  await expect(why.locator('p')).toBeHidden()
  await why.getByText('Why?').click()
  await expect(why.locator('p')).toBeVisible()
})

test('the HTTPS proxy is offered the HTTP value in one click', async ({ page }) => {
  await openPage(page)
  await openSection(page, 'Proxy')
  await page.getByLabel('The runner sets the proxy').uncheck()
  const same = page.getByRole('button', { name: 'Same as HTTP' })
  await expect(same).toHaveCount(0)
  await page.getByLabel('HTTP proxy', { exact: true }).fill('http://proxy.example.com:3128')
  await same.click()
  await expect(page.getByLabel('HTTPS proxy')).toHaveValue('http://proxy.example.com:3128')
  await expect(same).toHaveCount(0)
  await expect.poll(() => yamlOf(page)).toContain('https_proxy: http://proxy.example.com:3128')
})

test('a new empty list item says “must not be empty” only once it has been typed in or left', async ({
  page,
}) => {
  await openPage(page)
  await openSection(page, 'Registries')
  await page.getByRole('button', { name: '+ Add registry' }).click()
  const host = page.getByRole('group', { name: 'Registry 1' }).getByLabel('Registry', { exact: true })
  await expect(host).toBeFocused()
  const field = page.locator('[data-field="registries.extra[0].host"]')
  await expect(field.locator('.error')).toHaveCount(0)
  await expect(host).not.toHaveAttribute('aria-invalid', 'true')
  await host.blur()
  await expect(field.locator('.error')).toHaveText('must not be empty')
  await expect(host).toHaveAttribute('aria-invalid', 'true')
})

test('a move button that can do nothing is not a tab stop; the buttons of an item sit by its name', async ({
  page,
}) => {
  await openPage(page)
  const tags = page.locator('[data-field="images[0].destinations[0].tags"]')
  await tags.getByRole('button', { name: '+ Add tag' }).click()
  await page.keyboard.type('latest')
  // From Tag 1's input, Tab skips its "move up" (it is first) and lands on "move down".
  await tags.getByLabel('Tag 1', { exact: true }).focus()
  await page.keyboard.press('Tab')
  await expect(tags.getByRole('button', { name: 'Move Tag 1 down' })).toBeFocused()
  await expect(tags.getByRole('button', { name: 'Move Tag 1 up' })).toHaveAttribute('tabindex', '-1')

  // A destination's ↑ ↓ × are at its top, beside its name, and name it.
  const destination = page.getByRole('group', { name: 'Destination 1' })
  const remove = destination.getByRole('button', { name: 'Remove Destination 1' })
  await expect(remove).toHaveAttribute('title', 'Remove Destination 1')
  const [removeBox, repositoryBox] = await Promise.all([
    remove.boundingBox(),
    destination.getByLabel('Repository', { exact: true }).boundingBox(),
  ])
  expect(removeBox?.y).toBeLessThan(repositoryBox?.y ?? 0)
})

test('the “Run the job in” checkboxes line up with the other checkboxes', async ({ page }) => {
  await openPage(page)
  const lefts = await page.evaluate(() => {
    const box = (el: Element | null | undefined) => el?.getBoundingClientRect()
    const options = [...document.querySelectorAll('[data-field="job.triggers"] .checkbox-option')]
    const manual = document.querySelector('[data-field="job.manual"]')
    return {
      boxes: [
        ...options.map((o) => box(o.querySelector('input'))?.left),
        box(manual?.querySelector('input'))?.left,
      ],
      // The words start at the same distance from the box as the other checkboxes' labels do.
      gaps: [
        ...options.map((o) => {
          const input = box(o.querySelector('input'))
          const range = document.createRange()
          range.selectNodeContents(o)
          range.setStartAfter(o.querySelector('input') as Node)
          return Math.round(range.getBoundingClientRect().left - (input?.right ?? 0))
        }),
        Math.round(
          (box(manual?.querySelector('label'))?.left ?? 0) -
            (box(manual?.querySelector('input'))?.right ?? 0),
        ),
      ],
    }
  })
  expect(new Set(lefts.boxes).size).toBe(1)
  expect(new Set(lefts.gaps).size).toBe(1)
})
