import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor, Role } from '@/lib/auth/roles'
import { INITIAL_ENTRY_STATE } from '@/lib/actions/entry-form-state'
import { REASON_REQUIRED, type CategoryEntry } from '@/lib/validation/entry-schema'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
// Never run against data/app.db: other people look at its demo data.
const temp = createTempDatabase('publish-quarter')
const url = temp.url
let db: typeof import('../client')
let service: typeof import('./publish-quarter')
let save: typeof import('./save-category-entry')

const QUARTER = '2025-Q2'
const ID = `org/${QUARTER}/releases`

beforeAll(async () => {
  db = await openAppClient(temp)
  service = await import('./publish-quarter')
  save = await import('./save-category-entry')
  const { databaseUrl } = await import('@/lib/config/database-url')
  expect(databaseUrl()).toBe(url)
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  const { prisma } = db
  for (const table of [
    prisma.auditEvent,
    prisma.restatement,
    prisma.figure,
    prisma.target,
    prisma.commentary,
    prisma.quarter,
    prisma.team,
  ]) {
    await (table as { deleteMany(): Promise<unknown> }).deleteMany()
  }
})

/** The delivery form with releases (and its target) as given; the other metrics blank. */
function delivery(releases: number | null, baseVersion: number, extra: Partial<CategoryEntry> = {}): CategoryEntry {
  return {
    scope: 'org',
    quarter: QUARTER,
    category: 'delivery',
    commentary: '',
    figures: [{ metricKey: 'releases', value: releases, n: null, inputs: null, target: 12, baseVersion }],
    ...extra,
  }
}

/** A quarter with releases = 10, published by alice. */
async function publishedWithTen() {
  // The target of 12 is the catalogue's default, so only the figure changes.
  expect(await save.saveCategoryEntry(delivery(10, 0), 'alice')).toMatchObject({ ok: true, changed: 1 })
  expect(await service.publishQuarter('org', QUARTER, 'alice')).toMatchObject({ ok: true, alreadyPublished: false })
}

async function everything() {
  const { prisma } = db
  const [figures, restatements, audit, targets, commentary] = await Promise.all([
    prisma.figure.findMany({ orderBy: { id: 'asc' } }),
    prisma.restatement.findMany({ orderBy: { id: 'asc' } }),
    prisma.auditEvent.findMany({ orderBy: { id: 'asc' } }),
    prisma.target.findMany({ orderBy: { id: 'asc' } }),
    prisma.commentary.findMany({ orderBy: { id: 'asc' } }),
  ])
  return { figures, restatements, audit, targets, commentary }
}

describe('publishQuarter', () => {
  it('publishes a quarter with figures, records who and when, and audits it', async () => {
    await save.saveCategoryEntry(delivery(10, 0), 'alice')
    const result = await service.publishQuarter('org', QUARTER, 'bob@example.test')
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors))
    expect(result).toMatchObject({ alreadyPublished: false, publishedBy: 'bob@example.test' })
    const row = await db.prisma.quarter.findUniqueOrThrow({ where: { scope_quarter: { scope: 'org', quarter: QUARTER } } })
    expect(row.publishedBy).toBe('bob@example.test')
    expect(row.publishedAt?.getTime()).toBe(result.publishedAt.getTime())
    const events = await db.prisma.auditEvent.findMany({ where: { action: 'quarter.publish' } })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ actor: 'bob@example.test', entity: 'quarter', entityId: `org/${QUARTER}` })
    expect(JSON.parse(events[0].after ?? '')).toMatchObject({ publishedBy: 'bob@example.test', figures: 1 })
  })

  it('is idempotent: publishing again changes nothing and names the first publisher', async () => {
    await publishedWithTen()
    const before = await everything()
    const again = await service.publishQuarter('org', QUARTER, 'carol')
    expect(again).toMatchObject({ ok: true, alreadyPublished: true, publishedBy: 'alice' })
    expect(await everything()).toEqual(before)
  })

  it('refuses a quarter without figures, a bad quarter and a missing team, writing nothing', async () => {
    expect(await service.publishQuarter('org', QUARTER, 'alice')).toEqual({
      ok: false,
      fieldErrors: { form: expect.stringMatching(/no figures/) },
    })
    expect(await service.publishQuarter('org', '2025-Q5', 'alice')).toMatchObject({ ok: false })
    expect(await service.publishQuarter('no-such-team', QUARTER, 'alice')).toEqual({
      ok: false,
      fieldErrors: { form: expect.stringMatching(/does not exist/) },
    })
    expect(await db.prisma.quarter.count()).toBe(0)
    expect(await db.prisma.auditEvent.count()).toBe(0)
  })
})

