// Creates the authorization-matrix spec's users (one per role; the owner holds talent) in the database
// named by DATABASE_URL, through the same service the Users page uses. Run by
// e2e/authorization-matrix.spec.ts with tsx against the e2e server's database; a user that already
// exists is left as it is, so a second run changes nothing.
import { createUser } from '@/lib/db/services/users'
import { MATRIX_PASSWORD, MATRIX_USERS } from './matrix-users'

async function main() {
  for (const user of MATRIX_USERS) {
    const result = await createUser({ ...user, password: MATRIX_PASSWORD }, 'e2e-authorization-matrix')
    // The only refusal expected is "already exists" (from an earlier run on the same database).
    if (!result.ok && !result.fieldErrors.email) {
      throw new Error(`could not create ${user.email}: ${JSON.stringify(result.fieldErrors)}`)
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
