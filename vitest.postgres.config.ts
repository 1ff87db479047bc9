import path from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * Unit tests that run on SQLite (the main suite) AND on PostgreSQL: the same files, whose temp
 * databases are made on the PostgreSQL server instead (TEST_DATABASE_PROVIDER). They cover what
 * differs between the two: raw SQL (event ingest and figures, stale marks, time-zone marks), the
 * write lock and version checks, sessions and sign-in limits. (The data-version triggers have their
 * own PostgreSQL test: read-cache.test.ts opens the SQLite file directly.)
 */
export const RUN_ON_BOTH = [
  'lib/db/services/ingest-deployments.test.ts',
  'lib/db/services/ingest-incidents.test.ts',
  'lib/db/services/recompute-event-figures.test.ts',
  'lib/db/services/settings-time-zone.test.ts',
  'lib/db/services/delete-event.test.ts',
  'lib/db/services/change-figures.test.ts',
  'lib/db/services/write-contention.test.ts',
  'lib/db/services/sessions.test.ts',
  'lib/db/services/sign-in.test.ts',
  'lib/db/services/first-run.test.ts',
  'lib/connectors/delivery-queue.test.ts',
  'lib/connectors/deployment-runs.test.ts',
  'lib/db/queries/audit.test.ts',
  'lib/db/queries/figures.test.ts',
]

// The PostgreSQL part of the unit suite: RUN_ON_BOTH and the `*.pg.test.ts` files (PostgreSQL only,
// or comparing the two), against the server that TEST_POSTGRES_URL names. Without it they fail, never skip.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['lib/**/*.pg.test.ts', 'tooling/**/*.pg.test.ts', 'scripts/**/*.pg.test.ts', ...RUN_ON_BOTH],
    environment: 'node',
    setupFiles: ['vitest.setup.ts'],
    env: { TEST_DATABASE_PROVIDER: 'postgresql' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
