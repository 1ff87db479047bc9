import { expect, test } from '@playwright/test'

// Its own address (sent as X-Forwarded-For) and an account nobody has, so the limit it trips
// touches no other spec's sign-ins.
const ADDRESS = '203.0.113.250'
const EMAIL = 'limit-probe@example.test'

test('after 5 failed sign-ins in a minute the answer is 429 with Retry-After', async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': ADDRESS, Origin: baseURL ?? '' } })
  for (let i = 0; i < 5; i++) {
    const res = await api.post('/api/auth/login', { data: { email: EMAIL, password: `wrong guess ${i}` } })
    expect(res.status()).toBe(401)
    expect(await res.json()).toMatchObject({ message: 'Email or password is wrong.' })
  }
  const limited = await api.post('/api/auth/login', { data: { email: EMAIL, password: 'wrong guess 5' } })
  expect(limited.status()).toBe(429)
  const wait = Number(limited.headers()['retry-after'])
  expect(wait).toBeGreaterThan(0)
  expect(wait).toBeLessThanOrEqual(60)
  expect((await limited.json()).message).toContain(`Try again in ${wait} seconds`)
  await api.dispose()
})
