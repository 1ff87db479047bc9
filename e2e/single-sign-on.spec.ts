import { spawn, type ChildProcess } from 'node:child_process'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { ADMIN_STATE } from './accounts'

/**
 * Single sign-on against a real OpenID Connect provider that this spec starts on localhost
 * (tooling/oidc/test-provider.mjs): an admin configures it, people are provisioned with the role
 * their groups map to, a disabled person is refused, and a forged state, an ID token for another
 * audience and an expired ID token are all refused. Everything stays on 127.0.0.1 (CI is offline).
 */
const APP_PORT = Number(process.env.E2E_PORT ?? 3100)
const PROVIDER_PORT = Number(process.env.OIDC_TEST_PORT ?? APP_PORT + 10)
const ISSUER = `http://127.0.0.1:${PROVIDER_PORT}`
const CALLBACK = `http://127.0.0.1:${APP_PORT}/api/auth/oidc/callback`
const CLIENT = { id: 'scorecard-e2e', secret: 'e2e-client-secret-not-used-anywhere-else' }
const PROVIDER_NAME = 'Test IdP'

test.describe.configure({ mode: 'serial' })

let provider: ChildProcess

test.beforeAll(async () => {
  provider = spawn(process.execPath, ['tooling/oidc/test-provider.mjs', String(PROVIDER_PORT), CALLBACK], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    provider.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve()
    })
    provider.once('exit', (code) => reject(new Error(`the test provider exited (${code})`)))
  })
})

/** A browser with nobody signed in to the app (the spec's own page is the admin's). */
async function signedOut(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } })
  const page = await context.newPage()
  // The provider's development pages import a web font; offline, refuse it at once.
  await page.route(/fonts\.googleapis\.com/, (route) => route.abort())
  return page
}

