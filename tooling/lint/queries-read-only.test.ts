import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Queries only read: a page view must never take the write lock or append an audit event. This
// test keeps it so: no query imports a service, a job or the write path, and none calls a write.

const DIR = path.resolve('lib/db/queries')
const WRITE_CALLS = new Set([
  'create',
  'createMany',
  'createManyAndReturn',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'upsert',
  'delete',
  'deleteMany',
  '$executeRaw',
  '$executeRawUnsafe',
  '$queryRawUnsafe',
  '$transaction',
  'writeTransaction',
])
const WRITE_MODULES = [/(^|\/)services\//, /(^|\/)jobs\//, /write-transaction$/, /write-lock$/]

/** Every import of a module that writes, and every call (or tagged template) of a write method, in one file. */
function writesIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const calleeName = (callee: ts.Node): string | null => {
    if (ts.isIdentifier(callee)) return callee.text
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text
    if (ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression)) return callee.argumentExpression.text
    return null
  }
  const visit = (node: ts.Node) => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0])
          ? node.arguments[0].text
          : null
    if (specifier && WRITE_MODULES.some((m) => m.test(specifier))) found.push(`${where(node)} imports ${specifier}`)
    const callee = ts.isCallExpression(node) ? node.expression : ts.isTaggedTemplateExpression(node) ? node.tag : null
    const name = callee ? calleeName(callee) : null
    if (name && WRITE_CALLS.has(name)) found.push(`${where(node)} calls ${name}`)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('lib/db/queries', () => {
  it('only reads: no query imports a service, a job or the write path, or calls a write method', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    expect(files.length).toBeGreaterThan(10)
    const found = files.flatMap((name) => writesIn(name, readFileSync(path.join(DIR, name), 'utf8')))
    expect(found).toEqual([])
  })

  it('the check finds each kind of write', () => {
    const source = `
      import { recomputeEventFigures } from '../services/recompute-event-figures'
      import { writeTransaction } from '../write-transaction'
      export async function bad(tx) {
        await prisma.figure.upsert({})
        await tx.auditEvent.create({ data: {} })
        await prisma.$executeRaw\`DELETE FROM "Figure"\`
        await prisma['staleEventFigures'].deleteMany()
        await writeTransaction(async () => {})
        await import('../jobs/recompute-job')
      }`
    expect(writesIn('bad.ts', source)).toEqual([
      'bad.ts:2 imports ../services/recompute-event-figures',
      'bad.ts:3 imports ../write-transaction',
      'bad.ts:5 calls upsert',
      'bad.ts:6 calls create',
      'bad.ts:7 calls $executeRaw',
      'bad.ts:8 calls deleteMany',
      'bad.ts:9 calls writeTransaction',
      'bad.ts:10 imports ../jobs/recompute-job',
    ])
    expect(writesIn('good.ts', `export const f = () => prisma.figure.findMany({ where: { scope: 'org' } })`)).toEqual([])
  })
})
