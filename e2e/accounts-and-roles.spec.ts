import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { ADMIN } from './accounts'
import { fillAndSave, openEntry } from './entry-helpers'

// Uses quarter 2026-Q1 (Product delivery and Talent retention only) and the users it creates below;
// no other spec signs in as them. Two wrong sign-ins in all, well under the limit of 5 a minute.
const QUARTER = '2026-Q1'
const EDITOR = { name: 'Eddie Editor', email: 'editor@example.test', password: 'editor passphrase 2026' }
const VIEWER = { name: 'Vera Viewer', email: 'viewer@example.test', password: 'viewer passphrase 2026' }
const OWNER = { name: 'Hana HR', email: 'hr@example.test', password: 'owner passphrase 2026' }
type Person = { name: string; email: string; password: string }

// One story in order: each step needs the accounts (and the viewer's open session) of the one before.
test.describe.configure({ mode: 'serial' })

let viewer: { context: BrowserContext; page: Page }

/** A browser context with nobody signed in (the project's default is the admin's storage state). */
async function signedOut(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  return { context, page: await context.newPage() }
}

async function signIn(page: Page, person: Person) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(person.email)
  await page.getByLabel('Password').fill(person.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible()
}

async function addUser(form: Locator, person: Person, role: string, categories: string[] = []) {
  await form.getByLabel('Name').fill(person.name)
  await form.getByLabel('Email').fill(person.email)
  await form.getByLabel('Role').selectOption({ label: role })
  for (const category of categories) await form.getByLabel(category).check()
  await form.getByLabel('Initial password').fill(person.password)
  await form.getByRole('button', { name: 'Add user' }).click()
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

test('the admin adds an editor, a viewer and a category owner on the Users page', async ({ page }) => {
  await page.goto('/admin/users')
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible()
  const form = page.getByRole('form', { name: 'Add a user' })
  const status = form.getByRole('status')

  await addUser(form, EDITOR, 'Editor')
  await expect(status).toHaveText(`Added ${EDITOR.name} (${EDITOR.email}) as Editor. They can sign in now.`)
  await addUser(form, VIEWER, 'Viewer')
  await expect(status).toHaveText(`Added ${VIEWER.name} (${VIEWER.email}) as Viewer. They can sign in now.`)

  // A category owner without a category and with a common password is refused; nothing typed is lost.
  await addUser(form, { ...OWNER, password: 'password1' }, 'Category owner')
  await expect(form.getByText('A category owner needs at least one category.')).toBeVisible()
  await expect(form.getByText('This password is too common; choose another.')).toBeVisible()
  await expect(form.getByLabel('Name')).toHaveValue(OWNER.name)
  await expect(form.getByLabel('Role')).toHaveValue('owner')
  await form.getByLabel('Talent retention').check()
  await form.getByLabel('Initial password').fill(OWNER.password)
  await form.getByRole('button', { name: 'Add user' }).click()
  await expect(status).toHaveText(`Added ${OWNER.name} (${OWNER.email}) as Category owner of Talent retention. They can sign in now.`)
  await expect(form.getByLabel('Name')).toHaveValue('')

  const table = page.getByRole('table', { name: 'Users' })
  await expect(table.getByRole('row', { name: new RegExp(EDITOR.name) })).toContainText(`${EDITOR.email}EditorActive`)
  await expect(table.getByRole('row', { name: new RegExp(VIEWER.name) })).toContainText(`${VIEWER.email}ViewerActive`)
  await expect(table.getByRole('row', { name: new RegExp(OWNER.name) })).toContainText(`${OWNER.email}Category ownerTalent retentionActive`)
})

test('signing out ends the session, and a wrong password is refused', async ({ browser }) => {
  // The editor signs out rather than the admin: the admin's saved session serves the other specs.
  const { context, page } = await signedOut(browser)
  await signIn(page, EDITOR)
  await expect(mainNav(page).getByRole('link', { name: 'Enter figures' })).toBeVisible()
  await expect(mainNav(page).getByRole('link', { name: 'Users' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await page.goto('/')
  await expect(page).toHaveURL(/\/login$/)

  await page.getByLabel('Email').fill(VIEWER.email)
  await page.getByLabel('Password').fill('not the viewer password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password' })).toHaveText('Email or password is wrong.')
  await expect(page).toHaveURL(/\/login$/)
  await context.close()
})

test('a viewer cannot enter figures: no link, no page, and the save action refuses them too', async ({ browser, page }) => {
  viewer = await signedOut(browser)
  await signIn(viewer.page, VIEWER)
  await expect(mainNav(viewer.page).getByRole('link', { name: 'Scorecard' })).toBeVisible()
  await expect(mainNav(viewer.page).getByRole('link', { name: 'Enter figures' })).toHaveCount(0)
  await viewer.page.goto(`/entry/${QUARTER}?scope=org`)
  await expect(viewer.page).toHaveURL(/\/forbidden$/)
  // The viewer stays on the scorecard, signed in, until the admin disables them in the last step.
  await viewer.page.goto(`/?quarter=${QUARTER}&scope=org`)
  await expect(viewer.page.getByText(`Signed in as ${VIEWER.name}`)).toBeVisible()

  // The page is closed to a viewer, so borrow the admin's form and send it with the viewer's session:
  // only the action's own check stands between the viewer and the database.
  const borrowed = await browser.newContext()
  const form = await borrowed.newPage()
  await openEntry(form, QUARTER, 'delivery')
  await borrowed.addCookies(await viewer.context.cookies())
  await form.getByLabel('Releases shipped', { exact: true }).fill('7')
  await form.getByRole('button', { name: 'Save changes' }).click()
  const alert = form.getByRole('alert').filter({ hasText: 'Nothing was saved.' })
  await expect(alert).toContainText('You do not have permission to do this.')
  await borrowed.close()

  await openEntry(page, QUARTER, 'delivery')
  await expect(page.getByLabel('Releases shipped', { exact: true })).toHaveValue('')
})

test('a category owner saves their own category and can only view the others', async ({ browser }) => {
  const { context, page } = await signedOut(browser)
  await signIn(page, OWNER)
  await openEntry(page, QUARTER, 'talent')
  await fillAndSave(page, { 'Time to hire': '40' })
  await page.reload()
  await expect(page.getByLabel('Time to hire', { exact: true })).toHaveValue('40')

  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Product delivery' }).click()
  await expect(page.getByRole('note')).toContainText('You can view Product delivery but not change it')
  await expect(page.getByLabel('Releases shipped', { exact: true })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0)

  await page.goto('/admin/users')
  await expect(page).toHaveURL(/\/forbidden$/)
  await context.close()
})

test('the admin disables the viewer, whose open session is refused at once', async ({ browser }) => {
  const { context, page } = await signedOut(browser)
  await signIn(page, ADMIN)
  await page.goto('/admin/users')
  await page.getByRole('button', { name: `Disable ${VIEWER.name}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Disabled' })).toHaveText(
    `Disabled ${VIEWER.name}. They were signed out and cannot sign in until re-enabled.`,
  )
  const row = page.getByRole('table', { name: 'Users' }).getByRole('row', { name: new RegExp(VIEWER.name) })
  await expect(row).toContainText('Disabled')
  await expect(row.getByRole('button', { name: `Re-enable ${VIEWER.name}` })).toBeVisible()

  await viewer.page.reload()
  await expect(viewer.page).toHaveURL(/\/login$/)
  await viewer.page.getByLabel('Email').fill(VIEWER.email)
  await viewer.page.getByLabel('Password').fill(VIEWER.password)
  await viewer.page.getByRole('button', { name: 'Sign in' }).click()
  await expect(viewer.page.getByRole('alert').filter({ hasText: 'Email or password' })).toHaveText('Email or password is wrong.')
  await viewer.context.close()
  await context.close()
})
