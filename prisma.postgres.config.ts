import path from 'node:path'
import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'

// Prisma's CLI for the PostgreSQL copy of the schema (`prisma … --config prisma/postgres/prisma.config.ts`),
// on the bundled WebAssembly schema engine like prisma.config.ts. Only `generate` and `migrate diff`
// are used: `migrate deploy` fails on PostgreSQL through an adapter (prisma/orm#27403), so
// lib/db/postgres-migrations.ts applies prisma/postgres/migrations instead.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'postgres', 'schema.prisma'),
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://localhost/scorecard' })
  },
})
