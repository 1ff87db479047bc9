/**
 * The PostgreSQL copy of prisma/schema.prisma. Prisma generates one client per provider (its query
 * compiler is built for one database), so the app carries a second client generated from this copy.
 * The datamodel is the same text: only the datasource's provider and url and the client's output
 * folder differ, and a test checks the committed copy is exactly this function's output.
 */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const replace = (text: string, from: RegExp, to: string): string => {
    if (!from.test(text)) throw new Error(`prisma/schema.prisma no longer matches ${from}`)
    return text.replace(from, to)
  }
  let schema = replace(sqliteSchema, /output(\s*)= "\.\.\/lib\/db\/generated"/, 'output$1= "../../lib/db/generated-pg"')
  schema = replace(schema, /provider = "sqlite"/, 'provider = "postgresql"')
  schema = replace(schema, /url(\s*)= "file:\.\/data\/app\.db"/, 'url$1= "postgresql://localhost/scorecard"')
  return `// GENERATED from prisma/schema.prisma by \`npm run db:schema:postgres\`: edit that file, not this one.\n${schema}`
}

export const SQLITE_SCHEMA_PATH = 'prisma/schema.prisma'
export const POSTGRES_SCHEMA_PATH = 'prisma/postgres/schema.prisma'
