import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deploymentItemSchema, incidentItemSchema, itemProblem, parseIsoDateTime } from './event-schemas'

function problemOf(schema: typeof deploymentItemSchema | typeof incidentItemSchema, item: unknown): string | null {
  const result = schema.safeParse(item)
  return result.success ? null : itemProblem(result.error)
}

const deployment = { id: 'd-1', deployedAt: '2026-07-01T09:30:00Z', commits: [{ sha: 'abc123', committedAt: '2026-07-01T08:00:00+02:00' }] }

describe('parseIsoDateTime', () => {
  it.each([
    ['2026-07-01T09:30:00Z', '2026-07-01T09:30:00.000Z'],
    ['2026-07-01T09:30Z', '2026-07-01T09:30:00.000Z'],
    ['2026-07-01t09:30:00.123456z', '2026-07-01T09:30:00.123Z'],
    ['2026-07-01T11:30:00+02:00', '2026-07-01T09:30:00.000Z'],
    ['2026-07-01T11:30:00+0200', '2026-07-01T09:30:00.000Z'],
    ['2026-07-01T04:00:00-05', '2026-07-01T09:00:00.000Z'],
    ['2026-07-01T15:15:00+05:45', '2026-07-01T09:30:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-07-01T09:30:00,5Z', '2026-07-01T09:30:00.500Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseIsoDateTime(text)?.toISOString()).toBe(iso)
  })

  it.each([
    '2026-07-01T09:30:00',
    '2026-07-01',
    '2026-07-01 09:30:00Z',
    '2026-02-30T09:30:00Z',
    '2026-13-01T00:00:00Z',
    '2026-07-01T24:00:00Z',
    '2026-07-01T09:60:00Z',
    '1969-12-31T23:59:59Z',
    'yesterday',
    '1751362200',
    '2026-07-01T09:30:00+2:00',
  ])('refuses %s', (text) => {
    expect(parseIsoDateTime(text)).toBeNull()
  })

  it('agrees with Date for every instant written as UTC', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(parseIsoDateTime(d.toISOString())?.getTime()).toBe(d.getTime())
      }),
    )
  })
})

describe('deploymentItemSchema', () => {
  it('parses instants to dates, defaults the flags, and drops unknown fields', () => {
    const parsed = deploymentItemSchema.parse({ ...deployment, repo: 'x/y', failed: null })
    expect(parsed).toEqual({
      id: 'd-1',
      deployedAt: new Date('2026-07-01T09:30:00Z'),
      team: null,
      service: null,
      failed: false,
      unplanned: false,
      commits: [{ sha: 'abc123', committedAt: new Date('2026-07-01T06:00:00Z') }],
    })
  })

  it('accepts a commit made after the deployment (clock skew); lead time skips it', () => {
    expect(problemOf(deploymentItemSchema, { ...deployment, commits: [{ sha: 'a', committedAt: '2026-08-01T00:00:00Z' }] })).toBeNull()
  })

  it.each([
    [{ ...deployment, id: '' }, 'id: must not be empty'],
    [{ ...deployment, id: 'x'.repeat(201) }, 'id: must be at most 200 characters'],
    [{ deployedAt: deployment.deployedAt, commits: [] }, 'id: is required'],
    [{ ...deployment, id: 42 }, 'id: must be a string'],
    [
      { ...deployment, deployedAt: '2026-07-01T09:30:00' },
      'deployedAt: is not an ISO 8601 date-time with a time zone (e.g. 2026-07-01T09:30:00Z)',
    ],
    [{ ...deployment, failed: 'yes' }, 'failed: must be true or false'],
    [{ id: 'd', deployedAt: deployment.deployedAt }, 'commits: is required'],
    [{ ...deployment, commits: {} }, 'commits: must be a list (which may be empty)'],
    [
      { ...deployment, commits: [{ sha: 'a', committedAt: '2026-07-01T00:00:00Z' }, 'b'] },
      'commits[1]: must be an object with "sha" and "committedAt"',
    ],
    [
      { ...deployment, commits: [{ sha: 'a', committedAt: 'now' }] },
      'commits[0].committedAt: is not an ISO 8601 date-time with a time zone (e.g. 2026-07-01T09:30:00Z)',
    ],
    [
      { ...deployment, commits: Array.from({ length: 1001 }, (_, i) => ({ sha: `s${i}`, committedAt: '2026-07-01T00:00:00Z' })) },
      'commits: must list at most 1000 commits',
    ],
    [[deployment], 'item: must be a JSON object'],
    [null, 'item: must be a JSON object'],
  ])('refuses %# with "%s"', (item, problem) => {
    expect(problemOf(deploymentItemSchema, item)).toBe(problem)
  })
})

