import { percentile, round, timeRuns } from './stats'

/**
 * The board report's speed goals, measured over HTTP against the production server: the full PDF of a
 * quarter in at most 2 s, and the scorecard's p99 while 5 PDFs render at most 2× its idle p99.
 */
export interface PdfHttpResult {
  /** The first PDF after the server started: includes starting the worker thread. */
  firstMs: number
  samples: number[]
  p50: number
  max: number
  bytes: number
}

export interface ScorecardUnderLoad {
  idle: { count: number; p50: number; p99: number }
  /** wallMs: median over the rounds of the time the exports took, all of them; maxMs: the slowest export. */
  loaded: { count: number; p50: number; p99: number; exports: number; rounds: number; wallMs: number; maxMs: number }
  ratio: number
}

type Format = 'pdf' | 'csv'

const PDF_RUNS = 5
const IDLE_REQUESTS = 240
const CONCURRENT_EXPORTS = 5
const ROUNDS = 3
const CHECKS: Record<Format, { type: string; starts: string }> = {
  pdf: { type: 'application/pdf', starts: '%PDF-' },
  csv: { type: 'text/csv', starts: '' },
}

async function fetchExport(url: string, cookie: string, format: Format): Promise<{ ms: number; bytes: number }> {
  const start = performance.now()
  const res = await fetch(url, { headers: { cookie } })
  const body = Buffer.from(await res.arrayBuffer())
  const ms = performance.now() - start
  const type = res.headers.get('content-type') ?? ''
  if (!res.ok || !type.startsWith(CHECKS[format].type) || !body.toString('latin1', 0, 5).startsWith(CHECKS[format].starts)) {
    throw new Error(`GET ${url} answered ${res.status} ${type}: ${body.subarray(0, 200).toString()}`)
  }
  return { ms, bytes: body.length }
}

async function fetchPage(url: string, cookie: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie }, redirect: 'manual' })
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`)
  await res.text()
}

/** The PDF through GET /api/report/pdf: one cold request, then PDF_RUNS sequential ones. */
export async function benchPdfHttp(baseUrl: string, cookie: string, quarter: string, scope: string): Promise<PdfHttpResult> {
  const url = `${baseUrl}/api/report/pdf?quarter=${quarter}&scope=${scope}`
  const first = await fetchExport(url, cookie, 'pdf')
  const samples: number[] = []
  for (let i = 0; i < PDF_RUNS; i++) samples.push((await fetchExport(url, cookie, 'pdf')).ms)
  return {
    firstMs: round(first.ms),
    samples: samples.map((s) => round(s)),
    p50: round(percentile(samples, 50)),
    max: round(Math.max(...samples)),
    bytes: first.bytes,
  }
}

/** Fires CONCURRENT_EXPORTS export requests at once and times sequential scorecard requests until they have all arrived. */
async function scorecardWhileExporting(page: string, exportUrl: string, cookie: string, format: Format) {
  let finished = 0
  const started = performance.now()
  const exports = Promise.all(
    Array.from({ length: CONCURRENT_EXPORTS }, () =>
      fetchExport(exportUrl, cookie, format).then((r) => {
        finished++
        return r.ms
      }),
    ),
  )
  const samples: number[] = []
  while (finished < CONCURRENT_EXPORTS) {
    const start = performance.now()
    await fetchPage(page, cookie)
    samples.push(performance.now() - start)
  }
  const times = await exports
  return { samples, wallMs: performance.now() - started, maxMs: Math.max(...times) }
}

/**
 * The scorecard page's p99 with nothing else running against its p99 while CONCURRENT_EXPORTS
 * exports (PDF, or CSV as a control) are requested at once. The machine is shared, so idle and
 * loaded runs alternate (ROUNDS of each) and both see the same background load; samples are pooled.
 */
export async function benchScorecardUnderLoad(
  baseUrl: string,
  cookie: string,
  quarter: string,
  scope: string,
  scorecardPath: string,
  format: Format,
): Promise<ScorecardUnderLoad> {
  const page = `${baseUrl}${scorecardPath}`
  const exportUrl = `${baseUrl}/api/report/${format}?quarter=${quarter}&scope=${scope}`
  for (let i = 0; i < 10; i++) await fetchPage(page, cookie)
  const idle: number[] = []
  const loaded: number[] = []
  const walls: number[] = []
  const maxes: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    idle.push(...(await timeRuns(IDLE_REQUESTS / ROUNDS, () => fetchPage(page, cookie))))
    const run = await scorecardWhileExporting(page, exportUrl, cookie, format)
    loaded.push(...run.samples)
    walls.push(run.wallMs)
    maxes.push(run.maxMs)
  }
  const idleP99 = percentile(idle, 99)
  const loadedP99 = percentile(loaded, 99)
  return {
    idle: { count: idle.length, p50: round(percentile(idle, 50)), p99: round(idleP99) },
    loaded: {
      count: loaded.length,
      p50: round(percentile(loaded, 50)),
      p99: round(loadedP99),
      exports: CONCURRENT_EXPORTS,
      rounds: ROUNDS,
      wallMs: round(percentile(walls, 50)),
      maxMs: round(Math.max(...maxes)),
    },
    ratio: round(loadedP99 / idleP99, 2),
  }
}

/**
 * The PDF measurements against one running server: the PDF alone, then the scorecard under PDF
 * load and, as a control, under the same burst of CSV exports (same route and report model, no PDF).
 */
export async function benchPdfPhase(baseUrl: string, cookie: string, quarter: string, scorecardPath: string, control: boolean) {
  const http = await benchPdfHttp(baseUrl, cookie, quarter, 'org')
  const load = await benchScorecardUnderLoad(baseUrl, cookie, quarter, 'org', scorecardPath, 'pdf')
  const csvLoad = control ? await benchScorecardUnderLoad(baseUrl, cookie, quarter, 'org', scorecardPath, 'csv') : null
  return { http, load, csvLoad }
}
