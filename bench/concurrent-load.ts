import { round } from './stats'

export interface Throughput {
  requests: number
  seconds: number
  /** Completed requests per second. */
  perSecond: number
}

/** `users` clients, each sending `perUser` requests one after another; all clients at once. */
async function burst(users: number, perUser: number, get: () => Promise<void>): Promise<{ requests: number; ms: number }> {
  const start = performance.now()
  await Promise.all(
    Array.from({ length: users }, async () => {
      for (let i = 0; i < perUser; i++) await get()
    }),
  )
  return { requests: users * perUser, ms: performance.now() - start }
}

/**
 * Throughput of two pages under the same number of concurrent users. The machine is shared, so the
 * two alternate in `rounds` bursts each and their totals are compared, never one page's run against
 * another moment's.
 */
export async function compareThroughput(
  users: number,
  perUser: number,
  rounds: number,
  page: () => Promise<void>,
  floor: () => Promise<void>,
): Promise<{ page: Throughput; floor: Throughput; ratio: number }> {
  const totals = { page: { requests: 0, ms: 0 }, floor: { requests: 0, ms: 0 } }
  for (let r = 0; r < rounds; r++) {
    for (const [name, get] of [
      ['page', page],
      ['floor', floor],
    ] as const) {
      const b = await burst(users, perUser, get)
      totals[name].requests += b.requests
      totals[name].ms += b.ms
    }
  }
  const of = (t: { requests: number; ms: number }): Throughput => ({
    requests: t.requests,
    seconds: round(t.ms / 1000, 2),
    perSecond: round(t.requests / (t.ms / 1000)),
  })
  const result = { page: of(totals.page), floor: of(totals.floor) }
  return { ...result, ratio: round(result.page.perSecond / result.floor.perSecond, 2) }
}
