import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Every state-changing route handler that a browser session can reach must start by refusing
 * cross-site requests (refuseCrossOrigin), so a new one that forgets fails here. Bearer-token
 * routes under /api/v1 carry no cookie and are exempt.
 */
const API = path.resolve(__dirname, '../../app/api')
const WRITES = /export\s+async\s+function\s+(POST|PUT|PATCH|DELETE)\s*\([^)]*\)[^{]*\{\s*([^\n]*)/g

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === 'route.ts' ? [full] : []
  })
}

const ANY_WRITE_EXPORT = /export\s+(?:async\s+function|function|const|let)\s+(POST|PUT|PATCH|DELETE)\b/g

const files = routeFiles(API).filter((file) => !path.relative(API, file).startsWith(`v1${path.sep}`))
const exported = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(ANY_WRITE_EXPORT)])
const handlers = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(WRITES)].map((m) => ({
    route: `${m[1]} ${path.relative(API, path.dirname(file))}`,
    firstLine: m[2].trim(),
  })),
)

describe('cross-site request refusal in route handlers', () => {
  it('finds the session-authorized write routes', () => {
    expect(handlers.map((h) => h.route).sort()).toEqual(
      expect.arrayContaining(['POST auth/login', 'POST auth/logout', 'POST import/apply', 'POST import/preview']),
    )
  })

  it('finds each of them written as an async function, so its first line can be checked', () => {
    expect(handlers).toHaveLength(exported.length)
  })

  it.each(handlers.map((h) => [h.route, h.firstLine] as const))('%s checks the origin first', (_route, firstLine) => {
    expect(firstLine).toBe('const crossOrigin = refuseCrossOrigin(request)')
  })
})
