import { expect, test as setup } from '@playwright/test'
import { ADMIN, ADMIN_STATE } from './accounts'

// The first visit to a fresh database asks for the admin account; every other spec starts signed
// in as that admin (or signs in as someone else itself).
setup('the first visit creates the admin account', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/setup$/)
  await expect(page.getByRole('heading', { name: 'Create the admin account' })).toBeVisible()
  await page.getByLabel('Your name').fill(ADMIN.name)
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password', { exact: true }).fill('password1')
  await page.getByLabel('Confirm password').fill('password1')
  await page.getByRole('button', { name: 'Create admin account' }).click()
  await expect(page.getByText('This password is too common; choose another.')).toBeVisible()

  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('Confirm password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Create admin account' }).click()
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible()
  await page.context().storageState({ path: ADMIN_STATE })

  // Once the admin exists, setup is closed.
  await page.goto('/setup')
  await expect(page).not.toHaveURL(/\/setup$/)
})
