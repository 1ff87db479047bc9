import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { databaseFilePath, databaseProvider } from '@/lib/config/database-url'

/**
 * The server secret keys the HMAC of session and API tokens, so a copy of the database alone cannot
 * be used to check guessed tokens. It is generated on first start into a file beside the database
 * (outside the repository, mode 0600), or given as APP_SECRET. A known or weak value is refused.
 */
const KNOWN_DEFAULTS = new Set(['changeme', 'change-me', 'secret', 'password', 'development', 'default', 'your-secret-here', 'replace-me'])

export class WeakSecretError extends Error {}

export function secretProblem(secret: string): string | null {
  if (KNOWN_DEFAULTS.has(secret.trim().toLowerCase())) return 'APP_SECRET is a well-known default value.'
  if (secret.length < 32) return 'APP_SECRET must be at least 32 characters (use `openssl rand -base64 48`).'
  if (new Set(secret).size < 8) return 'APP_SECRET is too repetitive to be random.'
  return null
}

export function secretFilePath(): string {
  return process.env.APP_SECRET_FILE ?? path.join(path.dirname(path.resolve(databaseFilePath())), 'app-secret.key')
}

/** Creates the secret file if there is none and no APP_SECRET; returns where the secret comes from. */
export function ensureSecret(): string {
  if (process.env.APP_SECRET) return 'APP_SECRET'
  // Several app servers share one PostgreSQL database and must key tokens alike; there is no
  // database file to keep a generated secret beside.
  if (databaseProvider() === 'postgresql' && !process.env.APP_SECRET_FILE) {
    throw new WeakSecretError('On PostgreSQL, set APP_SECRET (or APP_SECRET_FILE), the same on every app server.')
  }
  const file = secretFilePath()
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 })
    chmodSync(file, 0o600)
  }
  return file
}

let cached: string | null = null

/** The secret, validated; throws WeakSecretError so the app refuses to run with a known default. */
export function serverSecret(): string {
  if (cached) return cached
  const secret = process.env.APP_SECRET ?? (existsSync(secretFilePath()) ? readFileSync(secretFilePath(), 'utf8').trim() : null)
  if (!secret) throw new WeakSecretError('No server secret: run the start command, which creates one.')
  const problem = secretProblem(secret)
  if (problem) throw new WeakSecretError(problem)
  cached = secret
  return secret
}
