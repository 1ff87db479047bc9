import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gitlabRequest, pagerdutyRequest } from '@/tooling/webhook-signing'
import { closeWebhookTestDb, fixture, openWebhookTestDb, post, type WebhookTestDb } from '@/tooling/webhook-test-db'

// The providers' documented example payloads (tooling/fixtures/webhooks), signed as they sign them.
let t: WebhookTestDb
let teamId = ''
const gl = { id: '', secret: '' }
const pd = { id: '', secret: '' }
const gitlab = (event: string, payload: unknown, token = gl.secret) =>
  post(t, 'gitlab', gl.id, gitlabRequest(`http://localhost/x`, event, payload, token))
const pagerduty = (payload: unknown, secrets = [pd.secret]) =>
  post(t, 'pagerduty', pd.id, pagerdutyRequest(`http://localhost/x`, payload, secrets))

/** The documented PagerDuty event as another incident event type, at another time. */
function pdEvent(eventType: string, occurredAt: string, eventId: string) {
  const payload = fixture('pagerduty-incident.json') as { event: Record<string, unknown> }
  Object.assign(payload.event, { event_type: eventType, occurred_at: occurredAt, id: eventId })
  return payload
}

beforeAll(async () => {
  t = await openWebhookTestDb('webhooks-gitlab-pd')
  teamId = (await t.db.prisma.team.create({ data: { slug: 'api', name: 'API' } })).id
  for (const [provider, target, name] of [
    ['gitlab', gl, 'diaspora'],
    ['pagerduty', pd, 'on-call'],
  ] as const) {
    const created = await t.connections.createConnection(
      { provider, name, secret: provider === 'pagerduty' ? 'pd-generated-signing-secret-0001' : undefined },
      'test',
    )
    if (!created.ok) throw new Error('no connection')
    Object.assign(target, { id: created.id, secret: created.secret })
  }
  await t.connections.mapSource({ connectionId: pd.id, sourceId: 'PF9KMXH', team: 'api' }, 'test')
  await t.connections.mapSource({ connectionId: gl.id, sourceId: 'root/test-deployment-webhooks', team: 'api' }, 'test')
}, 120_000)
afterAll(() => closeWebhookTestDb(t))

describe('GitLab webhooks', () => {
  it('refuses a wrong X-Gitlab-Token with 401 and stores nothing', async () => {
    expect(await gitlab('Push Hook', fixture('gitlab-push.json'), 'wrong-token-0123456789')).toMatchObject({
      status: 401,
      body: { outcome: 'refused', reason: 'the X-Gitlab-Token does not match the secret' },
    })
    expect(await t.db.prisma.pushedCommit.count()).toBe(0)
  })

  it('stores a push and says what became of the commits past the 20 GitLab sends', async () => {
    const answer = await gitlab('Push Hook', fixture('gitlab-push.json'))
    expect(answer).toMatchObject({
      status: 200,
      body: {
        outcome: 'stored',
        reason: "2 of 2 commits to master stored; GitLab sent 2 of this push's 4 commits; the other 2 are not counted for lead time",
      },
    })
    const rows = await t.db.prisma.pushedCommit.findMany({ orderBy: { id: 'asc' } })
    expect(rows.map((r) => [r.repo, r.ref, r.sha.slice(0, 7), r.committedAt.toISOString()])).toEqual([
      ['mike/diaspora', 'master', 'b6568db', '2011-12-12T12:27:31.000Z'],
      ['mike/diaspora', 'master', 'da15608', '2012-01-03T21:36:29.000Z'],
    ])
  })

  it('ignores a staging deployment under the default rules, and stores it once staging counts as production', async () => {
    expect(await gitlab('Deployment Hook', fixture('gitlab-deployment.json'))).toMatchObject({
      status: 200,
      body: { outcome: 'ignored', reason: 'environment "staging" is not production under the rules' },
    })
    expect(await t.db.prisma.deployment.count()).toBe(0)
    expect(await t.connections.saveConnectionRules(gl.id, { productionEnvironments: ['production', 'staging'] }, 'test')).toEqual({
      ok: true,
    })
    expect(await gitlab('Deployment Hook', fixture('gitlab-deployment.json'))).toMatchObject({ status: 200, body: { outcome: 'stored' } })
    const d = await t.db.prisma.deployment.findFirstOrThrow()
    expect(d).toMatchObject({ externalId: `gitlab:${gl.id}:deployment:15`, teamId, source: 'gitlab', failed: false })
    // "2021-04-28 21:50:00 +0200", GitLab's older time format.
    expect(d.deployedAt.toISOString()).toBe('2021-04-28T19:50:00.000Z')
    const audits = await t.db.prisma.auditEvent.count()
    expect(await gitlab('Deployment Hook', fixture('gitlab-deployment.json'))).toMatchObject({
      body: { reason: expect.stringContaining('unchanged (already stored)') },
    })
    expect(await t.db.prisma.auditEvent.count()).toBe(audits)
  })

  it('takes an incident issue with its severity, and ignores a plain issue', async () => {
    expect(await gitlab('Issue Hook', fixture('gitlab-issue.json'))).toMatchObject({
      status: 200,
      body: { outcome: 'ignored', reason: 'an issue of type "issue", not an incident' },
    })
    const incident = fixture('gitlab-issue.json') as { object_attributes: Record<string, unknown> }
    incident.object_attributes.type = 'Incident'
    expect(await gitlab('Issue Hook', incident)).toMatchObject({ status: 200, body: { outcome: 'stored' } })
    const row = await t.db.prisma.incident.findUniqueOrThrow({ where: { externalId: `gitlab:${gl.id}:incident:301` } })
    expect(row).toMatchObject({ severity: 2, source: 'gitlab', teamId: null, resolvedAt: null })
    expect(row.openedAt.toISOString()).toBe('2013-12-03T17:15:43.000Z')
  })
})

