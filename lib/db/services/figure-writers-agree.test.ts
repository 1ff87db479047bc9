import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { parseImportFile } from '@/lib/import/parse-file'
import { getMetric } from '@/lib/metrics/catalogue'
import type { CategoryEntry } from '@/lib/validation/entry-schema'
import { clearEventsAndFigures, closeIngestTestDb, openIngestTestDb, type IngestTestDb } from '@/tooling/db/ingest-test-support'

// The same change to a published figure, made by each writer, must leave the same rows behind:
// one rule (change-figures.ts), whoever calls it. Only who made it and the provenance may differ.
let t: IngestTestDb
let recompute: typeof import('./recompute-event-figures')
let save: typeof import('./save-category-entry')
let importer: typeof import('./apply-import')
let demo: typeof import('./remove-demo-data')
let publish: typeof import('./publish-quarter')
let change: typeof import('./change-figures')
let writeTransaction: typeof import('../write-transaction').writeTransaction

const Q = '2026-Q3'
const CFR = 'change_failure_rate'
const ADMIN: Actor = { id: 'u1', email: 'ada@example.test', name: 'Ada', role: 'admin', categories: [] }

beforeAll(async () => {
  t = await openIngestTestDb('figure-writers-agree')
  recompute = await import('./recompute-event-figures')
  save = await import('./save-category-entry')
  importer = await import('./apply-import')
  demo = await import('./remove-demo-data')
  publish = await import('./publish-quarter')
  change = await import('./change-figures')
  writeTransaction = (await import('../write-transaction')).writeTransaction
}, 120_000)

afterAll(() => closeIngestTestDb(t))

beforeEach(async () => {
  await clearEventsAndFigures(t)
  const p = t.db.prisma
  await p.$transaction([p.target.deleteMany(), p.commentary.deleteMany(), p.team.deleteMany()])
})

const deployment = (day: number, failed: boolean) => ({
  id: `dep-${day}`,
  deployedAt: `2026-08-${String(day).padStart(2, '0')}T12:00:00Z`,
  failed,
  commits: [],
})

