import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decryptConnectionSecret, encryptConnectionSecret } from '@/lib/auth/connection-secret'
import { DEFAULT_RULES, severityOf } from '@/lib/validation/connection-rules'
import { rulesFromForm } from '@/lib/validation/connection-rules-form'
import { changeRefOf, revertTarget } from './plan'
import { providerTime } from './provider-time'
import { githubSignatureValid, gitlabTokenValid, pagerdutySignatureValid } from './signatures'

const SERVER = 'a-server-secret-of-enough-length-0123456789'
const hex = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex')

describe('connection secrets', () => {
  it('read back only under the same server secret, and not when altered', () => {
    const stored = encryptConnectionSecret('webhook-secret-1234567890', SERVER)
    expect(stored).not.toContain('webhook-secret')
    expect(decryptConnectionSecret(stored, SERVER)).toBe('webhook-secret-1234567890')
    expect(decryptConnectionSecret(stored, `${SERVER}x`)).toBeNull()
    const [v, iv, tag, body] = stored.split('.')
    const flipped = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`
    expect(decryptConnectionSecret([v, iv, tag, flipped].join('.'), SERVER)).toBeNull()
  })
})

describe('signatures', () => {
  const body = Buffer.from('{"zen":"Keep it logically awesome."}')
  it('GitHub: sha256= HMAC of the raw body', () => {
    expect(githubSignatureValid(body, `sha256=${hex('s3cret-value', body.toString())}`, 's3cret-value')).toBe(true)
    expect(githubSignatureValid(body, `sha256=${hex('other', body.toString())}`, 's3cret-value')).toBe(false)
    expect(githubSignatureValid(body, hex('s3cret-value', body.toString()), 's3cret-value')).toBe(false)
    expect(githubSignatureValid(body, null, 's3cret-value')).toBe(false)
  })
  it('GitLab: the token itself', () => {
    expect(gitlabTokenValid('token-abc', 'token-abc')).toBe(true)
    expect(gitlabTokenValid('token-abd', 'token-abc')).toBe(false)
    expect(gitlabTokenValid(null, 'token-abc')).toBe(false)
  })
  it('PagerDuty: any one of several v1= signatures', () => {
    const good = `v1=${hex('new', body.toString())}`
    expect(pagerdutySignatureValid(body, `v1=${hex('old', body.toString())},${good}`, 'new')).toBe(true)
    expect(pagerdutySignatureValid(body, `v1=${hex('old', body.toString())}`, 'new')).toBe(false)
    expect(pagerdutySignatureValid(body, `v0=${hex('new', body.toString())}`, 'new')).toBe(false)
  })
})

describe('reverts and merged requests', () => {
  it('finds what a revert reverts', () => {
    expect(revertTarget('github', 'Revert "Add cache"', 'Reverts acme/api#41', 'revert-41-cache')).toEqual({ changeRef: '#41', shas: [] })
    expect(revertTarget('github', 'Revert "Add cache"', '', 'revert-41-cache')).toEqual({ changeRef: '#41', shas: [] })
    expect(revertTarget('gitlab', "Revert 'Add cache'", 'This reverts merge request !12', 'revert-1a2b3c4d')).toEqual({
      changeRef: '!12',
      shas: [],
    })
    expect(revertTarget('gitlab', 'Revert "x"', 'This reverts commit 1a2b3c4d5e6f.', 'b')).toEqual({
      changeRef: null,
      shas: ['1a2b3c4d5e6f'],
    })
    expect(revertTarget('github', 'Add cache', 'Reverts acme/api#41', 'feature')).toBeNull()
  })
  it('reads the request a commit merged', () => {
    expect(changeRefOf('github', 'Merge pull request #7 from acme/x\n\nbody')).toBe('#7')
    expect(changeRefOf('github', 'Add cache (#8)')).toBe('#8')
    expect(changeRefOf('gitlab', "Merge branch 'x' into 'main'\n\nSee merge request acme/api!9")).toBe('!9')
    expect(changeRefOf('github', 'fixed readme')).toBeNull()
  })
})

describe('rules and times', () => {
  it('map labels to severities, with the default when none matches', () => {
    expect(severityOf(DEFAULT_RULES, 'P2', 'high')).toBe(2)
    expect(severityOf(DEFAULT_RULES, null, 'low')).toBe(4)
    expect(severityOf(DEFAULT_RULES, 'severity::1', 'unknown')).toBe(1)
    expect(severityOf(DEFAULT_RULES, null, null)).toBe(3)
  })
  it('read the rules form, refusing a bad severity pair', () => {
    expect(
      rulesFromForm({ productionEnvironments: 'prod, live', severities: 'P1=1', incidentLinkHours: '12', defaultSeverity: '3' }),
    ).toMatchObject({
      ok: true,
      rules: { productionEnvironments: ['prod', 'live'], severities: { p1: 1 }, incidentLinkHours: 12 },
    })
    expect(rulesFromForm({ severities: 'P1=9', incidentLinkHours: '1' })).toMatchObject({
      ok: false,
      fieldErrors: { severities: expect.stringContaining('"P1=9"') },
    })
  })
  it("read GitLab's older time format and refuse a time without a zone", () => {
    expect(providerTime('2021-04-28 21:50:00 +0200')?.toISOString()).toBe('2021-04-28T19:50:00.000Z')
    expect(providerTime('2017-09-15 16:50:55 UTC')?.toISOString()).toBe('2017-09-15T16:50:55.000Z')
    expect(providerTime('2021-04-28 21:50:00')).toBeNull()
  })
})
