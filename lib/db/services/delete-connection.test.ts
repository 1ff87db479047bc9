import examples from '@octokit/webhooks-examples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { githubRequest } from '@/tooling/webhook-signing'
import { closeWebhookTestDb, openWebhookTestDb, post, type WebhookTestDb } from '@/tooling/webhook-test-db'

let t: WebhookTestDb
let id = ''

beforeAll(async () => {
  t = await openWebhookTestDb('delete-connection')
  const team = await t.db.prisma.team.create({ data: { slug: 'platform', name: 'Platform' } })
  const created = await t.connections.createConnection({ provider: 'github', name: 'Codertocat' }, 'test')
  if (!created.ok) throw new Error('no connection')
  id = created.id
  await t.connections.mapSource({ connectionId: id, sourceId: 'Codertocat/Hello-World', team: team.slug }, 'test')
  const ping = examples.find((e) => e.name === 'ping')?.examples[0]
  const url = `http://localhost/api/v1/webhooks/github/${id}`
  expect(await post(t, 'github', id, githubRequest(url, 'ping', ping, created.secret))).toMatchObject({ status: 200 })
}, 120_000)
afterAll(() => closeWebhookTestDb(t))

const audits = () => t.db.prisma.auditEvent.count({ where: { action: 'connection.delete' } })

describe('deleteConnection', () => {
  it('refuses without the connection’s name typed, and removes nothing', async () => {
    for (const typed of ['', 'codertocat', 'Codertocat2']) {
      expect(await t.connections.deleteConnection(id, 'admin@example.com', typed)).toEqual({
        ok: false,
        fieldErrors: { confirmName: 'Type the connection’s name, Codertocat, to delete it.' },
      })
    }
    expect(await t.db.prisma.connection.count({ where: { id } })).toBe(1)
    expect(await t.db.prisma.sourceMapping.count({ where: { connectionId: id } })).toBe(1)
    expect(await t.db.prisma.delivery.count({ where: { connectionId: id } })).toBe(1)
    expect(await audits()).toBe(0)
  })

  it('answers an unknown id as unknown, whatever is typed', async () => {
    expect(await t.connections.deleteConnection('no-such-connection', 'admin@example.com', 'Codertocat')).toEqual({
      ok: false,
      fieldErrors: { id: 'No connection has this id.' },
    })
  })

  it('with the name typed, deletes the connection, its mappings and log, and audits what went', async () => {
    expect(await t.connections.deleteConnection(id, 'admin@example.com', ' Codertocat ')).toEqual({ ok: true })
    expect(await t.db.prisma.connection.count({ where: { id } })).toBe(0)
    expect(await t.db.prisma.sourceMapping.count({ where: { connectionId: id } })).toBe(0)
    expect(await t.db.prisma.delivery.count({ where: { connectionId: id } })).toBe(0)
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'connection.delete' } })
    expect(audit).toMatchObject({ actor: 'admin@example.com', entity: 'connection', entityId: id })
    expect(JSON.parse(audit.before ?? 'null')).toEqual({ provider: 'github', name: 'Codertocat', mappings: 1, deliveries: 1 })
  })
})
