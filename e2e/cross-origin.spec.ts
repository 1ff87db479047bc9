import { createServer, type Server } from 'node:http'
import { expect, test } from '@playwright/test'
import { ADMIN } from './accounts'
import { e2eSql } from './support/e2e-database'

/**
 * A page on another origin of the same host (another port: the same site, so the SameSite=Lax
 * session cookie still goes along) tries what a hostile page would: an import with the person's
 * session, signing them in to another account with a text/plain form, and signing them out.
 * Every one must be refused and leave nothing behind.
 */
const QUARTER = '2002-Q1' // no other spec uses it
const CSV = `quarter,scope,metric key,value,n,target\r\n${QUARTER},org,releases,77,,\r\n`

let hostile: Server
let hostileOrigin = ''

/** The hostile page: its scripts are given the app's origin and do their work when called. */
function hostilePage(app: string): string {
  const credentials = JSON.stringify({ email: ADMIN.email, password: ADMIN.password })
  return `<!doctype html><html><body><script>
const app = ${JSON.stringify(app)}
const credentials = ${credentials}
window.importWithSession = async () => {
  const form = new FormData()
  form.append('file', new Blob([${JSON.stringify(CSV)}], { type: 'text/csv' }), 'hostile.csv')
  form.append('reason', '')
  for (const route of ['preview', 'apply']) {
    await fetch(app + '/api/import/' + route, { method: 'POST', mode: 'no-cors', credentials: 'include', body: form })
  }
  return 'sent'
}
// A plain HTML form can send text/plain only; a field name can hold JSON up to a last '=' inside a string.
window.submitForm = (route) => {
  const form = document.createElement('form')
  form.method = 'POST'
  form.action = app + route
  if (route.endsWith('login')) {
    form.enctype = 'text/plain'
    const field = document.createElement('input')
    field.name = JSON.stringify(credentials).slice(0, -1) + ',"x":"'
    field.value = '"}'
    form.append(field)
  }
  document.body.append(form)
  form.submit()
}
</script></body></html>`
}

async function storedReleases(): Promise<number> {
  const [row] = await e2eSql<{
    n: number
  }>`SELECT CAST(count(*) AS INTEGER) AS "n" FROM "Figure" WHERE "quarter" = ${QUARTER} AND "metricKey" = 'releases'`
  return row.n
}

test.beforeAll(async ({ baseURL }) => {
  const app = new URL(baseURL ?? '')
  const port = Number(app.port) + 10
  hostile = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(hostilePage(app.origin))
  })
  await new Promise<void>((resolve) => hostile.listen(port, '127.0.0.1', resolve))
  hostileOrigin = `http://127.0.0.1:${port}`
})

test.afterAll(async () => {
  await new Promise((resolve) => hostile?.close(resolve))
})

test('a signed-in person visiting another origin: its import through their session stores nothing', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible()
  const refused: number[] = []
  page.on('response', (response) => {
    // Only the hostile page's two requests: the scorecard left behind may still finish a refresh of its own.
    if (response.url().includes('/api/import/')) refused.push(response.status())
  })
  await page.goto(hostileOrigin)
  expect(await page.evaluate(() => (window as unknown as { importWithSession: () => Promise<string> }).importWithSession())).toBe('sent')
  await expect.poll(() => refused).toEqual([403, 403])
  expect(await storedReleases()).toBe(0)
})

test('a text/plain sign-in form on another origin signs nobody in', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const page = await context.newPage()
  await page.goto(hostileOrigin)
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
    page.evaluate(() => (window as unknown as { submitForm: (route: string) => void }).submitForm('/api/auth/login')),
  ])
  expect(answer.status()).toBe(403)
  expect((await context.cookies()).map((c) => c.name)).not.toContain('cto_session')
  await context.close()
})

test('a sign-out form on another origin does not end the session', async ({ page }) => {
  await page.goto(hostileOrigin)
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/logout')),
    page.evaluate(() => (window as unknown as { submitForm: (route: string) => void }).submitForm('/api/auth/logout')),
  ])
  expect(answer.status()).toBe(403)
  // Let the refused form's own navigation finish first, so it cannot interrupt the next one.
  await page.waitForURL('**/api/auth/logout')
  await page.goto('/')
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible()
})
