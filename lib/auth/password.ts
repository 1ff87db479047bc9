import { hash, verify } from '@node-rs/argon2'

export { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './password-rules'

// argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): ~30 ms here. Argon2 takes the whole
// password, so there is no 72-byte truncation as with bcrypt.
// algorithm 2 is Argon2id (the package's const enum cannot be imported under isolatedModules).
const OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

// A fixed hash of a random password, verified when the account does not exist so that an unknown
// email costs the same time as a wrong password and the answer time reveals nothing.
let dummyHash: Promise<string> | null = null

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hash(crypto.randomUUID(), OPTIONS)
    await verify(await dummyHash, password).catch(() => false)
    return false
  }
  return verify(passwordHash, password).catch(() => false)
}
