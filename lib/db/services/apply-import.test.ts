import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { CATALOGUE } from '@/lib/metrics/catalogue'
import { isMixKey } from '@/lib/metrics/investment-mix'
import { parseImportFile } from '@/lib/import/parse-file'
import { problemText } from '@/lib/import/import-problem'
import type { ApplyPhase, ImportRequest } from './apply-import'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
// Never run against data/app.db: other people look at its demo data.
const temp = createTempDatabase('apply-import')
const url = temp.url
let db: typeof import('../client')
let service: typeof import('./apply-import')

const ADMIN: Actor = { id: 'u1', email: 'ada@example.test', name: 'Ada', role: 'admin', categories: [] }
const HR: Actor = { id: 'u2', email: 'hr@example.test', name: 'Hu', role: 'owner', categories: ['talent'] }
const HEADER = 'quarter,scope,metric key,value,n,target'

beforeAll(async () => {
  db = await openAppClient(temp)
  service = await import('./apply-import')
  const { databaseUrl } = await import('@/lib/config/database-url')
  expect(databaseUrl()).toBe(url)
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  const { prisma } = db
  for (const table of [prisma.auditEvent, prisma.restatement, prisma.figure, prisma.target, prisma.quarter, prisma.team]) {
    await (table as { deleteMany(): Promise<unknown> }).deleteMany()
  }
})

async function request(fileName: string, lines: string[], reason = ''): Promise<ImportRequest> {
  const parsed = await parseImportFile(fileName, new TextEncoder().encode([HEADER, ...lines].join('\n')))
  if (!parsed.ok) throw new Error(parsed.error)
  return { fileName, rows: parsed.rows, decimalComma: parsed.decimalComma, fileProblems: parsed.problems, reason }
}

const figures = () => db.prisma.figure.findMany({ orderBy: { metricKey: 'asc' } })
const audits = (entity?: string) => db.prisma.auditEvent.findMany({ where: entity ? { entity } : {}, orderBy: { id: 'asc' } })

const GOOD = ['2025-Q3,org,availability,99.95,,', '2025-Q3,org,releases,12,,15', '2025-Q3,org,enps,20,40,']

