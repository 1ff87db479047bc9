import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * "No path in the app edits or deletes audit rows": the app's source is read, and any call that
 * would change or remove an AuditEvent row fails this test. Tests themselves may empty their own
 * throwaway databases, so test files are not scanned; neither are Prisma's generated clients (SQLite and PostgreSQL).
 */
const ROOT = path.resolve(__dirname, '../..')
const SCANNED = ['app', 'lib', 'components', 'scripts', 'prisma', 'bench']
const SKIPPED_DIRS = new Set(['node_modules', 'generated', 'generated-pg', '.next', 'migrations'])
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/
// Tests and the helpers under tooling/ (not scanned) may empty their own throwaway databases; the last
// test below makes sure no shipped code imports tooling.
const TEST = /\.(test|spec)\.[cm]?[jt]sx?$/
const SHIPPED = ['app', 'lib', 'components']

/** Each pattern names one way of changing audit rows. */
const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  {
    what: 'a Prisma update, upsert or delete on auditEvent',
    pattern: /\bauditEvent\s*\??\.\s*(update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\b/,
  },
  { what: 'the auditEvent delegate reached by name', pattern: /\[\s*['"`]auditEvent['"`]\s*\]/ },
  { what: 'raw SQL updating AuditEvent', pattern: /\bUPDATE\s+(OR\s+\w+\s+)?["'`[]?AuditEvent\b/i },
  { what: 'raw SQL deleting from AuditEvent', pattern: /\bDELETE\s+FROM\s+["'`[]?AuditEvent\b/i },
  { what: 'raw SQL replacing AuditEvent rows', pattern: /\b(REPLACE|INSERT\s+OR\s+REPLACE)\s+INTO\s+["'`[]?AuditEvent\b/i },
  { what: 'raw SQL dropping or emptying AuditEvent', pattern: /\b(DROP|TRUNCATE)\s+TABLE\s+(IF\s+EXISTS\s+)?["'`[]?AuditEvent\b/i },
]

function sourceFiles(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return [] // a folder that does not exist in this checkout
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(full)
    return SOURCE.test(entry.name) && !TEST.test(full) ? [full] : []
  })
}

/** Every forbidden use in a text, as "line: what". */
function violations(source: string): string[] {
  return source.split('\n').flatMap((line, i) => FORBIDDEN.filter((f) => f.pattern.test(line)).map((f) => `${i + 1}: ${f.what}`))
}

describe('the audit log is append-only', () => {
  it('recognises every way of changing audit rows (so the scan below can fail)', () => {
    const bad = [
      'await tx.auditEvent.update({ where: { id }, data })',
      'await prisma.auditEvent .deleteMany()',
      'await prisma.auditEvent?.upsert({})',
      "const d = prisma['auditEvent']",
      'await prisma.$executeRaw`UPDATE "AuditEvent" SET actor = 1`',
      "await prisma.$executeRawUnsafe('delete from AuditEvent where id = 1')",
      'INSERT OR REPLACE INTO AuditEvent VALUES (1)',
      'DROP TABLE IF EXISTS "AuditEvent"',
    ]
    for (const line of bad) expect(violations(line), line).not.toEqual([])
    const fine = [
      'await tx.auditEvent.create({ data })',
      'prisma.auditEvent.findMany({ where })',
      'prisma.auditEventCount',
      'prisma.figure.deleteMany()',
    ]
    for (const line of fine) expect(violations(line), line).toEqual([])
  })

  it('finds no code path that updates or deletes audit rows', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    // The scan must have reached the code that writes audit events, or it proves nothing.
    expect(files.map((f) => path.relative(ROOT, f))).toContain(path.join('lib', 'db', 'services', 'audit.ts'))
    const found = files.flatMap((file) => violations(readFileSync(file, 'utf8')).map((v) => `${path.relative(ROOT, file)}:${v}`))
    expect(found).toEqual([])
  })

  it('keeps tooling, which is not scanned, out of the shipped code', () => {
    const files = SHIPPED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    const importing = files.filter((file) =>
      /from\s+['"][^'"]*tooling\/[^'"]*['"]|import\(\s*['"][^'"]*tooling\//.test(readFileSync(file, 'utf8')),
    )
    expect(importing.map((f) => path.relative(ROOT, f))).toEqual([])
  })
})
