import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, request, test, type APIRequestContext } from '@playwright/test'
import { SESSION_COOKIE } from '../lib/auth/session-policy'
import { MATRIX_PASSWORD, MATRIX_ROLES, MATRIX_USERS, type MatrixRole } from './support/matrix-users'
import { e2eDatabaseEnv } from './support/e2e-database'
import { listRoutes, sampleUrl } from './support/routes'

/**
 * The authorization matrix of pages and route handlers, over real HTTP: every page.tsx
 * and route.ts under app/ against the signed-out visitor and each role, with the answer each gets.
 * Redirects are not followed, so "sent to /login" and "sent to /forbidden" are seen as such. A page
 * or route that is not in the table fails the first test. Server actions: lib/actions/authorization-matrix.test.ts.
 * Uses its own accounts matrix-<role>@example.test (created in the e2e database by
 * e2e/support/create-matrix-users.ts) and writes nothing else.
 */
type Who = 'signed-out' | MatrixRole
const EVERYONE: readonly Who[] = ['signed-out', ...MATRIX_ROLES]
/**
 * Plus a visitor with a made-up session cookie: the proxy only looks for the cookie, so this one
 * gets past it, and the page or route itself must give the signed-out answer.
 */
type Visitor = Who | 'forged-session'
const VISITORS: readonly Visitor[] = [...EVERYONE, 'forged-session']

type Expected = { status: number } | { redirect: string | RegExp; statuses: number[] }
const ok: Expected = { status: 200 }
const status = (code: number): Expected => ({ status: code })
/** A redirect the page itself answers (Next's redirect(): 307; a permanent one would be 308). */
const to = (where: string | RegExp): Expected => ({ redirect: where, statuses: [307, 308] })
const seeOther = (where: string): Expected => ({ redirect: where, statuses: [303] })

const all = (expected: Expected): Record<Who, Expected> => ({
  'signed-out': expected,
  viewer: expected,
  owner: expected,
  editor: expected,
  admin: expected,
})
const page = (signedIn: Record<MatrixRole, Expected>): Record<Who, Expected> => ({ 'signed-out': to('/login'), ...signedIn })
const READ = page({ viewer: ok, owner: ok, editor: ok, admin: ok })
const ADMIN_PAGE = page({ viewer: to('/forbidden'), owner: to('/forbidden'), editor: to('/forbidden'), admin: ok })

const IMPORTERS = { viewer: status(403), owner: ok, editor: ok, admin: ok }
const IMPORTERS_BAD_UPLOAD = { viewer: status(403), owner: status(400), editor: status(400), admin: status(400) }

interface Row {
  answers: Record<Who, Expected>
  query?: string
  /** The call ends the session (sign-out): it runs on a session of its own. */
  freshSession?: true
}

const SAMPLES = {
  quarter: '2026-Q3',
  category: 'talent',
  key: 'releases',
  format: 'csv',
  provider: 'github',
  connectionId: 'no-such-connection',
}

const MATRIX: Record<string, Row> = {
  'GET /': { answers: READ },
  'GET /category/[category]': { answers: READ },
  'GET /metric/[key]': { answers: READ },
  'GET /metrics': { answers: READ },
  'GET /how-scores-work': { answers: READ },
  'GET /report': { answers: READ },
  'GET /compare': { answers: READ },
  'GET /entry': {
    answers: page({
      viewer: to(/^\/entry\/\d{4}-Q[1-4]\?scope=org$/),
      owner: to(/^\/entry\/\d{4}-Q[1-4]\?scope=org$/),
      editor: to(/^\/entry\/\d{4}-Q[1-4]\?scope=org$/),
      admin: to(/^\/entry\/\d{4}-Q[1-4]\?scope=org$/),
    }),
  },
  // A viewer can edit no category, so the entry form sends them away; the owner sees their category.
  'GET /entry/[quarter]': { answers: page({ viewer: to('/forbidden'), owner: ok, editor: ok, admin: ok }) },
  // Importing is editing by file: anyone who may edit a category, so not a viewer.
  'GET /import': { answers: page({ viewer: to('/forbidden'), owner: ok, editor: ok, admin: ok }) },
  'GET /teams': { answers: ADMIN_PAGE },
  'GET /settings': { answers: ADMIN_PAGE },
  'GET /admin/users': { answers: ADMIN_PAGE },
  'GET /admin/audit': { answers: ADMIN_PAGE },
  'GET /admin/tokens': { answers: ADMIN_PAGE },
  'GET /admin/connections': { answers: ADMIN_PAGE },
  'GET /forbidden': { answers: all(ok) },
  'GET /login': { answers: { 'signed-out': ok, viewer: to('/'), owner: to('/'), editor: to('/'), admin: to('/') } },
  // The admin exists, so setup is closed to everyone.
  'GET /setup': { answers: all(to('/login')) },
  'GET /api/health': { answers: all(ok) },
  'POST /api/auth/login': { answers: all(status(415)) }, // an empty body: not application/json
  'POST /api/auth/logout': { answers: all(seeOther('/login')), freshSession: true },
  // Public: starting signs nobody in. No provider is configured while this spec runs (the single
  // sign-on spec removes its own), and a callback without the cookie of a started attempt is refused.
  'GET /api/auth/oidc/start': { answers: all(seeOther('/login?sso=not-configured')) },
  'GET /api/auth/oidc/callback': { answers: all(seeOther('/login?sso=expired')) },
  'GET /api/report/[format]': { query: `?quarter=${SAMPLES.quarter}`, answers: { ...all(ok), 'signed-out': status(401) } },
  // Pages that show figures poll it to redraw when the data changes: a reader's, like the pages.
  'GET /api/data-version': { answers: { ...all(ok), 'signed-out': status(401) } },
  'GET /api/import/template': { answers: { ...IMPORTERS, 'signed-out': status(401) } },
  // An empty body is not a multipart upload: refused once the person may import at all.
  'POST /api/import/preview': { answers: { ...IMPORTERS_BAD_UPLOAD, 'signed-out': status(401) } },
  'POST /api/import/apply': { answers: { ...IMPORTERS_BAD_UPLOAD, 'signed-out': status(401) } },
  // Machine APIs take a bearer token only: a browser session, even an admin's, is not one.
  'POST /api/v1/deployments': { answers: all(status(401)) },
  'POST /api/v1/incidents': { answers: all(status(401)) },
  'DELETE /api/v1/deployments': { answers: all(status(401)) },
  'DELETE /api/v1/incidents': { answers: all(status(401)) },
  // Webhooks take no session: a provider authenticates by its signature; an unknown connection is 404 for everyone.
  'POST /api/v1/webhooks/[provider]/[connectionId]': { answers: all(status(404)) },
  'GET /api/v1/figures': { query: `?quarter=${SAMPLES.quarter}`, answers: all(status(401)) },
}

