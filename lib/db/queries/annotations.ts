import type { AnnotationFact } from '@/lib/metrics/annotation-rules'
import { isCategoryKey } from '@/lib/metrics/categories'
import { prisma } from '../client'
import { cachedRead } from '../read-cache'

/** Every note on a scope's timeline, in day order; which chart shows which is annotation-rules.ts's call. */
export const listAnnotations = cachedRead('annotations', async (scope: string): Promise<AnnotationFact[]> => {
  const rows = await prisma.annotation.findMany({ where: { scope }, orderBy: [{ date: 'asc' }, { id: 'asc' }] })
  return rows.map((r) => ({
    id: r.id,
    scope: r.scope,
    date: r.date,
    text: r.text,
    category: r.category !== null && isCategoryKey(r.category) ? r.category : null,
    metricKey: r.metricKey,
    createdBy: r.createdBy,
    version: r.version,
  }))
})
