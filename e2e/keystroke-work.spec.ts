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

test('a keystroke in one image of five draws no frame after its own; the markers’ new messages wait for a pause', async ({
  page,
}) => {
  // A frame asked for after the key's own (Monaco redrawing for its idle tokenizer, or for markers
  // whose message alone changed) kept Chromium's frame clock running into the next key, whose frame
  // then waited for the next vsync (docs/benchmark.md, "One vsync late").
  await page.addInitScript(() => {
    const requests: number[] = []
    const request = window.requestAnimationFrame.bind(window)
    window.requestAnimationFrame = (callback) => {
      requests.push(performance.now())
      return request(callback)
    }
    Object.assign(window, { __frameRequests: requests })
  })
  await openPage(page, { hash: fiveImageHash() })
  await waitForMonaco(page)
  const field = page.locator('[data-field="images[0].name"] input')
  await field.click()
  await page.keyboard.press('End')
  await page.waitForTimeout(500)
  // The end of the key's frame: a task queued from a frame callback the keydown asked for.
  await page.evaluate(() => {
    addEventListener(
      'keydown',
      () =>
        requestAnimationFrame(() =>
          setTimeout(() => Object.assign(window, { __keyFrameEnd: performance.now() })),
        ),
      { capture: true, once: true },
    )
  })
  await page.keyboard.press('q')
  await expect.poll(() => modelOf(page)).toContain('apiq-amd64:')
  await expect.poll(() => page.evaluate(() => '__keyFrameEnd' in window)).toBe(true)
  // The diagnostics after the paint and Monaco's idle tokenizer run in this time; the markers'
  // messages wait 400 ms, Monaco's folding ranges ~200 ms (they follow a pause in the typing).
  await page.waitForTimeout(150)
  const later = await page.evaluate(() => {
    const { __frameRequests: requests, __keyFrameEnd: end } = window as unknown as {
      __frameRequests: number[]
      __keyFrameEnd: number
    }
    return requests.filter((t) => t > end && t < end + 150).map((t) => Math.round(t - end))
  })
  expect(later, 'frames asked for after the key’s (ms after it)').toEqual([])
  // The job's name is in a finding's message (KC223 names the job): its markers read the new name
  // once the typing pauses.
  await expect
    .poll(async () =>
      (
        (await page.evaluate(() => window.__kaniko?.getMarkers('kanikoconfig') ?? [])) as {
          message: string
        }[]
      ).some((m) => m.message.includes('The job of apiq ')),
    )
    .toBe(true)
})

/**
 * Records, through React's DevTools hook, the components each commit rendered, by the `data-field`
 * around the element each draws itself: component names do not survive the production build, the
 * fields they draw do.
 */
function recordRenders() {
  const rendered: string[] = []
  const recording = { on: false }
  // Function, class, forwardRef and simple memo components (a memo with a comparison is a wrapper
  // whose inner function component is counted).
  const COMPONENT_TAGS = new Set([0, 1, 11, 15])
  const MEMO = 14
  const PERFORMED_WORK = 1
  type Fiber = {
    tag: number
    flags: number
    child: Fiber | null
    sibling: Fiber | null
    alternate: Fiber | null
    stateNode: unknown
  }
  // The element a component draws itself; none for a wrapper whose first child is a component.
  const ownElement = (fiber: Fiber): Element | null => {
    for (let f = fiber.child; f; f = f.child) {
      if (f.stateNode instanceof Element) return f.stateNode
      if (COMPONENT_TAGS.has(f.tag) || f.tag === MEMO) return null
    }
    return null
  }
  const walk = (fiber: Fiber | null) => {
    for (let f = fiber; f; f = f.sibling) {
      if (COMPONENT_TAGS.has(f.tag) && f.alternate && f.flags & PERFORMED_WORK) {
        const element = ownElement(f)
        rendered.push(
          element
            ? (element.closest('[data-field]')?.getAttribute('data-field') ?? '(outside the fields)')
            : '(wrapper)',
        )
      }
      // A subtree React bailed out of keeps its children: nothing below rendered.
      if (f.alternate && f.child === f.alternate.child) continue
      walk(f.child)
    }
  }
  Object.assign(window, {
    __renders: { rendered, recording },
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        if (recording.on) walk(root.current.child)
      },
    },
  })
}

