import path from 'node:path'
import { defineConfig } from 'prisma/config'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { databaseUrl } from './lib/config/database-url'

// Migrate runs through the driver adapter on Prisma's bundled WebAssembly schema engine, so no
// native engine is downloaded (these machines reach only the npm registry; see the README).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl() })
  },
})
