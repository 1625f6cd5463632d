import { expect, test } from '@playwright/test'
import { defaultConfig } from '../src/core/config/defaults.ts'
import { presetConfig } from '../src/core/config/presets.ts'
import { generate } from '../src/core/generate/index.ts'
import { decodeShareFragment, encodeShareFragment } from '../src/core/share/codec.ts'
import { encodePayloadV1 } from '../src/core/share/payload-v1.ts'
import { shareEn } from '../src/i18n/share-en.ts'
import { shareJa } from '../src/i18n/share-ja.ts'
import { hashOf, openPage, seedWork, storedWork, withImage, yamlOf } from './helpers.ts'

const good = encodeShareFragment(presetConfig('kitchen-sink')).fragment
const mine = withImage(defaultConfig(), { name: 'my-work' })

/** One of each way a link goes bad, and what the decoder must make of it. */
const BAD_LINKS = [
  { kind: 'cut off', fragment: good.slice(0, Math.floor(good.length * 0.6)), reason: 'truncated' },
  {
    kind: 'with a stray character',
    fragment: `${good.slice(0, 100)}!${good.slice(101)}`,
    reason: 'bad-character',
  },
  {
    kind: 'corrupted',
    fragment: `${good.slice(0, 100)}${good[100] === 'A' ? 'B' : 'A'}${good.slice(101)}`,
    // Format 2 carries a checksum: a changed character that still inflates is caught by it.
    reason: 'checksum',
  },
  { kind: 'from a future version', fragment: `9.${good.slice(2)}`, reason: 'future-link' },
  {
    kind: 'hand-edited',
    fragment: `1.${encodePayloadV1(JSON.stringify({ job: { name: 'from-link', stage: '' }, cache: { enabled: 'yes' } }))}`,
    reason: 'invalid-fields',
  },
  { kind: 'not a link at all', fragment: 'hello', reason: 'no-version' },
  {
    kind: 'hiding a before_script behind U+2028 (issue 9)',
    fragment: hiddenScriptLink(),
    reason: 'refused-characters',
  },
] as const

/** Issue 9's link: GitLab (Psych) reads this runner tag as a tag plus a before_script it runs. */
function hiddenScriptLink(): string {
  const tag = 'saas-linux-small-amd64\u2028  before_script:\u2028    - touch PWNED; echo $CI_JOB_TOKEN'
  return `1.${encodePayloadV1(JSON.stringify({ job: { runnerTags: [tag] } }))}`
}

/** The page with `mine` as the browser's saved work, then opened with `fragment`. */
async function openOverMyWork(
  page: import('@playwright/test').Page,
  fragment: string,
  language: 'en' | 'ja' = 'en',
) {
  await seedWork(page, mine)
  await openPage(page, { language, hash: `#${fragment}` })
}

for (const { kind, fragment, reason } of BAD_LINKS) {
  test(`a link ${kind} keeps the page usable and the work, says why, and changes nothing without consent`, async ({
    page,
  }) => {
    const result = decodeShareFragment(fragment)
    expect(result.ok ? 'ok' : result.error.reason).toBe(reason)
    const partial = result.ok ? undefined : result.partial

    await openOverMyWork(page, fragment)
    const notice = page.locator('[data-link-notice="bad"]')
    await expect(notice).toHaveAttribute('data-reason', reason)
    await expect(notice.locator('.link-reason')).toContainText(shareEn[`link.reason.${reason}`])
    await expect(notice.locator('.link-reason')).toContainText('Your form is unchanged.')
    await expect(notice.locator('code')).toContainText(fragment.slice(0, 40))
    expect(await yamlOf(page)).toBe(generate(mine))
    // Nothing is overwritten: not the saved work, not the link in the address bar.
    await page.waitForTimeout(700)
    expect(await storedWork(page)).toEqual(mine)
    expect(await hashOf(page)).toBe(`#${fragment}`)

    const use = notice.getByRole('button', { name: 'Use what could be read' })
    if (partial) {
      expect(reason === 'invalid-fields' ? result.ok || result.error.fields : []).toBeTruthy()
      await use.click()
      await expect.poll(() => yamlOf(page)).toBe(generate(partial))
      await expect(page.getByTestId('live-region')).toContainText(
        'could be read from the link are now in the form',
      )
      // The work it replaced is one click away.
      await page
        .locator('[data-link-notice="restore"]')
        .getByRole('button', { name: 'Restore my previous work' })
        .click()
      await expect.poll(() => yamlOf(page)).toBe(generate(mine))
    } else {
      await expect(use).toHaveCount(0)
      await notice.getByRole('button', { name: 'Keep my current work' }).click()
      await expect(notice).toHaveCount(0)
      // The address bar follows the form again.
      await expect
        .poll(async () => decodeShareFragment(await hashOf(page)))
        .toMatchObject({ ok: true, config: mine })
    }
    // The form works as ever.
    await page.locator('#f-images-0-name').fill('still-working')
    await expect.poll(() => yamlOf(page)).toContain('\nstill-working:\n')
  })
}

test('a bad link is explained in Japanese, with the fields that could not be read', async ({ page }) => {
  const edited = BAD_LINKS.find((l) => l.reason === 'invalid-fields')?.fragment ?? ''
  await openOverMyWork(page, edited, 'ja')
  const notice = page.locator('[data-link-notice="bad"]')
  await expect(notice.locator('h2')).toHaveText(shareJa['link.bad.title'])
  await expect(notice.locator('.link-reason')).toContainText(shareJa['link.reason.invalid-fields'])
  await expect(notice).toContainText('読み取れなかった項目: ステージ、レイヤーをキャッシュ')
  await expect(notice.getByRole('button', { name: shareJa['link.bad.usePartial'] })).toBeVisible()
})

test('a link hiding a before_script names the field and the character; using it drops only that value', async ({
  page,
}) => {
  await openOverMyWork(page, hiddenScriptLink())
  const notice = page.locator('[data-link-notice="bad"]')
  await expect(notice.locator('.link-characters')).toHaveText(
    'Characters found: Image 1 › Runner tag 1: U+2028.',
  )
  expect(await yamlOf(page)).toBe(generate(mine))
  await notice.getByRole('button', { name: 'Use what could be read' }).click()
  await expect.poll(() => yamlOf(page)).toBe(generate(defaultConfig()))
  expect(await yamlOf(page)).not.toContain('before_script')
})

test('a link hiding a before_script is explained in Japanese', async ({ page }) => {
  await openOverMyWork(page, hiddenScriptLink(), 'ja')
  const notice = page.locator('[data-link-notice="bad"]')
  await expect(notice.locator('.link-reason')).toContainText(shareJa['link.reason.refused-characters'])
  await expect(notice.locator('.link-characters')).toHaveText(
    '見つかった文字: イメージ1 › Runnerタグ1: U+2028。',
  )
})

test('a bad link pasted into the address bar later is announced and changes nothing', async ({ page }) => {
  await openPage(page)
  await page.locator('#f-images-0-name').fill('typed-here')
  await expect.poll(() => yamlOf(page)).toContain('\ntyped-here:\n')
  const yaml = await yamlOf(page)
  await page.goto(`./#${good.slice(0, 50)}`)
  await expect(page.locator('[data-link-notice="bad"]')).toHaveAttribute('data-reason', 'truncated')
  await expect(page.getByTestId('live-region')).toContainText(shareEn['link.bad.title'])
  expect(await yamlOf(page)).toBe(yaml)
})
