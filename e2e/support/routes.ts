import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Every page and route handler under app/, as "<METHOD> <path>" with the [params] of the file
 * system kept (e.g. "GET /entry/[quarter]", "POST /api/auth/login"), so the authorization-matrix
 * spec can tell when one is missing from its table.
 */
const APP = path.resolve(__dirname, '../../app')
const METHODS = /export\s+(?:async\s+function\s+|function\s+|const\s+)(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

/** The URL path of a folder: route groups "(app)" and parallel slots "@x" leave no trace. */
function urlOf(dir: string): string {
  const segments = path
    .relative(APP, dir)
    .split(path.sep)
    .filter((s) => s !== '' && !/^\(.*\)$/.test(s) && !s.startsWith('@'))
  return `/${segments.join('/')}`
}

export function listRoutes(): string[] {
  return walk(APP).flatMap((file) => {
    const name = path.basename(file)
    if (name === 'page.tsx' || name === 'page.ts') return [`GET ${urlOf(path.dirname(file))}`]
    if (name === 'route.ts') {
      const methods = [...readFileSync(file, 'utf8').matchAll(METHODS)].map((m) => m[1])
      return methods.map((method) => `${method} ${urlOf(path.dirname(file))}`)
    }
    return []
  })
}

/** A concrete URL for a route path: each [param] replaced by its sample value. */
export function sampleUrl(route: string, samples: Record<string, string>): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, param: string) => {
    const value = samples[param]
    if (value === undefined) throw new Error(`No sample value for [${param}] in ${route}: add one to SAMPLES`)
    return value
  })
}

/** Every page (page.tsx) under app/, as a URL path with its [params] kept, e.g. "/entry/[quarter]". */
export function listPages(): string[] {
  return listRoutes()
    .filter((route) => route.startsWith('GET ') && !route.startsWith('GET /api/'))
    .map((route) => route.slice('GET '.length))
}
