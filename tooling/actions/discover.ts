import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Finds what the fuzz and matrix tests must cover by reading the tree, so a new action, handler or
 * schema that nobody added to their tables makes them fail instead of going untested.
 */
const ROOT = path.resolve(__dirname, '../..')

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

export interface ActionWrapper {
  /** The exported name of the 'use server' function, e.g. createTeamAction. */
  name: string
  /** Its file, relative to the repository. */
  file: string
  /** The lib/actions handlers its body calls (by imported name). */
  calls: string[]
}

/** Every exported server action in app/**\/actions.ts, with the handlers each one calls. */
export function listActionWrappers(): ActionWrapper[] {
  const files = walk(path.join(ROOT, 'app')).filter((f) => path.basename(f) === 'actions.ts')
  return files.flatMap((file) => {
    const source = readFileSync(file, 'utf8')
    const handlers = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@\/lib\/actions\/[\w-]+'/g)].flatMap((m) =>
      m[1]
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && !name.startsWith('type '))
        .map((name) => name.split(/\s+as\s+/).pop() ?? name),
    )
    // Each export's body runs to the next export (or the end of the file).
    const exports = [...source.matchAll(/export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)\s*=|function\s+(\w+))/g)]
    return exports.map((match, i) => {
      const body = source.slice(match.index, exports[i + 1]?.index ?? source.length)
      const calls = handlers.filter((h) => new RegExp(`\\b${h}\\b`).test(body))
      return { name: match[1] ?? match[2] ?? match[3], file: path.relative(ROOT, file), calls }
    })
  })
}

/** The lib/actions functions that route handlers (app/**\/route.ts) import, as "<module>.<export>". */
export function listRouteImports(): string[] {
  const files = walk(path.join(ROOT, 'app')).filter((f) => path.basename(f) === 'route.ts')
  const found = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@\/lib\/actions\/([\w-]+)'/g)].flatMap((m) =>
      m[1]
        .split(',')
        .map((name) => name.trim().split(/\s+as\s+/)[0])
        .filter((name) => name !== '' && !name.startsWith('type '))
        .map((name) => `${m[2]}.${name}`),
    ),
  )
  return [...new Set(found)]
}

/** The handler modules: lib/actions/*.ts except the shared handler.ts and tests. */
export function handlerModuleFiles(): string[] {
  const dir = path.join(ROOT, 'lib/actions')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'handler.ts')
    .map((f) => path.join(dir, f))
}

type Fn = (...args: never[]) => unknown

/**
 * Every handler exported from lib/actions, keyed "<module>.<export>" (e.g. "teams.createTeamHandler").
 * Handlers are named for their use case plus "Handler"; the same modules also export the words and
 * form-state helpers their forms share, which are not handlers.
 */
export async function listHandlers(): Promise<Map<string, Fn>> {
  const found = new Map<string, Fn>()
  for (const file of handlerModuleFiles()) {
    const mod = (await import(file)) as Record<string, unknown>
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function' && name.endsWith('Handler')) found.set(`${path.basename(file, '.ts')}.${name}`, value as Fn)
    }
  }
  return found
}

/** Every export of lib/validation named *Schema (a schema or a schema factory), keyed "<file>.<export>". */
export async function listSchemaExports(): Promise<Map<string, unknown>> {
  const dir = path.join(ROOT, 'lib/validation')
  const found = new Map<string, unknown>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>
    for (const [name, value] of Object.entries(mod)) {
      if (/Schema$/.test(name)) found.set(`${path.basename(file, '.ts')}.${name}`, value)
    }
  }
  return found
}
