import type { BenchDatabase } from './bench-database'
import { percentile, round, timeRuns } from './stats'
import { firstLoadJs } from './first-load-js'
import { compareThroughput, type Throughput } from './concurrent-load'
import { fetchPageWeight, type PageWeight } from './page-weight'

interface Timing {
  p50: number
  p95: number
}

export interface ScorecardBenchResult {
  page: Timing
  /** Each request right after a write elsewhere in the database: nothing of the page is cached. */
  afterChange: Timing
  /** The app's smallest page (/forbidden: no data, no session): what Next.js costs per page here. */
  floor: Timing
  rawP50: number
  rawP95: number
  /** The scorecard's HTML as sent. */
  weight: PageWeight
  /** CONCURRENT_USERS clients at once on the scorecard and on the smallest page, alternating. */
  concurrent: { users: number; page: Throughput; floor: Throughput; ratio: number }
  firstLoadKb: number
  firstLoadFiles: number
}

// BENCH_REQUESTS shrinks a smoke run; the published figures use 50.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50)
const CONCURRENT_USERS = 20
// Each burst: 20 users × 15 requests; three bursts of each page, alternating.
const PER_USER = 15
const ROUNDS = 3

function timing(samples: number[]): Timing {
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) }
}

async function getOk(url: string, cookie: string | null): Promise<void> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' })
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`)
  await res.text()
}

/**
 * The scorecard page (p50/p95 of 50 sequential requests after 30 warm-up ones) against the app's
 * smallest page, timed alternately; the same page right after each of 50 writes (its reads are then
 * not cached); its HTML weight; both pages' throughput under 20 concurrent users; a raw read of the
 * same rows straight from the database (reference) and the first-load JavaScript, gzipped.
 */
export async function benchScorecard(
  baseUrl: string,
  db: BenchDatabase,
  scopeSlug: string,
  scopeId: string,
  quarter: string,
  cookie: string,
): Promise<ScorecardBenchResult> {
  const url = `${baseUrl}/?quarter=${quarter}&scope=${scopeSlug}`
  // Signed in (a signed-out request is redirected to the sign-in page, which must not be what is timed).
  const get = () => getOk(url, cookie)
  const floorUrl = `${baseUrl}/forbidden`
  const getFloor = () => getOk(floorUrl, null)
  for (let i = 0; i < 30; i++) {
    await get()
    await getFloor()
  }
  // Page and floor alternate, so both see the same load of this shared machine.
  const page: number[] = []
  const floor: number[] = []
  for (let i = 0; i < REQUESTS; i++) {
    page.push(...(await timeRuns(1, get)))
    floor.push(...(await timeRuns(1, getFloor)))
  }

  // A write to another team's figure, as an entry form or import elsewhere would make: the data
  // version moves on, so the next request reads everything again. Only the GET is timed.
  const afterChange: number[] = []
  for (let i = 0; i < REQUESTS; i++) {
    await db.touchAnotherScope(scopeId)
    afterChange.push(...(await timeRuns(1, get)))
  }

  for (let i = 0; i < 10; i++) await db.readScorecardRows(scopeId, quarter)
  const raw = await timeRuns(REQUESTS, () => db.readScorecardRows(scopeId, quarter))
  const js = await firstLoadJs(baseUrl, url.slice(baseUrl.length), cookie)
  const weight = await fetchPageWeight(url, cookie)
  const concurrent = await compareThroughput(CONCURRENT_USERS, PER_USER, ROUNDS, get, getFloor)
  return {
    page: timing(page),
    afterChange: timing(afterChange),
    floor: timing(floor),
    rawP50: round(percentile(raw, 50), 2),
    rawP95: round(percentile(raw, 95), 2),
    weight,
    concurrent: { users: CONCURRENT_USERS, ...concurrent },
    firstLoadKb: js.kb,
    firstLoadFiles: js.files,
  }
}
