import { randomBytes } from 'node:crypto'

// Unit tests that hash tokens need a server secret; a fresh random one per run, never a fixed value.
process.env.APP_SECRET ??= randomBytes(48).toString('base64url')