/** From the app's sign-in page through the provider's login (any password) and consent pages. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto('/login')
  await page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).click()
  await page.getByPlaceholder('Enter any login').fill(login)
  await page.getByPlaceholder('and password').fill('anything')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

async function tamperNextIdToken(change: 'wrong-audience' | 'expired'): Promise<void> {
  const response = await fetch(`${ISSUER}/__test/next-id-token?tamper=${change}`, { method: 'POST' })
  expect(response.status).toBe(204)
}

const REFUSED_ANSWER = 'The identity provider’s answer could not be verified, so you were not signed in.'

async function expectAuditedRefusal(page: Page, detail: string): Promise<void> {
  await page.goto('/admin/audit?action=session.sso-refused')
  const latest = page.getByRole('table', { name: 'Audit events, newest first' }).getByRole('row').nth(1)
  await expect(latest).toContainText(detail)
}

test('an admin sets up single sign-on in Settings; the secret is never shown back', async ({ page }) => {
  await page.goto('/settings')
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save single sign-on' }) })
  await expect(form).toContainText(CALLBACK)
  await form.getByLabel('Provider name').fill(PROVIDER_NAME)
  await form.getByLabel('Issuer URL').fill(ISSUER)
  await form.getByLabel('Client id').fill(CLIENT.id)
  await form.getByLabel('Client secret', { exact: true }).fill(CLIENT.secret)
  await form.getByLabel('Scopes').fill('openid email profile groups')
  await form.getByLabel('Role of a new person').selectOption('viewer')
  await form.getByLabel('Group to role mapping').fill('scorecard-editors = chief')
  await form.getByRole('button', { name: 'Save single sign-on' }).click()
  await expect(form.getByText('Line 1: "chief" is not a role (admin, editor, owner or viewer).')).toBeVisible()

  await form.getByLabel('Group to role mapping').fill('scorecard-editors = editor')
  await form.getByRole('button', { name: 'Save single sign-on' }).click()
  await expect(form.getByRole('status')).toHaveText('Single sign-on settings saved.')

  await page.reload()
  await expect(form.getByLabel('Client secret', { exact: true })).toHaveValue('')
  await expect(form.getByText('A secret is saved (not shown). Leave blank to keep it.')).toBeVisible()
  await expect(form.getByLabel('Group to role mapping')).toHaveValue('scorecard-editors = editor')
  await expect(page.content()).resolves.not.toContain(CLIENT.secret)
})

test('first sign-ins provision people with the role their groups map to, or the default', async ({ page, browser, baseURL }) => {
  const ada = await signedOut(browser, baseURL)
  await signInAtProvider(ada, 'ada')
  await expect(ada.getByText('Signed in as Ada Lovelace')).toBeVisible()

  const grace = await signedOut(browser, baseURL)
  await signInAtProvider(grace, 'grace')
  await expect(grace.getByText('Signed in as Grace Hopper')).toBeVisible()

  await page.goto('/admin/users')
  const users = page.getByRole('table', { name: 'Users' })
  await expect(users.getByRole('row', { name: /Ada Lovelace/ })).toContainText('ada@sso-spec.testEditorActive')
  await expect(users.getByRole('row', { name: /Grace Hopper/ })).toContainText('grace@sso-spec.testViewerActive')
  await ada.context().close()
  await grace.context().close()
})

test('a person disabled in the app is refused, whatever the provider says', async ({ page, browser, baseURL }) => {
  await page.goto('/admin/users')
  await page.getByRole('button', { name: 'Disable Grace Hopper' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Disabled' })).toContainText('Disabled Grace Hopper.')

  const grace = await signedOut(browser, baseURL)
  await signInAtProvider(grace, 'grace')
  await expect(grace).toHaveURL(/\/login\?sso=disabled$/)
  await expect(grace.getByRole('alert').first()).toHaveText('Your account is disabled in CTO Scorecard. Ask an admin to re-enable it.')
  await grace.goto('/')
  await expect(grace).toHaveURL(/\/login$/)
  await grace.context().close()
})

test('an answer whose state was forged is refused', async ({ page, browser, baseURL }) => {
  // Login CSRF: an attacker signs in to their own account and lures the victim to the provider's answer
  // (a real code and state), while the victim's browser holds the state of an attempt of its own.
  const attacker = await signedOut(browser, baseURL)
  const answer = attacker.waitForRequest(/\/api\/auth\/oidc\/callback\?/)
  await signInAtProvider(attacker, 'ada')
  const forged = (await answer).url()
  await attacker.context().close()

  const tim = await signedOut(browser, baseURL)
  await tim.goto('/login')
  await tim.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).click()
  await expect(tim.getByPlaceholder('Enter any login')).toBeVisible()
  await tim.goto(forged)
  await expect(tim).toHaveURL(/\/login\?sso=invalid$/)
  await expect(tim.getByRole('alert').first()).toContainText(REFUSED_ANSWER)
  await expectAuditedRefusal(page, 'unexpected \\"state\\" response parameter value')
  await tim.goto('/')
  await expect(tim).toHaveURL(/\/login$/)
  await tim.context().close()
})

test('an ID token for another audience is refused', async ({ page, browser, baseURL }) => {
  const tim = await signedOut(browser, baseURL)
  await tamperNextIdToken('wrong-audience')
  await signInAtProvider(tim, 'tim')
  await expect(tim).toHaveURL(/\/login\?sso=invalid$/)
  await expect(tim.getByRole('alert').first()).toContainText(REFUSED_ANSWER)
  await expectAuditedRefusal(page, '(audience) claim value')
  await tim.context().close()
})

test('an expired ID token is refused', async ({ page, browser, baseURL }) => {
  const tim = await signedOut(browser, baseURL)
  await tamperNextIdToken('expired')
  await signInAtProvider(tim, 'tim')
  await expect(tim).toHaveURL(/\/login\?sso=invalid$/)
  await expect(tim.getByRole('alert').first()).toContainText(REFUSED_ANSWER)
  await expectAuditedRefusal(page, 'expiration is past current timestamp')
  // None of the refused answers provisioned anybody.
  await page.goto('/admin/users')
  await expect(page.getByRole('table', { name: 'Users' }).getByRole('row', { name: /Tim Berners-Lee/ })).toHaveCount(0)
  await tim.context().close()
})

// Later specs sign in with passwords and do not expect a provider that is about to stop.
test.afterAll(async ({ browser, baseURL }) => {
  provider?.kill('SIGTERM')
  const context = await browser.newContext({ baseURL, storageState: ADMIN_STATE })
  const page = await context.newPage()
  await page.goto('/settings')
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save single sign-on' }) })
  for (const label of ['Provider name', 'Issuer URL', 'Client id']) await form.getByLabel(label).fill('')
  await form.getByLabel('Remove the saved client secret').check()
  await form.getByRole('button', { name: 'Save single sign-on' }).click()
  await expect(form.getByRole('status')).toHaveText('Single sign-on settings saved.')
  await context.close()
})