const contexts = new Map<Visitor, APIRequestContext>()
let baseURL = ''

async function signedIn(who: Visitor): Promise<APIRequestContext> {
  // An empty storage state: the project's default (the setup admin's session) must not leak in.
  const empty = { cookies: [], origins: [] }
  if (who === 'forged-session') {
    return request.newContext({ baseURL, storageState: empty, extraHTTPHeaders: { Cookie: `${SESSION_COOKIE}=forged-${'x'.repeat(40)}` } })
  }
  const context = await request.newContext({ baseURL, storageState: empty })
  if (who === 'signed-out') return context
  const response = await context.post('/api/auth/login', {
    headers: { Origin: baseURL },
    data: { email: `matrix-${who}@example.test`, password: MATRIX_PASSWORD },
  })
  expect(response.status(), `signing in as ${who}`).toBe(200)
  return context
}

test.beforeAll(async () => {
  baseURL = test.info().project.use.baseURL ?? ''
  // The e2e server's database (scripts/e2e-server.mjs), written through the users service.
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['e2e/support/create-matrix-users.ts'], {
    env: e2eDatabaseEnv(),
    stdio: 'pipe',
  })
  expect(MATRIX_USERS.map((u) => u.role)).toEqual([...MATRIX_ROLES])
  for (const who of VISITORS) contexts.set(who, await signedIn(who))
})

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose()
})

test('the matrix lists every page and route handler under app/', () => {
  expect(listRoutes().sort()).toEqual(Object.keys(MATRIX).sort())
})

for (const [route, row] of Object.entries(MATRIX)) {
  const [method, routePath] = route.split(' ')
  for (const who of VISITORS) {
    const expected = row.answers[who === 'forged-session' ? 'signed-out' : who]
    const answer = 'status' in expected ? String(expected.status) : `${expected.statuses.join('/')} → ${expected.redirect}`
    test(`${route} as ${who}: ${answer}`, async () => {
      const context = row.freshSession ? await signedIn(who) : contexts.get(who)
      if (!context) throw new Error(`no context for ${who}`)
      // A page of the app sends its own origin, as a browser does with every POST.
      const headers: Record<string, string> = method === 'GET' ? {} : { Origin: baseURL }
      const response = await context.fetch(sampleUrl(routePath, SAMPLES) + (row.query ?? ''), { method, headers, maxRedirects: 0 })
      if ('status' in expected) {
        expect(response.status()).toBe(expected.status)
      } else {
        expect(expected.statuses).toContain(response.status())
        const location = new URL(response.headers().location ?? '', baseURL)
        const target = location.pathname + location.search
        if (typeof expected.redirect === 'string') expect(target).toBe(expected.redirect)
        else expect(target).toMatch(expected.redirect)
      }
      if (row.freshSession) await context.dispose()
    })
  }
}

// A write that a browser session authorizes must come from a page of the app: from any other origin
// it is refused (403) for everyone, before the session or the body is looked at. Bearer-token routes
// (/api/v1) carry no cookie and are exempt.
const SESSION_WRITES = Object.keys(MATRIX).filter((route) => !route.startsWith('GET ') && !route.includes(' /api/v1/'))
for (const route of SESSION_WRITES) {
  const [method, routePath] = route.split(' ')
  for (const who of EVERYONE) {
    test(`${route} as ${who} from another origin: 403`, async () => {
      const context = await signedIn(who)
      const response = await context.fetch(sampleUrl(routePath, SAMPLES), {
        method,
        headers: { Origin: 'https://evil.example' },
        maxRedirects: 0,
      })
      expect(response.status()).toBe(403)
      if (who !== 'signed-out')
        expect((await context.get('/api/import/template', { maxRedirects: 0 })).status(), 'the session survives').not.toBe(401)
      await context.dispose()
    })
  }
}