/** The organisation's Q3 published with a change failure rate of 25% computed from four deployments. */
async function publishedFromEvents(): Promise<number> {
  expect(
    await t.deployments.ingestDeployments(
      [1, 2, 3, 4].map((d) => deployment(d, d === 1)),
      'api-token:test',
    ),
  ).toMatchObject({ ok: true })
  await recompute.recomputeStaleEventFigures('org', Q)
  expect(await publish.publishQuarter('org', Q, 'cto')).toMatchObject({ ok: true })
  return (await t.db.prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0
}

const json = (text: string | null) => (text ? (JSON.parse(text) as Record<string, unknown>) : null)

/** The rows one figure's change left, without who made it or the provenance (source, file, n, inputs). */
async function rowsOf(metricKey: string, since: number, keep: readonly string[] = ['value', 'version', 'reason']) {
  const p = t.db.prisma
  const pick = (record: Record<string, unknown> | null) =>
    record && Object.fromEntries(keep.filter((k) => k in record).map((k) => [k, record[k]]))
  const figure = await p.figure.findUnique({
    where: { scope_quarter_metricKey: { scope: 'org', quarter: Q, metricKey } },
    select: { value: true, version: true },
  })
  const events = await p.auditEvent.findMany({
    where: { id: { gt: since }, entity: 'figure', entityId: `org/${Q}/${metricKey}` },
    orderBy: { id: 'asc' },
  })
  const restatements = await p.restatement.findMany({ where: { scope: 'org', quarter: Q, metricKey }, orderBy: { id: 'asc' } })
  return {
    figure,
    events: events.map((e) => ({ action: e.action, before: pick(json(e.before)), after: pick(json(e.after)) })),
    // Linked by key: each restatement names the audit event written with it.
    restatements: restatements.map((r) => ({
      oldValue: r.oldValue,
      newValue: r.newValue,
      reason: r.reason,
      event: events.findIndex((e) => e.id === r.auditEventId),
    })),
  }
}

function cfrEntry(value: number | null, baseVersion: number, reason: string): CategoryEntry {
  const target = getMetric(CFR).defaultTarget
  return {
    scope: 'org',
    quarter: Q,
    category: 'velocity',
    commentary: '',
    reason,
    figures: [{ metricKey: CFR, value, n: null, inputs: null, target, baseVersion }],
  }
}

async function importRequest(lines: string[], reason: string) {
  const parsed = await parseImportFile(
    'late.csv',
    new TextEncoder().encode(['quarter,scope,metric key,value,n,target', ...lines].join('\n')),
  )
  if (!parsed.ok) throw new Error(parsed.error)
  return { fileName: 'late.csv', rows: parsed.rows, decimalComma: parsed.decimalComma, fileProblems: parsed.problems, reason }
}

describe('every writer changes a published figure the same way', () => {
  it('the form, an import and a recompute from events restate 25% → 40% with the same Figure, Restatement and audit rows', async () => {
    const reason = recompute.RECOMPUTE_REASON
    const results = []

    let since = await publishedFromEvents()
    expect(await save.saveCategoryEntry(cfrEntry(40, 1, reason), 'alice')).toMatchObject({ ok: true, changed: 1 })
    results.push(await rowsOf(CFR, since))

    await clearEventsAndFigures(t)
    since = await publishedFromEvents()
    expect(await importer.applyImport(await importRequest([`${Q},org,${CFR},40,,`], reason), ADMIN)).toMatchObject({
      ok: true,
      counts: { changed: 1 },
    })
    results.push(await rowsOf(CFR, since))

    await clearEventsAndFigures(t)
    since = await publishedFromEvents()
    // A late failed deployment: 2 failures in 5.
    await t.deployments.ingestDeployments([deployment(20, true)], 'api-token:test')
    await recompute.recomputeStaleEventFigures('org', Q)
    results.push(await rowsOf(CFR, since))

    expect(results[0]!.restatements).toHaveLength(1)
    expect(results[0]!.events.map((e) => e.action)).toEqual(['figure.restate'])
    expect(results[1]).toEqual(results[0])
    expect(results[2]).toEqual(results[0])
  })

  it('demo removal and a person blanking the figure restate a published demo figure to none alike', async () => {
    async function publishedWithDemo(): Promise<number> {
      await writeTransaction((tx) =>
        change.changeFigures(
          tx,
          [
            {
              scope: 'org',
              quarter: Q,
              metricKey: 'releases',
              value: 10,
              n: null,
              inputs: null,
              source: 'demo',
              sourceRef: null,
              expectedVersion: 0,
            },
            // A real figure beside it keeps the quarter published when the demo goes.
            {
              scope: 'org',
              quarter: Q,
              metricKey: 'availability',
              value: 99.9,
              n: null,
              inputs: null,
              source: 'manual',
              sourceRef: null,
              expectedVersion: 0,
            },
          ],
          { actor: 'seed', reason: null },
        ),
      )
      expect(await publish.publishQuarter('org', Q, 'cto')).toMatchObject({ ok: true })
      return (await t.db.prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0
    }
    const keep = ['value', 'reason']

    let since = await publishedWithDemo()
    expect(await demo.removeDemoData('alice')).toMatchObject({ restated: 1 })
    const removed = await rowsOf('releases', since, keep)

    await clearEventsAndFigures(t)
    since = await publishedWithDemo()
    const entry: CategoryEntry = {
      scope: 'org',
      quarter: Q,
      category: 'delivery',
      commentary: '',
      reason: demo.DEMO_REMOVAL_REASON,
      figures: [{ metricKey: 'releases', value: null, n: null, inputs: null, target: getMetric('releases').defaultTarget, baseVersion: 1 }],
    }
    expect(await save.saveCategoryEntry(entry, 'alice')).toMatchObject({ ok: true, changed: 1 })
    const blanked = await rowsOf('releases', since, keep)

    expect(removed.restatements).toEqual([{ oldValue: 10, newValue: null, reason: demo.DEMO_REMOVAL_REASON, event: 0 }])
    expect(removed.events).toEqual(blanked.events)
    expect(removed.restatements).toEqual(blanked.restatements)
    // Demo removal takes the row away; a person's blank is a stored "no data". Neither shows a value.
    expect([removed.figure, blanked.figure?.value]).toEqual([null, null])
  })
})
