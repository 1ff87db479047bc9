import { defineConfig } from '@playwright/test'
import base from './playwright.config'

const port = Number(process.env.E2E_PORT ?? 3100)

/**
 * The browser specs that run on PostgreSQL as well as on SQLite: those whose work reaches the
 * database beyond reading figures back (writes, imports, events and webhooks, publishing and
 * restating, sessions and sign-in limits, settings, concurrent edits, the data version that keeps
 * pages fresh). The whole suite takes about 10 minutes on PostgreSQL on a 2-core machine, which would
 * take CI past its 30; these take about half of that.
 *
 * On SQLite only: pages that render what those writes stored, through the same Prisma queries
 * (every-page, compare-teams, board-report, charts, note-markers, scope-picker, scoring-method,
 * board-honesty),
 * what the browser does alone (unsaved-edits, security-headers), and ingest-faults, which kills a
 * server of its own on a SQLite file of its own and checks that file's integrity.
 */
export const BROWSER_SPECS_ON_BOTH = [
  'accounts-and-roles.spec.ts',
  'admin-first-run.spec.ts',
  'api-tokens.spec.ts',
  'authorization-matrix.spec.ts',
  'bad-input.spec.ts',
  'concurrent-edit.spec.ts',
  'connections.spec.ts',
  'cross-origin.spec.ts',
  'enter-quarter.spec.ts',
  'event-figures.spec.ts',
  'hardening.spec.ts',
  'import-follows-scope.spec.ts',
  'import.spec.ts',
  'live-scorecard.spec.ts',
  'notes-and-mix.spec.ts',
  'publish-and-restate.spec.ts',
  'publish-team-quarters.spec.ts',
  'settings-form.spec.ts',
  'severity-weights.spec.ts',
  'sign-in-limit.spec.ts',
  'single-sign-on.spec.ts',
  'team-rollup.spec.ts',
]

/**
 * The browser suite on PostgreSQL: the spec files above, unchanged, against one app server on a
 * fresh PostgreSQL database (scripts/e2e-server.mjs --postgres, on TEST_POSTGRES_URL's server).
 * Needs a prior `npm run build`.
 */
export default defineConfig({
  ...base,
  reporter: [['list'], ['json', { outputFile: '.test-reports/e2e-pg-suite.json' }]],
  projects: [
    { name: 'setup', testMatch: /admin\.setup\.ts/ },
    {
      name: 'app',
      testMatch: BROWSER_SPECS_ON_BOTH.map((file) => `**/e2e/${file}`),
      dependencies: ['setup'],
      use: { storageState: 'e2e/.tmp/admin.json' },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${port} --postgres`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
