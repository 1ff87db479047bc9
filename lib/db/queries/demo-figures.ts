import { prisma } from '../client'

/**
 * Whether any figure a page of this scope shows (its quarter and the trend quarters before it)
 * is demo data: such a page carries the demo banner, and an export of it the "Demo data" mark.
 * One indexed probe on (scope, quarter).
 */
export async function showsDemoFigures(scope: string, quarters: readonly string[]): Promise<boolean> {
  const row = await prisma.figure.findFirst({ where: { scope, quarter: { in: [...quarters] }, source: 'demo' }, select: { id: true } })
  return row !== null
}