describe('incidentItemSchema', () => {
  const incident = { id: 'i-1', openedAt: '2026-07-01T09:30:00Z', severity: 1 }

  it('takes optional instants and ignores unknown fields', () => {
    expect(incidentItemSchema.parse({ ...incident, resolvedAt: '2026-07-01T10:30:00Z', acknowledgedAt: null, title: 'x' })).toEqual({
      id: 'i-1',
      openedAt: new Date('2026-07-01T09:30:00Z'),
      acknowledgedAt: null,
      resolvedAt: new Date('2026-07-01T10:30:00Z'),
      severity: 1,
      team: null,
      causedBy: null,
    })
  })

  it.each([
    [{ ...incident, severity: 0 }, 'severity: must be from 1 (worst) to 4'],
    [{ ...incident, severity: 2.5 }, 'severity: must be a whole number from 1 (worst) to 4'],
    [{ ...incident, severity: '2' }, 'severity: must be a whole number from 1 (worst) to 4'],
    [{ id: 'i', openedAt: incident.openedAt }, 'severity: is required'],
    [{ ...incident, resolvedAt: '2026-07-01T09:29:59Z' }, 'resolvedAt: is before openedAt'],
    [{ ...incident, acknowledgedAt: '2026-06-30T09:29:59Z' }, 'acknowledgedAt: is before openedAt'],
    [{ ...incident, causedBy: '' }, 'causedBy: must not be empty'],
  ])('refuses %# with "%s"', (item, problem) => {
    expect(problemOf(incidentItemSchema, item)).toBe(problem)
  })
})

describe('the event window: 2000-01-01 to one day after now', () => {
  const window = 'must fall between 2000-01-01T00:00:00Z and one day after now'

  it.each([
    ['9999-12-31T23:59:59Z', `deployedAt: ${window}`],
    ['9999-12-31T23:59:59-05:00', `deployedAt: ${window}`],
    ['1999-12-31T23:59:59Z', `deployedAt: ${window}`],
    [new Date(Date.now() + 2 * 86_400_000).toISOString(), `deployedAt: ${window}`],
  ])('refuses a deployment at %s', (deployedAt, problem) => {
    expect(problemOf(deploymentItemSchema, { ...deployment, deployedAt })).toBe(problem)
  })

  it('refuses an instant outside it wherever it appears (commits, incident times)', () => {
    expect(problemOf(deploymentItemSchema, { ...deployment, commits: [{ sha: 'a', committedAt: '1999-06-01T00:00:00Z' }] })).toBe(
      `commits[0].committedAt: ${window}`,
    )
    expect(
      problemOf(incidentItemSchema, { id: 'i', openedAt: '2026-07-01T00:00:00Z', severity: 2, resolvedAt: '9999-01-01T00:00:00Z' }),
    ).toBe(`resolvedAt: ${window}`)
  })

  it('accepts its edges: the first instant of 2000, and a clock a few hours ahead', () => {
    expect(problemOf(deploymentItemSchema, { ...deployment, deployedAt: '2000-01-01T00:00:00Z' })).toBeNull()
    expect(problemOf(deploymentItemSchema, { ...deployment, deployedAt: new Date(Date.now() + 6 * 3_600_000).toISOString() })).toBeNull()
  })
})

describe('well-formed event ids', () => {
  it.each([
    ['d-1\u0000', 'must not contain control characters such as NUL'],
    ['d-\u202e1', 'must not contain bidirectional control characters'],
    ['d-\u20661\u2069', 'must not contain bidirectional control characters'],
    ['d-\ud8001', 'is not well-formed Unicode (a lone surrogate)'],
    ['\udc00d-1', 'is not well-formed Unicode (a lone surrogate)'],
  ])('refuses the id %j', (id, problem) => {
    expect(problemOf(deploymentItemSchema, { ...deployment, id })).toBe(`id: ${problem}`)
    expect(problemOf(incidentItemSchema, { id, openedAt: '2026-07-01T00:00:00Z', severity: 2 })).toBe(`id: ${problem}`)
  })

  it('accepts any well-formed Unicode, pairs of surrogates included', () => {
    expect(problemOf(deploymentItemSchema, { ...deployment, id: 'déploiement-✓-🚀-نشر' })).toBeNull()
  })
})
