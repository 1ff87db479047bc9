import { readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, request, test, type APIRequestContext, type APIResponse } from '@playwright/test'

// Reads only (GET), signed out and signed in as the admin; it changes no data.

/** A value for each dynamic segment, so a route with [params] is requested like a real link. */
const SAMPLE_PARAMS: Record<string, string> = { quarter: '2024-Q3', category: 'delivery', key: 'releases', format: 'csv' }

/**
 * Every URL the app serves, found from the app/ folder (page and route files), so a route added
 * later is covered without touching this spec. Route groups "(x)" add no segment; "_x" is private.
 */
function appRoutes(dir = 'app', prefix = ''): string[] {
  const routes: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && /^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) routes.push(prefix || '/')
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue
    const param = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(entry.name)?.[1]
    const segment =
      /^\(.*\)$/.test(entry.name) || entry.name.startsWith('@') ? '' : `/${param ? (SAMPLE_PARAMS[param] ?? 'sample') : entry.name}`
    routes.push(...appRoutes(path.join(dir, entry.name), prefix + segment))
  }
  return routes
}

const ROUTES = [...new Set([...appRoutes(), '/login', '/setup', '/no-such-page-4f1c'])].sort()

/** What is wrong with one response's headers (and, for a page, its scripts); empty when nothing is. */
async function problemsOf(response: APIResponse): Promise<{ problems: string[]; nonce: string | null }> {
  const headers = response.headers()
  const problems: string[] = []
  const csp = headers['content-security-policy'] ?? ''
  const nonce = /(?:^|;)\s*script-src [^;]*'nonce-([^']+)'/.exec(csp)?.[1] ?? null
  if (!csp) problems.push('no Content-Security-Policy')
  if (csp.includes('unsafe-eval')) problems.push("CSP allows 'unsafe-eval'")
  if (!/(?:^|;)\s*frame-ancestors 'none'(?:;|$)/.test(csp)) problems.push("CSP lacks frame-ancestors 'none'")
  if (csp && !nonce) problems.push('script-src has no nonce')
  if (headers['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options is ${headers['x-content-type-options']}`)
  if (!headers['referrer-policy']) problems.push('no Referrer-Policy')
  if ((headers['content-type'] ?? '').startsWith('text/html')) {
    for (const [tag, attributes] of (await response.text()).matchAll(/<script\b([^>]*)>/g)) {
      const scriptNonce = /\snonce="([^"]*)"/.exec(attributes)?.[1]
      // A page served from a cache carries the nonce of the request that rendered it, which no longer matches.
      if (scriptNonce !== nonce) problems.push(`<script> nonce ${scriptNonce ?? 'missing'} is not the CSP's ${nonce}: ${tag.slice(0, 60)}`)
    }
  }
  return { problems, nonce }
}

async function checkEveryRoute(api: APIRequestContext, who: string) {
  const problems: string[] = []
  const nonces: string[] = []
  const statuses: Record<string, number> = {}
  for (const route of ROUTES) {
    // Each hop of a redirect is a response of its own and must carry the headers too.
    const response = await api.get(route, { maxRedirects: 0 })
    statuses[route] = response.status()
    const found = await problemsOf(response)
    problems.push(...found.problems.map((p) => `${who} ${route} (${response.status()}): ${p}`))
    if (found.nonce) nonces.push(found.nonce)
  }
  expect(problems).toEqual([])
  // A nonce is only secret if it is never reused.
  expect(new Set(nonces).size).toBe(nonces.length)
  return statuses
}

test('the routes are found from the app folder', () => {
  for (const route of ['/', '/entry', '/entry/2024-Q3', '/category/delivery', '/metric/releases', '/teams', '/settings', '/api/health']) {
    expect(ROUTES).toContain(route)
  }
})

test('every route sends the security headers when signed out', async () => {
  const api = await request.newContext({ baseURL: test.info().project.use.baseURL, storageState: { cookies: [], origins: [] } })
  const statuses = await checkEveryRoute(api, 'signed out')
  // Signed out, a page redirects to the sign-in page: the redirect itself was checked above.
  expect(statuses['/']).toBe(307)
  expect(statuses['/login']).toBe(200)
  await api.dispose()
})

test('every route sends the security headers when signed in', async ({ page }) => {
  const statuses = await checkEveryRoute(page.request, 'signed in')
  expect(statuses['/']).toBe(200)
  expect(statuses['/entry/2024-Q3']).toBe(200)
  expect(statuses['/no-such-page-4f1c']).toBe(404)
})

test('static assets are not sniffed, framed or leak the referrer', async ({ page }) => {
  const html = await (await page.request.get('/login')).text()
  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
  expect(asset).toBeTruthy()
  const response = await page.request.get(asset ?? '')
  expect(response.status()).toBe(200)
  const headers = response.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-frame-options']).toBe('DENY')
})

test('pages run under the policy without a single violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(`${page.url()}: ${message.text()}`)
  })
  await page.goto('/entry/2024-Q3?scope=org&category=delivery')
  // Next's client sets window.next once its chunks have loaded and run, which needs the nonce.
  await page.waitForFunction(() => typeof (window as unknown as { next?: { version?: unknown } }).next?.version === 'string')
  for (const route of ROUTES.filter((r) => !r.startsWith('/api/'))) await page.goto(route)
  expect(violations).toEqual([])
})