test('a keystroke in an image job name renders that field, its card and the page, not the card’s other parts', async ({
  page,
}) => {
  await page.addInitScript(recordRenders)
  await openPage(page, { hash: fiveImageHash() })
  await waitForMonaco(page)
  const field = page.locator('[data-field="images[0].name"] input')
  await field.click()
  await page.keyboard.press('End')
  await page.waitForTimeout(300)
  type Renders = { rendered: string[]; recording: { on: boolean } }
  await page.evaluate(() => {
    ;(window as unknown as { __renders: Renders }).__renders.recording.on = true
  })
  await page.keyboard.type('xyz', { delay: 100 })
  await expect.poll(() => modelOf(page)).toContain('apixyz')
  // The render after the paint (diagnostics, marks) too.
  await page.waitForTimeout(300)
  const rendered = await page.evaluate(() => (window as unknown as { __renders: Renders }).__renders.rendered)
  // The card's lists (build arguments, labels, destinations, runner tags, the job settings) and the
  // other cards keep their render: the store keeps the identity of what a key did not change.
  const fields = [...new Set(rendered)].filter((f) => !f.startsWith('(')).sort()
  // … but for the `changes` list, whose finding names the job (its mark's text changes with the key).
  await expect(page.locator('[data-field="images[0].changes"] .marks')).toContainText('apixyz')
  expect(fields).toEqual(['images', 'images[0]', 'images[0].changes', 'images[0].name'])
  // Counted per key (session 6, docs/benchmark.md): the key's render (the page's shell, the link's
  // sync, the preview with its toolbar and the editor, the section index, the card and the field:
  // 26), the render after the paint (the page, the preview and its toolbar, the checks panel, the
  // editor for the markers: 7) and the `changes` list's marks (2): 35 (50 before the lists and the
  // page's memos).
  expect(rendered.length / 3).toBeLessThanOrEqual(36)
})

test('the preview does not colour bracket pairs, which Monaco would parse again after every edit', async ({
  page,
}) => {
  await openPage(page)
  await waitForMonaco(page)
  const field = page.getByLabel('Build context', { exact: true })
  await field.click()
  await page.keyboard.press('End')
  await page.keyboard.type('x', { delay: 30 })
  await expect.poll(() => modelOf(page)).toContain('x')
  const entrypoint = page.locator('.monaco-editor .view-line', { hasText: 'entrypoint:' }).first()
  await expect(entrypoint).toContainText('[""]')
  // Colourised brackets are drawn with Monaco's `bracket-highlighting-N` classes.
  await page.waitForTimeout(300)
  expect(await entrypoint.locator('[class*="bracket-highlighting"]').count()).toBe(0)
})

for (const language of ['en', 'ja'] as const) {
  test(`text fields and image card toggles are relayout boundaries, at the height they have without (${language})`, async ({
    page,
  }) => {
    // A key changes a field's value and its card's summary: each inside a box whose size does not depend
    // on its content (size and layout containment), Chromium's forced layouts and the hover update lay
    // out that box, not the whole page (`npm run bench:keys`: docs/benchmark.md).
    await openPage(page, { language, hash: fiveImageHash() })
    // Every section, card and group open: every field laid out.
    const closed = '.section-toggle[aria-expanded="false"], .image-card-toggle[aria-expanded="false"]'
    for (let left = await page.locator(closed).count(); left > 0; left--) {
      await page.locator(closed).first().click()
      await expect(page.locator(closed)).toHaveCount(left - 1)
    }
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true
    })
    const boundaries = '#root form input[type="text"], #root form .image-card-toggle'
    const measured = await page.evaluate((selector) => {
      const elements = [...document.querySelectorAll<HTMLElement>(selector)]
      const contained = elements.filter((e) => {
        const contain = getComputedStyle(e).contain.split(' ')
        return (contain.includes('size') || contain.includes('strict')) && !contain.includes('paint')
      }).length
      const heights = () => elements.map((e) => e.getBoundingClientRect().height)
      const form = () => document.querySelector('#root form')?.getBoundingClientRect().height
      const before = { heights: heights(), form: form() }
      for (const e of elements) e.style.cssText = 'contain: none; height: auto'
      return { count: elements.length, contained, before, after: { heights: heights(), form: form() } }
    }, boundaries)
    // Five cards' fields and toggles.
    expect(measured.count).toBeGreaterThan(50)
    expect(measured.contained).toBe(measured.count)
    // The containment changes no size: the heights given are those the content gives.
    expect(measured.before).toEqual(measured.after)
  })
}
