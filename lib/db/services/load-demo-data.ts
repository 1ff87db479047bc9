import { DEMO_COMMENTARY, DEMO_TEAMS, generateDemoData } from '@/lib/demo/demo-data'
import { getSettings } from '../queries/settings'
import { BULK_WRITE, writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { changeCommentary } from './change-commentary'
import { changeFigures } from './change-figures'
import { changeTargets } from './change-targets'

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
    // Demo rows never replace a figure, target or commentary someone entered: those keys are skipped
    // (a figure stored already is a conflict with "none expected", and is left as it is).
    const context = { actor, reason: null }
    const outcomes = await changeFigures(
      tx,
      demo.figures.map((f) => ({
        scope: scopeIds[f.scopeSlug]!,
        quarter: f.quarter,
        metricKey: f.metricKey,
        value: f.value,
        n: f.n,
        inputs: f.inputs,
        source: 'demo',
        sourceRef: null,
        expectedVersion: 0,
      })),
      context,
    )
    const created = outcomes.filter((o) => o.status === 'written').length
    const where = { scope: { in: Object.values(scopeIds) }, quarter: { in: demo.quarters } }
    const taken = new Set(
      (await tx.target.findMany({ where, select: { scope: true, quarter: true, metricKey: true } })).map(
        (t) => `${t.scope}/${t.quarter}/${t.metricKey}`,
      ),
    )
    const targets = demo.targets.map((t) => ({ scope: scopeIds[t.scopeSlug]!, quarter: t.quarter, metricKey: t.metricKey, value: t.value }))
    await changeTargets(
      tx,
      targets.filter((t) => !taken.has(`${t.scope}/${t.quarter}/${t.metricKey}`)),
      { ...context, source: 'demo' },
    )
    const latest = demo.quarters.at(-1)!
    for (const [category, text] of Object.entries(DEMO_COMMENTARY)) {
      await changeCommentary(tx, { scope: 'org', quarter: latest, category, text, expectedText: '' }, { ...context, source: 'demo' })
    }
    await appendAudit(tx, { actor, action: 'demo.load', entity: 'demo', entityId: latest, after: { figures: created } })
    return { figures: created }
    // Thousands of rows in many statements: over a network connection to PostgreSQL (one round trip
    // each) this takes seconds, past Prisma's 5 s default for an interactive transaction.
  }, BULK_WRITE)
}
