import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tooling/**/*.test.ts',
      'prisma/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/*.pg.test.ts'],
    environment: 'node',
    setupFiles: ['vitest.setup.ts'],
    testTimeout: 60_000,
  },
})
