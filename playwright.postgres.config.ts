import { defineConfig } from '@playwright/test'
import base from './playwright.config'

export const PORT_A = Number(process.env.E2E_PORT ?? 3107)
export const PORT_B = Number(process.env.E2E_PORT_B ?? PORT_A + 10)

/**
 * The browser test of several app servers: two servers on one PostgreSQL database
 * (scripts/e2e-two-servers.mjs, on TEST_POSTGRES_URL). Needs a prior `npm run build`.
 */
export default defineConfig({
  ...base,
  testDir: 'e2e',
  reporter: [['list'], ['json', { outputFile: '.test-reports/e2e-pg.json' }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT_A}` },
  projects: [{ name: 'two-servers', testMatch: /two-servers\.postgres\.ts/ }],
  webServer: {
    command: `node scripts/e2e-two-servers.mjs ${PORT_A} ${PORT_B}`,
    url: `http://127.0.0.1:${PORT_A}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
