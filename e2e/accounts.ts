/** Accounts the browser tests create through the UI. Passwords are test-only, never defaults of the app. */
export const ADMIN = { name: 'Ada Admin', email: 'ada@example.test', password: 'correct horse battery staple 7' }
export const ADMIN_STATE = 'e2e/.tmp/admin.json'
