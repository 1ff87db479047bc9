import { DEMO_COMMENTARY, DEMO_TEAMS, generateDemoData } from '@/lib/demo/demo-data'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

/**
 * Loads the demo data in one transaction. Every row is marked (figures by source "demo", the rest
 * by isDemo) so that "Remove demo data" can take exactly these rows away and nothing else.
 */
export async function loadDemoData(lastQuarter: string, actor = 'system'): Promise<{ figures: number }> {
  const settings = await getSettings()
  const demo = generateDemoData(lastQuarter)
  return writeTransaction(async (tx) => {
    const scopeIds: Record<string, string> = { org: 'org' }
    for (const team of DEMO_TEAMS) {
      const existing = await tx.team.findUnique({ where: { slug: team.slug } })
      const row = existing ?? (await tx.team.create({ data: { slug: team.slug, name: team.name, isDemo: true } }))
      scopeIds[team.slug] = row.id
    }
    for (const scope of Object.values(scopeIds)) {
      for (const quarter of demo.quarters) {
        await tx.quarter.upsert({
          where: { scope_quarter: { scope, quarter } },
          create: { scope, quarter, benchmarkSet: settings.defaultBenchmarkSet },
          update: {},
        })
      }
    }
    // Demo rows never replace a figure, target or commentary someone entered: those keys are skipped.
    const keyOf = (scope: string, quarter: string, metricKey: string) => `${scope}|${quarter}|${metricKey}`
    const where = { scope: { in: Object.values(scopeIds) }, quarter: { in: demo.quarters } }
    const select = { scope: true, quarter: true, metricKey: true } as const
    const figuresTaken = new Set((await tx.figure.findMany({ where, select })).map((r) => keyOf(r.scope, r.quarter, r.metricKey)))
    const targetsTaken = new Set((await tx.target.findMany({ where, select })).map((r) => keyOf(r.scope, r.quarter, r.metricKey)))
    const created = await tx.figure.createMany({
      data: demo.figures.filter((f) => !figuresTaken.has(keyOf(scopeIds[f.scopeSlug], f.quarter, f.metricKey))).map((f) => ({
        scope: scopeIds[f.scopeSlug],
        quarter: f.quarter,
        metricKey: f.metricKey,
        value: f.value,
        n: f.n,
        inputs: f.inputs ? JSON.stringify(f.inputs) : null,
        source: 'demo',
        updatedBy: actor,
      })),
    })
    await tx.target.createMany({
      data: demo.targets.filter((t) => !targetsTaken.has(keyOf(scopeIds[t.scopeSlug], t.quarter, t.metricKey))).map((t) => ({ scope: scopeIds[t.scopeSlug], quarter: t.quarter, metricKey: t.metricKey, value: t.value, isDemo: true, updatedBy: actor })),
    })
    const latest = demo.quarters.at(-1)!
    const written = new Set((await tx.commentary.findMany({ where: { scope: 'org', quarter: latest }, select: { category: true } })).map((c) => c.category))
    await tx.commentary.createMany({
      data: Object.entries(DEMO_COMMENTARY).filter(([category]) => !written.has(category)).map(([category, text]) => ({ scope: 'org', quarter: latest, category, text, isDemo: true, updatedBy: actor })),
    })
    await appendAudit(tx, { actor, action: 'demo.load', entity: 'demo', entityId: latest, after: { figures: created.count } })
    return { figures: created.count }
  })
}
