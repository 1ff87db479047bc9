import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { FORBIDDEN_MESSAGE } from '@/lib/auth/permissions'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'

let temp: TempDatabase
let db: typeof import('../client')
let service: typeof import('./annotations')
let query: typeof import('../queries/annotations')

beforeAll(async () => {
  temp = createTempDatabase('annotations')
  db = await openAppClient(temp)
  service = await import('./annotations')
  query = await import('../queries/annotations')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  await db.prisma.auditEvent.deleteMany()
  await db.prisma.annotation.deleteMany()
  await db.prisma.team.deleteMany()
})

const actor = (role: Actor['role'], categories: Actor['categories'] = []): Actor => ({
  id: `${role}-id`,
  email: `${role}@example.test`,
  name: role,
  role,
  categories,
})
const editor = actor('editor')
const audits = () => db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })
const note = { scope: 'org', date: '2026-08-14', text: '  Payments\r\nre-platforming  ', about: 'category:delivery' }

describe('annotation services', () => {
  it('adds a note, one line and trimmed, tied to its category, with an audit event', async () => {
    const result = await service.createAnnotation(note, editor)
    expect(result.ok).toBe(true)
    const [stored] = await db.prisma.annotation.findMany()
    expect(stored).toMatchObject({
      scope: 'org',
      date: '2026-08-14',
      text: 'Payments re-platforming',
      category: 'delivery',
      metricKey: null,
    })
    expect(stored.createdBy).toBe('editor@example.test')
    const [event] = await audits()
    expect(event).toMatchObject({
      actor: 'editor@example.test',
      action: 'annotation.create',
      entity: 'annotation',
      entityId: String(stored.id),
    })
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({ text: 'Payments re-platforming', date: '2026-08-14' })
  })

  it('records a metric note under its metric and the metric’s category', async () => {
    await service.createAnnotation({ ...note, about: 'metric:releases' }, editor)
    expect(await query.listAnnotations('org')).toMatchObject([{ category: 'delivery', metricKey: 'releases' }])
  })

  it('refuses viewers and category owners, and changes nothing', async () => {
    for (const who of [actor('viewer'), actor('owner', ['delivery'])]) {
      expect(await service.createAnnotation(note, who)).toEqual({ ok: false, fieldErrors: { form: FORBIDDEN_MESSAGE } })
    }
    expect(await db.prisma.annotation.count()).toBe(0)
    expect(await audits()).toEqual([])
  })

  it('refuses bad input with a message beside the field, and changes nothing', async () => {
    const result = await service.createAnnotation({ ...note, date: '2026-02-30', text: 'x'.repeat(201), about: 'metric:nope' }, editor)
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        date: 'Give a real day between 2000 and 2100, as YYYY-MM-DD.',
        text: 'A note must be at most 200 characters.',
        about: 'Choose what the note is about from the list.',
      },
    })
    expect(await service.createAnnotation({ ...note, scope: 'no-such-team' }, editor)).toEqual({
      ok: false,
      fieldErrors: { form: 'This team does not exist or is archived.' },
    })
    expect(await db.prisma.annotation.count()).toBe(0)
    expect(await audits()).toEqual([])
  })

  it('edits a note from its version, audits before and after, and refuses a stale version', async () => {
    const created = await service.createAnnotation(note, editor)
    if (!created.ok) throw new Error('not created')
    const edit = { ...note, id: String(created.id), version: '1', text: 'Re-org', about: '' }
    expect(await service.updateAnnotation(edit, actor('admin'))).toEqual({ ok: true, id: created.id })
    expect(await db.prisma.annotation.findUnique({ where: { id: created.id } })).toMatchObject({
      text: 'Re-org',
      category: null,
      version: 2,
    })
    const event = (await audits())[1]
    expect(event.action).toBe('annotation.update')
    expect(JSON.parse(event.before ?? '{}')).toMatchObject({ text: 'Payments re-platforming', category: 'delivery' })
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({ text: 'Re-org', category: null })
    const stale = await service.updateAnnotation({ ...edit, text: 'Lost update' }, editor)
    expect(stale.ok).toBe(false)
    expect((await db.prisma.annotation.findUnique({ where: { id: created.id } }))?.text).toBe('Re-org')
    expect(await audits()).toHaveLength(2)
  })

  it('writes nothing when a note is saved unchanged', async () => {
    const created = await service.createAnnotation(note, editor)
    if (!created.ok) throw new Error('not created')
    expect(await service.updateAnnotation({ ...note, id: String(created.id), version: '1' }, editor)).toEqual({ ok: true, id: created.id })
    expect(await audits()).toHaveLength(1)
  })

  it('deletes a note at its version, keeping what it said in the audit trail; a viewer cannot', async () => {
    const created = await service.createAnnotation(note, editor)
    if (!created.ok) throw new Error('not created')
    expect((await service.deleteAnnotation({ id: String(created.id), version: '1' }, actor('viewer'))).ok).toBe(false)
    expect(await db.prisma.annotation.count()).toBe(1)
    expect(await service.deleteAnnotation({ id: String(created.id), version: '1' }, editor)).toEqual({ ok: true, id: created.id })
    expect(await db.prisma.annotation.count()).toBe(0)
    const event = (await audits())[1]
    expect(event).toMatchObject({ action: 'annotation.delete', entityId: String(created.id) })
    expect(JSON.parse(event.before ?? '{}')).toMatchObject({ text: 'Payments re-platforming' })
  })
})
