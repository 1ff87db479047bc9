import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { addTeam, fillAndSave, openEntry } from './entry-helpers'
import { listPages, sampleUrl } from './support/routes'

// Every page found in the app/ folder, so pages added later are covered without touching this spec:
// at a phone's width, from the keyboard, and through axe. A team and quarter of its own give the
// pages figures, history and a trend to lay out.
const TEAM = { name: 'Widths check', slug: 'widths-check' }
const QUARTER = '2012-Q3'
const SAMPLES: Record<string, string> = { quarter: QUARTER, category: 'delivery', key: 'releases' }
const PHONE = { width: 390, height: 844 }

/** The sign-in pages are seen signed out; every other page signed in as the admin. */
const SIGNED_OUT = new Set(['/login', '/setup', '/forbidden'])
const PAGES = listPages().map((route) => sampleUrl(route, SAMPLES))
const SIGNED_IN_URLS = [
  ...PAGES.filter((p) => !SIGNED_OUT.has(p)).map((p) => `${p}?quarter=${QUARTER}&scope=${TEAM.slug}`),
  '/no-such-page-7d2e',
]
const SIGNED_OUT_URLS = PAGES.filter((p) => SIGNED_OUT.has(p))

/** Runs a check on every page, signed in and signed out, and returns what it found wrong. */
async function onEveryPage(page: Page, browser: Browser, check: (page: Page, url: string) => Promise<string[]>): Promise<string[]> {
  const problems: string[] = []
  for (const url of SIGNED_IN_URLS) problems.push(...(await visit(page, url, check)))
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: page.viewportSize() })
  const signedOut = await context.newPage()
  for (const url of SIGNED_OUT_URLS) problems.push(...(await visit(signedOut, url, check)))
  await context.close()
  return problems
}

async function visit(page: Page, url: string, check: (page: Page, url: string) => Promise<string[]>): Promise<string[]> {
  await page.goto(url)
  await expect(page.locator('main')).toBeVisible()
  // Next's client sets window.next once it has loaded: the page is then laid out as a person sees it.
  await page.waitForFunction(() => typeof (window as unknown as { next?: { version?: unknown } }).next?.version === 'string')
  return (await check(page, url)).map((problem) => `${url}: ${problem}`)
}

test('a team with two quarters of figures to show', async ({ page }) => {
  await addTeam(page, TEAM)
  for (const [quarter, releases] of [
    ['2012-Q2', '9'],
    [QUARTER, '14'],
  ]) {
    await openEntry(page, quarter, 'delivery', TEAM.slug)
    await fillAndSave(page, { 'Releases shipped': releases, 'Release success rate': '92', 'Time to market': '35' })
  }
  // A second change, so the history table has rows of every kind to lay out.
  await openEntry(page, QUARTER, 'delivery', TEAM.slug)
  await fillAndSave(page, { 'Releases shipped': '15' })
  expect(SIGNED_IN_URLS).toContain(`/metric/releases?quarter=${QUARTER}&scope=${TEAM.slug}`)
})

test('at 390 px no page is wider than the screen', async ({ page, browser }) => {
  test.setTimeout(180_000)
  await page.setViewportSize(PHONE)
  const problems = await onEveryPage(page, browser, async (p) => {
    const { scrollWidth, innerWidth, widest } = await p.evaluate(() => {
      // Names the outermost element that sticks out and is not inside a box that scrolls or clips it,
      // so a failure says where to look.
      const clipped = (el: Element) => {
        // An absolutely placed element (an sr-only caption, say) escapes every scrolling box between
        // it and its positioned containing block.
        let inside = !['absolute', 'fixed'].includes(getComputedStyle(el).position)
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const style = getComputedStyle(a)
          inside ||= style.position !== 'static'
          if (inside && style.overflowX !== 'visible') return true
        }
        return false
      }
      const out = Array.from(document.querySelectorAll('body *')).find(
        (el) => el.getBoundingClientRect().right > window.innerWidth && !clipped(el),
      )
      const widest = out
        ? `${out.tagName.toLowerCase()}.${String(out.className).slice(0, 80)} (${Math.round(out.getBoundingClientRect().right)} px)`
        : 'none'
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest }
    })
    return scrollWidth <= innerWidth ? [] : [`${scrollWidth} px wide in a ${innerWidth} px window; widest: ${widest}`]
  })
  expect(problems).toEqual([])
})

test('at 390 px the metric history table scrolls inside its own box', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto(`/metric/releases?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const table = page.getByRole('region', { name: 'History' }).getByRole('table')
  await expect(table.getByRole('row')).not.toHaveCount(1)
  const box = table.locator('xpath=..')
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  await box.scrollIntoViewIfNeeded()
  await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }))
  expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  await expect(table.getByRole('columnheader', { name: 'Reason' })).toBeInViewport()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
})

test('the first Tab on every page reaches "Skip to content", which moves focus to the main content', async ({ page, browser }) => {
  test.setTimeout(180_000)
  const problems = await onEveryPage(page, browser, async (p) => {
    await p.keyboard.press('Tab')
    const skip = p.getByRole('link', { name: 'Skip to content' })
    if (!(await skip.evaluate((el) => el === document.activeElement))) return ['the first Tab does not reach "Skip to content"']
    await expect(skip).toBeVisible()
    await p.keyboard.press('Enter')
    const focused = await p.evaluate(() => (document.activeElement?.tagName ?? '').toLowerCase())
    return focused === 'main' ? [] : [`after the skip link, focus is on <${focused}>, not <main>`]
  })
  expect(problems).toEqual([])
})

test('axe finds nothing serious or critical on any page', async ({ page, browser }) => {
  // Axe reads the whole page: a few seconds per page on a busy machine.
  test.setTimeout(300_000)
  const checked: string[] = []
  const problems = await onEveryPage(page, browser, async (p, url) => {
    const results = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    // The app's CSP must not stop axe from running: a run that passed nothing did not run.
    if (results.passes.length > 0) checked.push(url)
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
  expect(problems).toEqual([])
  expect(checked).toHaveLength(SIGNED_IN_URLS.length + SIGNED_OUT_URLS.length)
})

test('the favicon answers on every address, signed in or out', async ({ page, playwright }) => {
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: { cookies: [], origins: [] } })
  const ico = await api.get('/favicon.ico', { maxRedirects: 0 })
  expect(ico.status()).toBe(200)
  expect(ico.headers()['content-type']).toMatch(/^image\//)
  await api.dispose()
  await page.goto('/')
  const icon = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href')
  expect((await page.request.get(icon ?? '/missing-icon')).status()).toBe(200)
})
