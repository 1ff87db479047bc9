import { expect, test } from '@playwright/test'
import { signInFrom } from './support/from-address'

// Its own source address and accounts nobody has, so the limits it trips touch no other spec's
// sign-ins (they all connect from 127.0.0.1).
const EMAIL = 'limit-probe@example.test'

test('after 5 failed sign-ins in a minute the answer is 429 with Retry-After', async ({ baseURL }) => {
  for (let i = 0; i < 5; i++) {
    const res = await signInFrom('127.0.0.2', baseURL ?? '', EMAIL, `wrong guess ${i}`)
    expect(res.status).toBe(401)
    expect(JSON.parse(res.body)).toMatchObject({ message: 'Email or password is wrong.' })
  }
  const limited = await signInFrom('127.0.0.2', baseURL ?? '', EMAIL, 'wrong guess 5')
  expect(limited.status).toBe(429)
  const wait = Number(limited.headers['retry-after'])
  expect(wait).toBeGreaterThan(0)
  expect(wait).toBeLessThanOrEqual(60)
  expect(JSON.parse(limited.body).message).toContain(`Try again in ${wait} seconds`)
})

test('a spoofed X-Forwarded-For does not escape the per-address limit: 20 accounts, 20 made-up addresses', async ({ baseURL }) => {
  const statuses: number[] = []
  for (let i = 0; i < 20; i++) {
    const res = await signInFrom('127.0.0.3', baseURL ?? '', `spoof-${i}@example.test`, 'wrong guess', {
      'X-Forwarded-For': `198.51.100.${i}`,
    })
    statuses.push(res.status)
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
  expect(statuses.slice(5)).toEqual(Array(15).fill(429))
})

test('150 parallel guesses at one account get at most 5 tries', async ({ baseURL }) => {
  const answers = await Promise.all(
    Array.from({ length: 150 }, (_, i) => signInFrom('127.0.0.4', baseURL ?? '', 'parallel-probe@example.test', `guess ${i}`)),
  )
  const tried = answers.filter((a) => a.status === 401).length
  expect(tried).toBeGreaterThan(0)
  expect(tried).toBeLessThanOrEqual(5)
  expect(answers.filter((a) => a.status === 429)).toHaveLength(150 - tried)
})