describe('applyImport', () => {
  it('stores every figure with source "import", the file name and who imported it, in one batch', async () => {
    const result = await service.applyImport(await request('q3.csv', GOOD), ADMIN)
    expect(result).toEqual({
      ok: true,
      counts: { figures: 3, changed: 3, unchanged: 0, targetsChanged: 1, skipped: 0 },
      scorecards: [{ scope: 'org', quarter: '2025-Q3' }],
    })
    const stored = await figures()
    expect(stored.map((f) => [f.metricKey, f.value, f.n, f.source, f.sourceRef, f.updatedBy, f.version])).toEqual([
      ['availability', 99.95, null, 'import', 'q3.csv', 'ada@example.test', 1],
      ['enps', 20, 40, 'import', 'q3.csv', 'ada@example.test', 1],
      ['releases', 12, null, 'import', 'q3.csv', 'ada@example.test', 1],
    ])
    expect(await db.prisma.target.findMany({ select: { metricKey: true, value: true, quarter: true } })).toEqual([
      { metricKey: 'releases', value: 15, quarter: '2025-Q3' },
    ])
    expect(await db.prisma.quarter.count({ where: { scope: 'org', quarter: '2025-Q3' } })).toBe(1)
    const events = await audits()
    expect(events.map((e) => e.action).sort()).toEqual(['figure.create', 'figure.create', 'figure.create', 'import.apply', 'target.set'])
    const batch = events.find((e) => e.action === 'import.apply')
    expect(JSON.parse(batch?.after ?? '')).toMatchObject({ fileName: 'q3.csv', rows: 3, figures: 3, changed: 3, unchanged: 0 })
  })

  it('is idempotent: the same file again changes nothing and adds only the batch event', async () => {
    const first = await service.applyImport(await request('q3.csv', GOOD), ADMIN)
    expect(first.ok).toBe(true)
    const [before, figureAudits] = [await figures(), (await audits('figure')).length]
    const again = await service.applyImport(await request('q3.csv', GOOD), ADMIN)
    expect(again).toEqual({
      ok: true,
      counts: { figures: 3, changed: 0, unchanged: 3, targetsChanged: 0, skipped: 0 },
      scorecards: [{ scope: 'org', quarter: '2025-Q3' }],
    })
    const after = await figures()
    expect(after.map((f) => [f.metricKey, f.version, f.updatedAt.getTime()])).toEqual(
      before.map((f) => [f.metricKey, f.version, f.updatedAt.getTime()]),
    )
    expect((await audits('figure')).length).toBe(figureAudits)
    expect((await audits('target')).length).toBe(1)
    expect((await audits('import')).length).toBe(2)
  })

  it('bumps the version only of a figure whose value or n changed', async () => {
    await service.applyImport(await request('q3.csv', GOOD), ADMIN)
    const changed = await service.applyImport(
      await request('q3-fixed.csv', ['2025-Q3,org,availability,99.95,,', '2025-Q3,org,releases,12,,15', '2025-Q3,org,enps,20,41,']),
      ADMIN,
    )
    expect(changed).toMatchObject({ ok: true, counts: { figures: 3, changed: 1, unchanged: 2, targetsChanged: 0, skipped: 0 } })
    const byKey = Object.fromEntries((await figures()).map((f) => [f.metricKey, f]))
    expect([byKey.enps.version, byKey.enps.n, byKey.enps.sourceRef]).toEqual([2, 41, 'q3-fixed.csv'])
    expect([byKey.availability.version, byKey.availability.sourceRef]).toEqual([1, 'q3.csv'])
    const update = (await audits('figure')).find((e) => e.action === 'figure.update')
    expect(JSON.parse(update?.before ?? '')).toMatchObject({ value: 20, n: 40, version: 1 })
    expect(JSON.parse(update?.after ?? '')).toMatchObject({ value: 20, n: 41, source: 'import', sourceRef: 'q3-fixed.csv', version: 2 })
  })

  it('is all or nothing: one bad row and nothing is stored', async () => {
    const result = await service.applyImport(await request('bad.csv', [...GOOD, '2025-Q3,org,mttr_hours,-4,,']), ADMIN)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map(problemText)).toEqual(['Row 5, column value: Mean time to recovery must be 0 or more.'])
    expect(await db.prisma.figure.count()).toBe(0)
    expect(await db.prisma.target.count()).toBe(0)
    expect(await db.prisma.quarter.count()).toBe(0)
    expect(await db.prisma.auditEvent.count()).toBe(0)
  })

  it('leaves a stored figure alone when the file’s value is blank (blank is no data, never 0)', async () => {
    await service.applyImport(await request('q3.csv', GOOD), ADMIN)
    const result = await service.applyImport(
      await request('blank.csv', ['2025-Q3,org,availability,,,99.5', '2025-Q4,org,releases,,,']),
      ADMIN,
    )
    // The skipped row's quarter wrote nothing, so only the quarter whose target changed is linked to.
    expect(result).toEqual({
      ok: true,
      counts: { figures: 0, changed: 0, unchanged: 0, targetsChanged: 1, skipped: 1 },
      scorecards: [{ scope: 'org', quarter: '2025-Q3' }],
    })
    const availability = await db.prisma.figure.findFirst({ where: { metricKey: 'availability' } })
    expect([availability?.value, availability?.version]).toEqual([99.95, 1])
    expect(await db.prisma.figure.count({ where: { quarter: '2025-Q4' } })).toBe(0)
  })

  it('writes a target only when it differs from the one in force (carried over or default)', async () => {
    const result = await service.applyImport(
      await request('targets.csv', [
        '2025-Q1,org,releases,1,,12',
        '2025-Q2,org,releases,1,,20',
        '2025-Q3,org,releases,1,,20',
        '2025-Q4,org,releases,1,,',
      ]),
      ADMIN,
    )
    // 12 is the catalogue default; Q3 repeats the target Q2 set, which carries over.
    expect(result.ok && result.counts.targetsChanged).toBe(1)
    expect(await db.prisma.target.findMany({ select: { quarter: true, value: true } })).toEqual([{ quarter: '2025-Q2', value: 20 }])
  })

  it('maps a team slug to the team id and refuses an archived team', async () => {
    const team = await db.prisma.team.create({ data: { slug: 'payments', name: 'Payments' } })
    await db.prisma.team.create({ data: { slug: 'legacy', name: 'Legacy', archivedAt: new Date() } })
    const ok = await service.applyImport(await request('t.csv', ['2025-Q3,payments,releases,3,,']), ADMIN)
    expect(ok.ok).toBe(true)
    expect((await figures())[0].scope).toBe(team.id)
    const archived = await service.applyImport(await request('t.csv', ['2025-Q3,legacy,releases,3,,']), ADMIN)
    expect(!archived.ok && archived.problems[0].column).toBe('scope')
  })

  it('lets a category owner import only figures of their own categories', async () => {
    const refused = await service.applyImport(await request('hr.csv', ['2025-Q3,org,enps,20,40,', '2025-Q3,org,availability,99,,']), HR)
    expect(!refused.ok && refused.problems.map(problemText)).toEqual([
      'Row 3, column metric key: Uptime is a System reliability figure; you may import only Talent retention figures.',
    ])
    expect(await db.prisma.figure.count()).toBe(0)
    const allowed = await service.applyImport(await request('hr.csv', ['2025-Q3,org,enps,20,40,']), HR)
    expect(allowed.ok).toBe(true)
  })

  it('refuses changes to a published quarter without a reason; with one they are restatements', async () => {
    await service.applyImport(await request('q3.csv', GOOD), ADMIN)
    await db.prisma.quarter.update({
      where: { scope_quarter: { scope: 'org', quarter: '2025-Q3' } },
      data: { publishedAt: new Date(), publishedBy: 'ada@example.test' },
    })
    const lines = ['2025-Q3,org,availability,99.5,,', '2025-Q3,org,releases,12,,15']
    const refused = await service.applyImport(await request('late.csv', lines), ADMIN)
    expect(!refused.ok && refused.problems.map(problemText)).toEqual([
      'Row 2, column quarter: FY2025 Q3 is published for org: give a reason for the restatement to change it.',
    ])
    expect((await figures()).find((f) => f.metricKey === 'availability')?.value).toBe(99.95)
    // The unchanged row needs no reason: importing the published file again is harmless.
    expect((await service.applyImport(await request('q3.csv', GOOD), ADMIN)).ok).toBe(true)

    const restated = await service.applyImport(await request('late.csv', lines, 'Monitoring missed an outage.'), ADMIN)
    expect(restated.ok && restated.counts.changed).toBe(1)
    expect(await db.prisma.restatement.findMany({ select: { metricKey: true, oldValue: true, newValue: true, reason: true } })).toEqual([
      { metricKey: 'availability', oldValue: 99.95, newValue: 99.5, reason: 'Monitoring missed an outage.' },
    ])
    expect((await audits('figure')).at(-1)?.action).toBe('figure.restate')
  })

  it('applies a large file over many quarters in one transaction and reports its progress', async () => {
    // 1,200 figures over 400 quarters (all of 2000–2099, the supported years): more than the driver takes as parameters of one query.
    // The investment-mix shares come in threes that add up to 100, so one share alone would be refused.
    const single = CATALOGUE.filter((m) => !isMixKey(m.key))
    const lines = Array.from(
      { length: 1200 },
      (_, i) => `${2000 + Math.floor(i / 12)}-Q${(Math.floor(i / 3) % 4) + 1},org,${single[i % single.length].key},1,,`,
    )
    const phases: ApplyPhase[] = []
    const result = await service.applyImport(await request('big.csv', lines), ADMIN, (phase) => phases.push(phase))
    expect(result.ok && result.counts.changed).toBe(lines.length)
    expect(await db.prisma.figure.count()).toBe(lines.length)
    expect(await db.prisma.auditEvent.count({ where: { entity: 'figure' } })).toBe(lines.length)
    expect(phases[0]).toEqual({ phase: 'checking' })
    expect(phases.slice(1)).toEqual([500, 1000].map((done) => ({ phase: 'writing', done, total: lines.length })))
  })

  it('previews without writing anything', async () => {
    const check = await service.previewImport(await request('q3.csv', GOOD), ADMIN)
    expect(check.problems).toEqual([])
    expect(check.rows.map((r) => r.figure)).toEqual(['new', 'new', 'new'])
    expect(await db.prisma.figure.count()).toBe(0)
    expect(await db.prisma.quarter.count()).toBe(0)
    expect(await db.prisma.auditEvent.count()).toBe(0)
  })
})