describe("publishing the organisation's quarter keeps the teams' roll-ups it shows", () => {
  /** Two active teams, each with releases in QUARTER: the organisation shows their sum, 5 + 7 = 12. */
  async function twoTeamsWithReleases() {
    const { prisma } = db
    for (const [id, releases] of [
      ['team-a', 5],
      ['team-b', 7],
    ] as const) {
      await prisma.team.create({ data: { id, slug: id, name: id } })
      await save.saveCategoryEntry({ ...delivery(releases, 0), scope: id }, 'alice')
    }
  }

  it('stores the roll-up as the organisation figure, so a later team correction does not move it', async () => {
    await twoTeamsWithReleases()
    const result = await service.publishQuarter('org', QUARTER, 'alice')
    expect(result).toMatchObject({ ok: true, alreadyPublished: false })
    const kept = await db.prisma.figure.findUniqueOrThrow({
      where: { scope_quarter_metricKey: { scope: 'org', quarter: QUARTER, metricKey: 'releases' } },
    })
    expect(kept).toMatchObject({ value: 12, source: 'teams', sourceRef: 'kept on publication: from 2 of 2 teams', updatedBy: 'alice' })
    const publish = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'quarter.publish' } })
    expect(JSON.parse(publish.after ?? '')).toMatchObject({ figures: 1, rollupsKept: 1 })

    // A team corrects its figure (its own quarter is not published): the organisation's stays 12.
    expect(await save.saveCategoryEntry({ ...delivery(9, 1), scope: 'team-a' }, 'bob')).toMatchObject({ ok: true, changed: 1 })
    const after = await db.prisma.figure.findUniqueOrThrow({ where: { id: kept.id } })
    expect(after).toMatchObject({ value: 12, version: kept.version })
  })

  it('leaves alone a metric the organisation entered itself', async () => {
    await twoTeamsWithReleases()
    await save.saveCategoryEntry(delivery(20, 0), 'alice')
    await service.publishQuarter('org', QUARTER, 'alice')
    const org = await db.prisma.figure.findMany({ where: { scope: 'org', quarter: QUARTER } })
    expect(org.map((f) => [f.metricKey, f.value, f.source])).toEqual([['releases', 20, 'manual']])
  })

  it('keeps nothing when publishing is refused', async () => {
    await twoTeamsWithReleases()
    const future = '2099-Q1'
    for (const id of ['team-a', 'team-b']) await save.saveCategoryEntry({ ...delivery(3, 0), scope: id, quarter: future }, 'alice')
    expect(await service.publishQuarter('org', future, 'alice')).toMatchObject({ ok: false })
    expect(await db.prisma.figure.count({ where: { scope: 'org' } })).toBe(0)
  })
})

