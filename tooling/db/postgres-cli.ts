import { createTempPostgres } from './temp-postgres'
import pg from 'pg'
import { testPostgresUrl } from './temp-postgres'

// Synchronous access to the test PostgreSQL server for createTempDatabase, which tests call
// synchronously: `create <prefix>` prints the URL of a fresh migrated database, `drop <name>` drops it.
async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2)
  if (command === 'create' && arg) {
    process.stdout.write((await createTempPostgres(arg)).url)
  } else if (command === 'drop' && arg && /^[a-z0-9_]+$/.test(arg)) {
    const client = new pg.Client({ connectionString: testPostgresUrl() })
    await client.connect()
    // DROP DATABASE takes no parameters; the name was checked to be [a-z0-9_] above.
    await client.query(`DROP DATABASE IF EXISTS "${arg}" WITH (FORCE)`)
    await client.end()
  } else {
    throw new Error('usage: postgres-cli.ts create <prefix> | drop <name>')
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
