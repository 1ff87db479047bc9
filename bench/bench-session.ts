// The pages and the report export need a signed-in user: the bench creates its own admin in the
// bench database (the same service the setup page uses) and signs in over HTTP like a browser.
export const BENCH_ADMIN = { email: 'bench-admin@example.test', name: 'Bench Admin', password: 'bench admin password 42' }

/** Creates the bench admin. DATABASE_URL must point at the bench database before this runs. */
export async function createBenchAdmin(): Promise<void> {
  const { newUserSchema } = await import('../lib/validation/user-schema')
  const { createFirstAdmin } = await import('../lib/db/services/users')
  const { prisma } = await import('../lib/db/client')
  const user = newUserSchema.parse({ ...BENCH_ADMIN, role: 'admin', categories: [] })
  const result = await createFirstAdmin(user)
  await prisma.$disconnect()
  if (!result.ok) throw new Error(`could not create the bench admin: ${JSON.stringify(result.fieldErrors)}`)
}

/** Signs in through POST /api/auth/login; returns the Cookie header that carries the session. */
export async function signIn(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    // The sign-in route refuses requests that do not come from the app's own origin.
    headers: { 'Content-Type': 'application/json', Origin: new URL(baseUrl).origin },
    body: JSON.stringify({ email: BENCH_ADMIN.email, password: BENCH_ADMIN.password }),
  })
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('cto_session='))
  if (!res.ok || !cookie) throw new Error(`sign-in answered ${res.status}`)
  return cookie
}
