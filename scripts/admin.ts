// `npm run admin -- <command>`: user and team administration on the app's own database, through the
// same services (and audit log) as the app. The commands live in lib/cli; see `--help`.
import { cliActor, prepareDatabase } from '../lib/cli/prepare'
import { readPassword } from '../lib/cli/read-password'
import { runCli } from '../lib/cli/run-cli'

async function main() {
  const code = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    actor: cliActor,
    readPassword: () => readPassword(),
    prepare: prepareDatabase,
  })
  const { prisma } = await import('../lib/db/client')
  await prisma.$disconnect()
  process.exitCode = code
}

void main()