describe('PagerDuty webhooks', () => {
  it('refuses a signature made with another secret, and accepts any one of several during a rotation', async () => {
    expect(await pagerduty(pdEvent('incident.triggered', '2020-04-09T15:16:27Z', 'e1'), ['old-secret-that-is-gone-0000'])).toMatchObject({
      status: 401,
    })
    expect(await t.db.prisma.incident.count({ where: { source: 'pagerduty' } })).toBe(0)
    expect(
      await pagerduty(pdEvent('incident.triggered', '2020-04-09T15:16:27Z', 'e1'), ['old-secret-that-is-gone-0000', pd.secret]),
    ).toMatchObject({ status: 200, body: { outcome: 'stored' } })
    const row = await t.db.prisma.incident.findUniqueOrThrow({ where: { externalId: `pagerduty:${pd.id}:PGR0VU2` } })
    expect(row).toMatchObject({ severity: 1, teamId, source: 'pagerduty', acknowledgedAt: null, resolvedAt: null })
  })

  it('keeps the first acknowledgement, resolves, and changes nothing on redelivery', async () => {
    await pagerduty(pdEvent('incident.acknowledged', '2020-04-09T15:21:27Z', 'e2'))
    await pagerduty(pdEvent('incident.acknowledged', '2020-04-09T15:40:00Z', 'e3'))
    expect(await pagerduty(pdEvent('incident.resolved', '2020-04-09T17:16:27Z', 'e4'))).toMatchObject({
      status: 200,
      body: { outcome: 'stored' },
    })
    const audits = await t.db.prisma.auditEvent.count()
    expect(await pagerduty(pdEvent('incident.resolved', '2020-04-09T17:16:27Z', 'e4'))).toMatchObject({
      body: { reason: expect.stringContaining('unchanged') },
    })
    expect(await t.db.prisma.auditEvent.count()).toBe(audits)
    const row = await t.db.prisma.incident.findUniqueOrThrow({ where: { externalId: `pagerduty:${pd.id}:PGR0VU2` } })
    expect([row.acknowledgedAt?.toISOString(), row.resolvedAt?.toISOString()]).toEqual([
      '2020-04-09T15:21:27.000Z',
      '2020-04-09T17:16:27.000Z',
    ])
  })

  it('takes the documented priority update, reopens, and ignores other event types', async () => {
    const updated = fixture('pagerduty-incident.json') as { event: { data: { priority: { summary: string } } } }
    updated.event.data.priority.summary = 'P3'
    expect(await pagerduty(updated)).toMatchObject({ status: 200, body: { outcome: 'stored' } })
    const where = { externalId: `pagerduty:${pd.id}:PGR0VU2` }
    expect(await t.db.prisma.incident.findUniqueOrThrow({ where })).toMatchObject({ severity: 3 })
    // Every event carries the incident's priority as it then is: this one says P1 again.
    expect(await pagerduty(pdEvent('incident.reopened', '2020-04-09T18:00:00Z', 'e5'))).toMatchObject({ status: 200 })
    expect(await t.db.prisma.incident.findUniqueOrThrow({ where })).toMatchObject({ severity: 1, resolvedAt: null })
    expect(await pagerduty(pdEvent('incident.annotated', '2020-04-09T18:00:00Z', 'e6'))).toMatchObject({
      status: 200,
      body: { outcome: 'ignored' },
    })
  })

  it("links an incident to the team's deployment of the 24 hours before, and gives the figures with their sources", async () => {
    // The GitLab deployment of the API team went out 2021-04-28T19:50Z; an incident opens an hour later.
    const later = pdEvent('incident.triggered', '2021-04-28T20:50:00Z', 'e7') as { event: { data: Record<string, unknown> } }
    Object.assign(later.event.data, { id: 'PNEW001', created_at: '2021-04-28T20:50:00Z' })
    expect(await pagerduty(later)).toMatchObject({
      body: { reason: expect.stringContaining(`linked by rule to gitlab:${gl.id}:deployment:15`) },
    })
    await pagerduty(
      Object.assign(pdEvent('incident.resolved', '2021-04-28T22:50:00Z', 'e8'), {
        event: { ...later.event, event_type: 'incident.resolved', occurred_at: '2021-04-28T22:50:00Z', id: 'e8' },
      }),
    )
    await t.recompute.recomputeEventFigures([{ scope: teamId, quarter: '2021-Q2' }])
    const figures = new Map(
      (await t.db.prisma.figure.findMany({ where: { scope: teamId, quarter: '2021-Q2' } })).map((f) => [f.metricKey, f]),
    )
    expect(figures.get('change_failure_rate')).toMatchObject({ value: 100, n: 1, sourceRef: 'gitlab, pagerduty' })
    expect(figures.get('recovery_time_hours')).toMatchObject({ value: 2, n: 1, sourceRef: 'gitlab, pagerduty' })
    expect(figures.get('mttr_hours')).toMatchObject({ value: 2, n: 1, sourceRef: 'pagerduty' })
    expect(figures.get('deployment_frequency')).toMatchObject({ n: 1, sourceRef: 'gitlab' })
  })
})
