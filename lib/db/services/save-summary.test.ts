import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'

let temp: TempDatabase
let db: typeof import('../client')
let service: typeof import('./save-summary')
let handler: typeof import('@/lib/actions/save-summary')

beforeAll(async () => {
  temp = createTempDatabase('save-summary')
  db = await openAppClient(temp)
  service = await import('./save-summary')
  handler = await import('@/lib/actions/save-summary')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  await db.prisma.auditEvent.deleteMany()
  await db.prisma.commentary.deleteMany()
  await db.prisma.quarter.deleteMany()
  await db.prisma.team.deleteMany()
})

const where = { scope_quarter_category: { scope: 'org', quarter: '2026-Q3', category: 'summary' } }
const stored = async () => (await db.prisma.commentary.findUnique({ where }))?.text ?? null
const audits = () => db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })
const save = (fields: Record<string, string>, actor = 'cto@example.test') =>
  service.saveSummary({ scope: 'org', quarter: '2026-Q3', base: '', ...fields }, actor)

describe('saveSummary', () => {
  it('stores the summary as commentary "summary", line breaks once and trimmed, with its audit event', async () => {
    expect(await save({ text: '  A strong quarter.\r\nUptime dipped.  ' })).toEqual({
      ok: true,
      changed: true,
      text: 'A strong quarter.\nUptime dipped.',
    })
    expect(await stored()).toBe('A strong quarter.\nUptime dipped.')
    const [event] = await audits()
    expect(event).toMatchObject({
      actor: 'cto@example.test',
      action: 'commentary.set',
      entity: 'commentary',
      entityId: 'org/2026-Q3/summary',
      before: null,
    })
    expect(JSON.parse(event.after ?? '')).toEqual({ text: 'A strong quarter.\nUptime dipped.' })
    // The quarter is now touched: its benchmark set is fixed.
    expect(await db.prisma.quarter.count({ where: { scope: 'org', quarter: '2026-Q3' } })).toBe(1)
  })

  it('records nothing when nothing changed, and removes the summary when emptied', async () => {
    await save({ text: 'First.' })
    expect(await save({ text: 'First.', base: 'First.' })).toMatchObject({ ok: true, changed: false })
    expect(await audits()).toHaveLength(1)
    expect(await save({ text: '   ', base: 'First.' })).toMatchObject({ ok: true, changed: true, text: '' })
    expect(await stored()).toBeNull()
    expect(JSON.parse((await audits())[1].before ?? '')).toEqual({ text: 'First.' })
  })

  it("refuses to overwrite someone else's newer text, says what it is, and writes nothing", async () => {
    await save({ text: 'Theirs.' }, 'editor@example.test')
    const result = await save({ text: 'Mine.', base: '' })
    expect(result).toMatchObject({
      ok: false,
      conflict: { current: 'Theirs.' },
      fieldErrors: { text: expect.stringContaining('“Theirs.”') },
    })
    expect(await stored()).toBe('Theirs.')
    expect(await audits()).toHaveLength(1)
    // Saving again from their text is a conscious overwrite.
    expect(await save({ text: 'Mine.', base: 'Theirs.' })).toMatchObject({ ok: true, changed: true })
  })

  it('refuses more than 2,000 characters, counting a line break once', async () => {
    expect(await save({ text: 'x'.repeat(1999) + '\r\n' })).toMatchObject({ ok: true })
    const tooLong = await save({ text: 'x'.repeat(2001), base: 'x'.repeat(1999) })
    expect(tooLong).toEqual({ ok: false, fieldErrors: { text: 'The summary must be at most 2,000 characters.' } })
  })

  it('needs a reason once the quarter is published, and records it', async () => {
    await db.prisma.quarter.create({
      data: { scope: 'org', quarter: '2026-Q3', benchmarkSet: '2023', publishedAt: new Date(), publishedBy: 'ada' },
    })
    expect(await save({ text: 'Restated.' })).toEqual({ ok: false, fieldErrors: { reason: expect.stringMatching(/reason/i) } })
    expect(await stored()).toBeNull()
    expect(await save({ text: 'Restated.', reason: 'Corrected the uptime wording.' })).toMatchObject({ ok: true, changed: true })
    expect(JSON.parse((await audits())[0].after ?? '')).toEqual({ text: 'Restated.', reason: 'Corrected the uptime wording.' })
  })

  it('refuses an archived or unknown team, and a malformed quarter', async () => {
    const team = await db.prisma.team.create({ data: { slug: 'old', name: 'Old', archivedAt: new Date() } })
    expect(await service.saveSummary({ scope: team.id, quarter: '2026-Q3', text: 'x' }, 'a')).toMatchObject({
      ok: false,
      fieldErrors: { form: expect.stringMatching(/archived/) },
    })
    expect(await service.saveSummary({ scope: 'nope', quarter: '2026-Q3', text: 'x' }, 'a')).toMatchObject({ ok: false })
    expect(await service.saveSummary({ scope: 'org', quarter: '2026-Q5', text: 'x' }, 'a')).toMatchObject({
      ok: false,
      fieldErrors: { quarter: expect.any(String) },
    })
    expect(await audits()).toHaveLength(0)
  })
})

describe('the summary form action', () => {
  const actor = (role: Actor['role']): Actor => ({
    id: role,
    email: `${role}@example.test`,
    name: role,
    role,
    categories: role === 'owner' ? ['talent'] : [],
  })
  const form = (text: string) => {
    const data = new FormData()
    for (const [k, v] of Object.entries({ scope: 'org', quarter: '2026-Q3', base: '', text })) data.set(k, v)
    return data
  }

  it.each([
    ['signed out', null, 'Sign in to continue.'],
    ['a viewer', actor('viewer'), 'You do not have permission to do this.'],
    ['a category owner', actor('owner'), 'You do not have permission to do this.'],
  ])('refuses %s and writes nothing', async (_who, who, message) => {
    expect(await handler.saveSummaryHandler(who, null, form('Hello'))).toEqual({
      state: { ok: false, fieldErrors: { form: message } },
      revalidate: false,
    })
    expect(await stored()).toBeNull()
  })

  it.each([
    ['an editor', actor('editor')],
    ['an admin', actor('admin')],
  ])('saves for %s and revalidates', async (_who, who) => {
    expect(await handler.saveSummaryHandler(who, null, form('Hello board.'))).toEqual({
      state: { ok: true, message: 'Saved the summary.' },
      revalidate: true,
    })
    expect(await stored()).toBe('Hello board.')
    expect((await audits())[0].actor).toBe(who.email)
  })
})
