import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { e2eDatabaseEnv } from './support/e2e-database'
import { fromAddress } from './support/from-address'

/**
 * What a security probe got through (over real HTTP, against the app's own server): out-of-range
 * quarters, events outside the time window or with ids that do not read as sent, deleting an event
 * by id, and redirects built from a forged Host header. Uses ids prefixed "hardening-" and 2003-Q2.
 */
function token(scope: 'ingest' | 'read'): string {
  const out = execFileSync(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/admin.ts', 'create-token', '--scope', scope, '--name', `hardening ${scope}`, '--json'],
    {
      env: e2eDatabaseEnv(),
      encoding: 'utf8',
    },
  )
  return (JSON.parse(out) as { token: string }).token
}

let ingest = ''
let read = ''

test.beforeAll(() => {
  ingest = token('ingest')
  read = token('read')
})

test('a quarter outside 2000–2100 is a 404 page or a 400 answer, never a server error', async ({ page, request }) => {
  for (const url of [
    '/?quarter=0000-Q1',
    '/?quarter=1001-Q1',
    '/category/delivery?quarter=9999-Q4',
    '/metric/releases?quarter=10000-Q1',
    '/report?quarter=2101-Q1',
    '/entry/0000-Q1',
    '/entry?quarter=1999-Q4',
  ]) {
    const response = await page.goto(url)
    expect(response?.status(), url).toBe(404)
  }
  for (const url of ['/api/report/csv?quarter=0000-Q1', '/api/report/pdf?quarter=9999-Q4']) {
    expect((await request.get(url)).status(), url).toBe(400)
  }
  const figures = await request.get('/api/v1/figures?quarter=1001-Q1&scope=org', { headers: { authorization: `Bearer ${read}` } })
  expect(figures.status()).toBe(400)
})

test('events outside the time window or with malformed ids are refused by index; a resent id is unchanged', async ({ request }) => {
  const headers = { authorization: `Bearer ${ingest}` }
  const good = { id: 'hardening-d-1', deployedAt: '2003-05-01T10:00:00Z', commits: [] }
  for (const deployedAt of ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59-05:00', '1999-12-31T00:00:00Z']) {
    const refused = await request.post('/api/v1/deployments', { headers, data: [good, { ...good, id: 'hardening-far', deployedAt }] })
    expect(refused.status()).toBe(400)
    expect(await refused.json()).toMatchObject({
      index: 1,
      problem: 'deployedAt: must fall between 2000-01-01T00:00:00Z and one day after now',
    })
  }
  for (const id of ['hardening-\u0000', 'hardening-\u202egnp.exe', 'hardening-\ud800']) {
    const refused = await request.post('/api/v1/deployments', { headers, data: [{ ...good, id }] })
    expect(refused.status(), JSON.stringify(id)).toBe(400)
    expect(await refused.json()).toMatchObject({ index: 0 })
  }
  expect(await (await request.post('/api/v1/deployments', { headers, data: [good] })).json()).toEqual({
    accepted: 1,
    created: 1,
    updated: 0,
    unchanged: 0,
  })
  expect(await (await request.post('/api/v1/deployments', { headers, data: [good] })).json()).toEqual({
    accepted: 1,
    created: 0,
    updated: 0,
    unchanged: 1,
  })
})

test('an ingest token deletes an event by id; a read token or a session cannot', async ({ request }) => {
  const headers = { authorization: `Bearer ${ingest}` }
  const incident = { id: 'hardening-i-1', openedAt: '2003-05-02T10:00:00Z', severity: 2 }
  expect((await request.post('/api/v1/incidents', { headers, data: [incident] })).status()).toBe(200)
  expect((await request.delete('/api/v1/incidents?id=hardening-i-1', { headers: { authorization: `Bearer ${read}` } })).status()).toBe(403)
  expect((await request.delete('/api/v1/incidents?id=hardening-i-1')).status()).toBe(401)
  const deleted = await request.delete('/api/v1/incidents?id=hardening-i-1', { headers })
  expect(deleted.status()).toBe(200)
  expect(await deleted.json()).toEqual({ deleted: 'hardening-i-1', stale: 1 })
  const again = await request.delete('/api/v1/incidents?id=hardening-i-1', { headers })
  expect(again.status()).toBe(404)
  expect(await request.post('/api/v1/incidents', { headers, data: [incident] }).then((r) => r.json())).toMatchObject({ created: 1 })
})

test('redirects never reflect a forged Host header', async ({ baseURL }) => {
  const answer = await fromAddress('127.0.0.1', baseURL ?? '', 'GET', '/', { Host: 'evil.example' })
  expect(answer.status).toBe(307)
  expect(answer.headers.location).toBe('/login')
  // A non-browser client can pair a forged Host with a matching Origin; the answer still points home.
  const signOut = await fromAddress('127.0.0.1', baseURL ?? '', 'POST', '/api/auth/logout', {
    Host: 'evil.example',
    Origin: 'http://evil.example',
  })
  expect(signOut.status).toBe(303)
  expect(signOut.headers.location).toBe('/login')
})
