import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import os from 'node:os'
import Database from 'better-sqlite3'
import { PrismaClient } from '../lib/db/generated/client'
import type { EventFigure } from '../lib/metrics/dora-events'
import { daysInQuarter } from '../lib/metrics/quarters'
import { quarterBoundsUtc } from '../lib/metrics/time-zone'
import { BENCH_TEAM, EVENT_SHAPE, eventBenchDatabase } from './compute-bench-data'
import { handWrittenFigures } from './compute-baseline'
import { percentile, round } from './stats'

export const COMPUTE_QUARTER = '2026-Q3'
export const COMPUTE_TIME_ZONE = 'Europe/Berlin'
const RUNS = 5

export interface ScopeTiming {
  scope: string
  /** computeQuarterFigures, through Prisma: the process's first run (colder caches), then p50 and max over RUNS runs. */
  oursFirst: number
  oursP50: number
  oursMax: number
  /** The eight hand-written queries through better-sqlite3, summed per run. */
  rawP50: number
  rawMax: number
  /** Each hand-written query's p50, by metric key. */
  rawByFigure: Record<string, number>
  deployments: number
  changes: number
  /** Every figure of ours within 1e-7 (relative) of the hand-written query's: those compute hours from julianday() doubles, ours from whole milliseconds. */
  agree: boolean
  disagreements: string[]
}

export interface ComputeBenchResult {
  shape: typeof EVENT_SHAPE
  generated: boolean
  generateSeconds: number
  fileMb: number
  scopes: ScopeTiming[]
  /** 1, 5 and 15 minute load averages when the measurement started: the machine is shared. */
  loadAverage: number[]
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * The figures-from-events speed goal: one quarter's eight figures over 1M deployments and 3M commits in at most
 * 1 s, and no slower than one hand-written SQL query per figure run directly on the same file.
 * Runs alternate (ours, then the hand-written set) so both see the same machine load.
 */
export async function benchCompute(env: NodeJS.ProcessEnv): Promise<ComputeBenchResult> {
  const data = eventBenchDatabase(env)
  const loadAverage = os.loadavg().map((l) => round(l))
  // Imported here, not at the top: the app's client module must not open a database before the caller chose one.
  const { computeQuarterFigures } = await import('../lib/db/queries/event-figures')
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${data.file}` }) })
  const raw = new Database(data.file, { readonly: true })
  const { start, end } = quarterBoundsUtc(COMPUTE_QUARTER, COMPUTE_TIME_ZONE)
  const window = { start, end, days: daysInQuarter(COMPUTE_QUARTER) }
  const scopes: ScopeTiming[] = []
  try {
    for (const scope of ['org', BENCH_TEAM(7)]) {
      const first = performance.now()
      let ours: EventFigure[] = await computeQuarterFigures(scope, COMPUTE_QUARTER, COMPUTE_TIME_ZONE, prisma)
      const oursFirst = performance.now() - first
      let hand = handWrittenFigures(raw, scope, window)
      const oursMs: number[] = []
      const rawMs: number[] = []
      const perFigure: Record<string, number[]> = {}
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now()
        ours = await computeQuarterFigures(scope, COMPUTE_QUARTER, COMPUTE_TIME_ZONE, prisma)
        oursMs.push(performance.now() - t)
        hand = handWrittenFigures(raw, scope, window)
        rawMs.push(Object.values(hand).reduce((sum, f) => sum + f.ms, 0))
        for (const [key, f] of Object.entries(hand)) (perFigure[key] ??= []).push(f.ms)
      }
      const disagreements = ours
        .filter((f) => !close(f.value, hand[f.metricKey].value) || f.n !== hand[f.metricKey].n)
        .map((f) => `${f.metricKey}: ours ${f.value} (n ${f.n}), hand-written ${hand[f.metricKey].value} (n ${hand[f.metricKey].n})`)
      scopes.push({
        scope,
        oursFirst: round(oursFirst),
        oursP50: round(percentile(oursMs, 50)),
        oursMax: round(Math.max(...oursMs)),
        rawP50: round(percentile(rawMs, 50)),
        rawMax: round(Math.max(...rawMs)),
        rawByFigure: Object.fromEntries(Object.entries(perFigure).map(([key, ms]) => [key, round(percentile(ms, 50))])),
        deployments: hand.deployment_frequency.n,
        changes: hand.lead_time_hours.n,
        agree: disagreements.length === 0,
        disagreements,
      })
    }
  } finally {
    raw.close()
    await prisma.$disconnect()
  }
  const { size } = await import('node:fs').then((fs) => fs.statSync(data.file))
  return {
    shape: EVENT_SHAPE,
    generated: data.generated,
    generateSeconds: data.seconds,
    fileMb: Math.round(size / 2 ** 20),
    scopes,
    loadAverage,
  }
}
