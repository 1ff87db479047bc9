import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagerdutyRequest } from '@/tooling/webhook-signing'
import { closeWebhookTestDb, fixture, openWebhookTestDb, post, type WebhookTestDb } from '@/tooling/webhook-test-db'

// A PagerDuty incident linked by rule to the team's deployment of the hour before, then corrected by
// a person: the correction is audited, marks the quarters for recompute, and outlives a redelivery.
let t: WebhookTestDb
let links: typeof import('./incident-link')
let ingest: typeof import('./ingest-deployments')
const pd = { id: '', secret: 'pd-generated-signing-secret-0001' }
// The connector keys an incident by its connection: pagerduty:<connection id>:<incident id>.
let INCIDENT = ''

/** PagerDuty's documented incident event, as `eventType` at `at`. */
function pdEvent(eventType: string, at: string, eventId: string) {
  const payload = fixture('pagerduty-incident.json') as { event: Record<string, unknown> & { data: Record<string, unknown> } }
  Object.assign(payload.event, { event_type: eventType, occurred_at: at, id: eventId })
  Object.assign(payload.event.data, { created_at: '2021-04-28T20:50:00Z' })
  return payload
}
const send = (payload: unknown) => post(t, 'pagerduty', pd.id, pagerdutyRequest('http://localhost/x', payload, [pd.secret]))
const stored = () => t.db.prisma.incident.findUniqueOrThrow({ where: { externalId: INCIDENT } })

beforeAll(async () => {
  t = await openWebhookTestDb('incident-link')
  links = await import('./incident-link')
  ingest = await import('./ingest-deployments')
  await t.db.prisma.team.create({ data: { slug: 'api', name: 'API' } })
  const created = await t.connections.createConnection({ provider: 'pagerduty', name: 'on-call', secret: pd.secret }, 'test')
  if (!created.ok) throw new Error('no connection')
  pd.id = created.id
  INCIDENT = `pagerduty:${pd.id}:PGR0VU2`
  await t.connections.mapSource({ connectionId: pd.id, sourceId: 'PF9KMXH', team: 'api' }, 'test')
  const deployments = [
    { id: 'd-rule', deployedAt: '2021-04-28T19:50:00Z', team: 'api', failed: false, commits: [] },
    { id: 'd-real', deployedAt: '2021-04-20T10:00:00Z', team: 'api', failed: false, commits: [] },
  ]
  expect(await ingest.ingestDeployments(deployments, 'test')).toMatchObject({ ok: true, created: 2 })
  expect(await send(pdEvent('incident.triggered', '2021-04-28T20:50:00Z', 'e1'))).toMatchObject({
    status: 200,
    body: { reason: expect.stringContaining('linked by rule to d-rule') },
  })
}, 120_000)
afterAll(() => closeWebhookTestDb(t))

describe('setIncidentLink', () => {
  it('refuses an unknown incident or deployment with a clear message and changes nothing', async () => {
    expect(await links.setIncidentLink({ incident: 'nope', deployment: 'd-real' }, 'ann@example.com')).toEqual({
      ok: false,
      fieldErrors: { incident: 'No incident has the id "nope".' },
    })
    expect(await links.setIncidentLink({ incident: INCIDENT, deployment: 'd-none' }, 'ann@example.com')).toEqual({
      ok: false,
      fieldErrors: { deployment: 'No deployment has the id "d-none".' },
    })
    expect(await stored()).toMatchObject({ causedBy: 'd-rule', causeSetBy: null })
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'events.incident.link' } })).toBe(0)
  })

  it('moves the link to another deployment, audits it, and marks the quarters it changes', async () => {
    await t.db.prisma.staleEventFigures.deleteMany()
    expect(await links.setIncidentLink({ incident: INCIDENT, deployment: 'd-real' }, 'ann@example.com')).toEqual({
      ok: true,
      changed: true,
      causedBy: 'd-real',
    })
    expect(await stored()).toMatchObject({ causedBy: 'd-real', causeSetBy: 'ann@example.com' })
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'events.incident.link' } })
    expect(audit).toMatchObject({ actor: 'ann@example.com', entity: 'incident', entityId: INCIDENT })
    expect(JSON.parse(audit.before ?? '{}')).toEqual({ causedBy: 'd-rule', setBy: 'rule or event' })
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ causedBy: 'd-real', setBy: 'ann@example.com' })
    // The team's and the organisation's 2021-Q2: where the incident and both deployments fall.
    const team = await t.db.prisma.team.findUniqueOrThrow({ where: { slug: 'api' } })
    const marks = await t.db.prisma.staleEventFigures.findMany({ orderBy: { scope: 'asc' } })
    expect(marks.map((m) => [m.scope, m.quarter])).toEqual(
      [
        [team.id, '2021-Q2'],
        ['org', '2021-Q2'],
      ].sort((a, b) => a[0].localeCompare(b[0])),
    )
  })

  it('keeps the person’s link when PagerDuty sends the incident again or updates it', async () => {
    await send(pdEvent('incident.triggered', '2021-04-28T20:50:00Z', 'e1'))
    await send(pdEvent('incident.resolved', '2021-04-28T22:00:00Z', 'e2'))
    const row = await stored()
    expect(row).toMatchObject({ causedBy: 'd-real', causeSetBy: 'ann@example.com' })
    expect(row.resolvedAt?.toISOString()).toBe('2021-04-28T22:00:00.000Z')
  })

  it('keeps the person’s link when the events API sends the incident with another cause', async () => {
    const incidents = await import('./ingest-incidents')
    const item = { id: INCIDENT, openedAt: '2021-04-28T20:50:00Z', severity: 2, team: 'api', causedBy: 'd-rule' }
    expect(await incidents.ingestIncidents([item], 'test')).toMatchObject({ ok: true })
    expect(await stored()).toMatchObject({ causedBy: 'd-real', causeSetBy: 'ann@example.com' })
  })

  it('removes the link, and says nothing changed when it is asked again', async () => {
    expect(await links.setIncidentLink({ incident: INCIDENT, deployment: '' }, 'bob@example.com')).toEqual({
      ok: true,
      changed: true,
      causedBy: null,
    })
    expect(await stored()).toMatchObject({ causedBy: null, causeSetBy: 'bob@example.com' })
    expect(await links.setIncidentLink({ incident: INCIDENT, deployment: null }, 'bob@example.com')).toEqual({
      ok: true,
      changed: false,
      causedBy: null,
    })
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'events.incident.link' } })).toBe(2)
    await send(pdEvent('incident.reopened', '2021-04-29T08:00:00Z', 'e3'))
    expect(await stored()).toMatchObject({ causedBy: null, causeSetBy: 'bob@example.com' })
  })
})
