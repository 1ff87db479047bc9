import path from 'node:path'
import { defineConfig } from 'vitest/config'

// The PostgreSQL part of the unit suite: `*.pg.test.ts` files, run against the server that
// TEST_POSTGRES_URL names (scripts/test-all.mjs starts one in CI). Without it they fail, never skip.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['lib/**/*.pg.test.ts', 'tooling/**/*.pg.test.ts', 'scripts/**/*.pg.test.ts'],
    environment: 'node',
    setupFiles: ['vitest.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
