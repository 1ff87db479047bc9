import { prisma } from '../client'
import { cachedRead } from '../read-cache'

/**
 * Whether any figure a page of this scope shows (its quarter and the trend quarters before it)
 * is demo data: such a page carries the demo banner, and an export of it the "Demo data" mark.
 * One indexed probe on (scope, quarter), kept until the data version moves on (every page asks it).
 */
export const showsDemoFigures = cachedRead('shows-demo-figures', async (scope: string, quarters: readonly string[]): Promise<boolean> => {
  const row = await prisma.figure.findFirst({ where: { scope, quarter: { in: [...quarters] }, source: 'demo' }, select: { id: true } })
  return row !== null
})