describe('saving to a published quarter', () => {
  it('refuses a plain save (no reason) and writes nothing', async () => {
    await publishedWithTen()
    const before = await everything()
    for (const reason of [undefined, '', '   ']) {
      const result = await save.saveCategoryEntry(delivery(12, 1, { reason, commentary: 'New text' }), 'bob')
      expect(result).toEqual({ ok: false, fieldErrors: { reason: REASON_REQUIRED } })
    }
    expect(await everything()).toEqual(before)
  })

  it('with a reason, writes the figure, its restatement and the audit event together', async () => {
    await publishedWithTen()
    const reason = 'Two releases were reported late by the mobile team.'
    const result = await save.saveCategoryEntry(delivery(12, 1, { reason, commentary: 'Restated releases' }), 'bob')
    expect(result).toMatchObject({ ok: true, changed: 2, versions: { releases: 2 } })

    const { figures, restatements, audit } = await everything()
    expect(figures).toEqual([expect.objectContaining({ metricKey: 'releases', value: 12, version: 2, updatedBy: 'bob' })])
    expect(restatements).toEqual([
      expect.objectContaining({ scope: 'org', quarter: QUARTER, metricKey: 'releases', oldValue: 10, newValue: 12, reason, actor: 'bob' }),
    ])
    const restate = audit.find((e) => e.action === 'figure.restate')
    expect(restate).toMatchObject({ actor: 'bob', entity: 'figure', entityId: ID })
    expect(JSON.parse(restate?.before ?? '')).toMatchObject({ value: 10 })
    expect(JSON.parse(restate?.after ?? '')).toMatchObject({ value: 12, reason })
    // Commentary of a published quarter carries the reason in its audit event too.
    const commentary = audit.find((e) => e.action === 'commentary.set' && e.actor === 'bob')
    expect(JSON.parse(commentary?.after ?? '')).toEqual({ text: 'Restated releases', reason })
  })

  it('records a changed target with the reason, and no restatement row for it', async () => {
    await publishedWithTen()
    const entry = delivery(10, 1, { reason: 'Board agreed a lower target' })
    entry.figures[0].target = 8
    expect(await save.saveCategoryEntry(entry, 'bob')).toMatchObject({ ok: true, changed: 1 })
    const { restatements, audit } = await everything()
    expect(restatements).toEqual([])
    const target = audit.filter((e) => e.action === 'target.set').at(-1)
    expect(JSON.parse(target?.after ?? '')).toEqual({ value: 8, source: 'manual', reason: 'Board agreed a lower target' })
  })

  it('refuses the whole save when one figure conflicts: no figure, restatement or audit row is written', async () => {
    await publishedWithTen()
    // Someone restated releases to 11 meanwhile; this form still starts from version 1.
    expect(await save.saveCategoryEntry(delivery(11, 1, { reason: 'first' }), 'carol')).toMatchObject({ ok: true })
    const before = await everything()
    const stale = delivery(12, 1, { reason: 'second', commentary: 'would be written first' })
    stale.figures.push({ metricKey: 'time_to_market_days', value: 20, n: null, inputs: null, target: 30, baseVersion: 0 })
    const result = await save.saveCategoryEntry(stale, 'bob')
    expect(result).toMatchObject({ ok: false, conflicts: { releases: { value: 11, version: 2 } } })
    expect(await everything()).toEqual(before)
  })

  it('ignores a reason in a quarter that is not published: a plain update, no restatement', async () => {
    await save.saveCategoryEntry(delivery(10, 0), 'alice')
    expect(await save.saveCategoryEntry(delivery(12, 1, { reason: 'not needed' }), 'bob')).toMatchObject({ ok: true })
    const { restatements, audit } = await everything()
    expect(restatements).toEqual([])
    const update = audit.find((e) => e.action === 'figure.update')
    expect(JSON.parse(update?.after ?? '')).not.toHaveProperty('reason')
  })
})

describe('what the pages read back', () => {
  it('marks the restated figure and lists the change with its reason in the history', async () => {
    await publishedWithTen()
    await save.saveCategoryEntry(delivery(12, 1, { reason: 'late report' }), 'bob')
    await save.saveCategoryEntry(delivery(13, 2, { reason: 'another late one' }), 'carol')
    const { listRestatementMarks, getPublication } = await import('../queries/restatements')
    const { listMetricHistory } = await import('../queries/history')
    expect(await listRestatementMarks('org', QUARTER)).toEqual({
      releases: expect.objectContaining({ count: 2, publishedValue: 10, newValue: 13, reason: 'another late one', actor: 'carol' }),
    })
    expect(await getPublication('org', QUARTER)).toMatchObject({ publishedBy: 'alice', publishedByName: null })
    const history = await listMetricHistory('org', 'releases', ['2025-Q1', QUARTER])
    expect(history.entries.map((e) => [e.kind, e.action, e.before, e.after, e.reason])).toEqual([
      ['figure', 'figure.restate', 12, 13, 'another late one'],
      ['figure', 'figure.restate', 10, 12, 'late report'],
      ['figure', 'figure.create', undefined, 10, null],
    ])
  })
})

