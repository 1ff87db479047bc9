import { readFileSync, writeFileSync } from 'node:fs'
import { POSTGRES_SCHEMA_PATH, SQLITE_SCHEMA_PATH, postgresSchemaFrom } from './postgres-schema'

// Rewrites the PostgreSQL copy of the schema after prisma/schema.prisma changed.
writeFileSync(POSTGRES_SCHEMA_PATH, postgresSchemaFrom(readFileSync(SQLITE_SCHEMA_PATH, 'utf8')))
console.log(`wrote ${POSTGRES_SCHEMA_PATH}`)