function actor(role: Role): Actor {
  return { id: `id-${role}`, email: `${role}@example.test`, name: `The ${role}`, role, categories: role === 'owner' ? ['delivery'] : [] }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe('the handlers', () => {
  it('refuses to publish for anyone but an admin, before writing anything', async () => {
    const { publishQuarterHandler } = await import('@/lib/actions/publish-quarter')
    await save.saveCategoryEntry(delivery(10, 0), 'alice')
    const before = await everything()
    for (const who of [null, actor('viewer'), actor('owner'), actor('editor')]) {
      const answer = await publishQuarterHandler(who, null, form({ scope: 'org', quarter: QUARTER }))
      expect(answer).toEqual({
        state: { ok: false, fieldErrors: { form: expect.stringMatching(/permission|Sign in/) } },
        revalidate: false,
      })
    }
    expect(await everything()).toEqual(before)
    expect((await db.prisma.quarter.findFirstOrThrow()).publishedAt).toBeNull()

    const done = await publishQuarterHandler(actor('admin'), null, form({ scope: 'org', quarter: QUARTER }))
    expect(done).toEqual({ state: { ok: true, message: expect.stringMatching(/^Published FY2025 Q2\./) }, revalidate: true })
    expect((await db.prisma.quarter.findFirstOrThrow()).publishedBy).toBe('admin@example.test')
  })

  it('asks for the reason beside its field when the quarter is published, whatever the form claims', async () => {
    const { saveCategoryEntryHandler } = await import('@/lib/actions/save-category-entry')
    await publishedWithTen()
    const fields = {
      scope: 'org',
      quarter: QUARTER,
      category: 'delivery',
      'values.releases': '12',
      'targets.releases': '12',
      'versions.releases': '1',
    }
    const refused = await saveCategoryEntryHandler(actor('editor'), INITIAL_ENTRY_STATE, form(fields))
    expect(refused.state).toMatchObject({ outcome: 'invalid', fieldErrors: { reason: REASON_REQUIRED } })
    expect(refused.state.fields).toMatchObject({ 'values.releases': '12' })
    expect(await db.prisma.restatement.count()).toBe(0)

    const saved = await saveCategoryEntryHandler(actor('editor'), INITIAL_ENTRY_STATE, form({ ...fields, reason: '  Late report  ' }))
    expect(saved.state).toMatchObject({ outcome: 'saved' })
    expect(await db.prisma.restatement.findMany()).toEqual([
      expect.objectContaining({ oldValue: 10, newValue: 12, reason: 'Late report', actor: 'editor@example.test' }),
    ])
  })
})

describe('publishing a quarter before it ends', () => {
  // 9 August 2025 is day 40 of 92 of 2025-Q3 in UTC (the default time zone).
  const DURING = new Date('2025-08-09T12:00:00Z')
  const inProgress = (releases: number) => delivery(releases, 0, { quarter: '2025-Q3' })

  it('is refused without the confirmation, saying the quarter is in progress, and changes nothing', async () => {
    expect(await save.saveCategoryEntry(inProgress(10), 'alice')).toMatchObject({ ok: true })
    const before = await everything()
    expect(await service.publishQuarter('org', '2025-Q3', 'alice', { now: DURING })).toEqual({
      ok: false,
      fieldErrors: { form: expect.stringContaining('FY2025 Q3 has not ended (in progress: day 40 of 92)') },
    })
    expect(await everything()).toEqual(before)
  })

  it('publishes with the confirmation, and records in the audit that it was before the end', async () => {
    expect(await save.saveCategoryEntry(inProgress(10), 'alice')).toMatchObject({ ok: true })
    expect(await service.publishQuarter('org', '2025-Q3', 'alice', { now: DURING, beforeEnd: true })).toMatchObject({
      ok: true,
      alreadyPublished: false,
    })
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'quarter.publish' } })
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ beforeEnd: { day: 40, days: 92 } })
  })

  it('needs no confirmation once the quarter has ended, even on its first day after', async () => {
    expect(await save.saveCategoryEntry(inProgress(10), 'alice')).toMatchObject({ ok: true })
    expect(await service.publishQuarter('org', '2025-Q3', 'alice', { now: new Date('2025-10-01T00:00:00Z') })).toMatchObject({ ok: true })
  })
})
