import type { DoraMeasure } from './catalogue'

/**
 * DORA performance levels as data, one set per State of DevOps report year. Each
 * quarter's scorecard names the set it was judged against, so a newer report never rescores history.
 *
 * Translating a report's words into numbers follows fixed conventions, so two readers of the same
 * table always get the same bounds:
 * - Units: deploys per day; hours for lead and recovery time; percent for change failure rate.
 * - A bound is the value that still qualifies for the level: the minimum for an 'up' measure
 *   (deployment frequency), the maximum for a 'down' measure (the others).
 * - "on demand" = at least 1 deploy/day; daily = 1, weekly = 1/7, monthly = 1/30 and every six
 *   months = 1/182 deploys per day.
 * - 1 day = 24 h, 1 week = 168 h, 1 month = 720 h, 6 months = 4380 h.
 * - A range's upper end ("16–30%" → 30) or a single CFR figure (2023, 2024) is the level's maximum.
 * - A bound is inclusive unless the wording excludes it: "< 1 day" does not include one day (exactly
 *   24 h is High, not Elite), and "on demand" excludes once a day where the next level's range
 *   ("once a day – once a week", "daily – weekly") includes it. Such bounds are marked `strict`.
 * - The worst level of every set is a catch-all (bound null) but keeps its published wording.
 * - Published figures are kept even where they are odd (2024's High CFR of 20% is worse than its
 *   Medium's 10%); such a level has no range of its own, and dora-levels.ts says how it is scored.
 */

export type BenchmarkSetId = '2021' | '2022' | '2023' | '2024'
export const DEFAULT_BENCHMARK_SET: BenchmarkSetId = '2023'

export type DoraLevel = 'elite' | 'high' | 'medium' | 'low'

/** One level of one measure. `bound` null marks the catch-all (worst) level. */
export interface LevelBound {
  level: DoraLevel
  bound: number | null
  /** True when a figure equal to the bound does not qualify ("< 1 day"). */
  strict: boolean
  /** The report's own wording, shown to people beside the number it was turned into. */
  published: string
  /**
   * The better end of the published range where it does not meet the better level's bound: 2021's
   * High lead time reads "1 day–1 week" after Elite's "< 1 hour", so 1 hour–1 day is a gap the report
   * names no level for. A figure in it is scored in this level but not described by its words.
   */
  publishedFrom?: number
}

export interface MeasureBenchmark {
  direction: 'up' | 'down'
  /** Times and frequencies span orders of magnitude, so they are interpolated on a log scale. */
  scale: 'log' | 'linear'
  /** The figure that scores 100; anything better also scores 100. */
  best: number
  /** The figure that scores 0; anything worse also scores 0. */
  worst: number
  /** Ordered best → worst. */
  levels: readonly LevelBound[]
}

export interface BenchmarkSet {
  id: BenchmarkSetId
  title: string
  source: string
  note?: string
  measures: Record<DoraMeasure, MeasureBenchmark>
}

export const LEVEL_LABELS: Record<DoraLevel, string> = { elite: 'Elite', high: 'High', medium: 'Medium', low: 'Low' }

const PER_DAY = { onDemand: 1, daily: 1, weekly: 1 / 7, monthly: 1 / 30, sixMonthly: 1 / 182 }
const HOURS = { hour: 1, day: 24, week: 168, month: 720, sixMonths: 4380 }

// Anchors are shared by every set so that scores stay comparable across report years.
const DF = { direction: 'up', scale: 'log', best: 10, worst: 1 / 365 } as const
const TIME = { direction: 'down', scale: 'log', best: 0.1, worst: 8760 } as const
const CFR = { direction: 'down', scale: 'linear', best: 0, worst: 100 } as const

function makeSet(id: BenchmarkSetId, note: string, measures: Record<DoraMeasure, MeasureBenchmark>): BenchmarkSet {
  const source = `Accelerate State of DevOps Report ${id} (DORA)`
  return { id, title: `DORA State of DevOps ${id}`, source, note, measures }
}

function lv(level: DoraLevel, bound: number | null, published: string, publishedFrom?: number): LevelBound {
  return { level, bound, published, strict: false, ...(publishedFrom === undefined ? {} : { publishedFrom }) }
}

/** A level whose bound itself does not qualify ("< 1 hour"). */
function below(level: DoraLevel, bound: number, published: string): LevelBound {
  return { level, bound, published, strict: true }
}

// High and Medium share the CFR bound, so no change failure rate is ever rated Medium in this set:
// Medium has no range of its own there (see dora-levels.ts).
const SET_2021 = makeSet('2021', 'High, Medium and Low were all published with a change failure rate of 16–30%.', {
  deployment_frequency: {
    ...DF,
    levels: [
      lv('elite', PER_DAY.onDemand, 'on demand'),
      lv('high', PER_DAY.monthly, 'once a week–once a month', PER_DAY.weekly),
      lv('medium', PER_DAY.sixMonthly, 'once a month–once every 6 months'),
      lv('low', null, '< once every 6 months'),
    ],
  },
  lead_time: {
    ...TIME,
    levels: [
      below('elite', HOURS.hour, '< 1 hour'),
      lv('high', HOURS.week, '1 day–1 week', HOURS.day),
      lv('medium', HOURS.sixMonths, '1–6 months', HOURS.month),
      lv('low', null, '> 6 months'),
    ],
  },
  change_failure_rate: {
    ...CFR,
    levels: [lv('elite', 15, '0–15%'), lv('high', 30, '16–30%', 16), lv('medium', 30, '16–30%', 16), lv('low', null, '16–30%')],
  },
  recovery_time: {
    ...TIME,
    levels: [
      below('elite', HOURS.hour, '< 1 hour'),
      below('high', HOURS.day, '< 1 day'),
      lv('medium', HOURS.week, '1 day–1 week'),
      lv('low', null, '> 6 months'),
    ],
  },
})

const SET_2022 = makeSet('2022', 'The 2022 report published no Elite level.', {
  deployment_frequency: {
    ...DF,
    levels: [
      lv('high', PER_DAY.onDemand, 'on demand'),
      lv('medium', PER_DAY.monthly, 'weekly–monthly', PER_DAY.weekly),
      lv('low', null, 'monthly–every 6 months'),
    ],
  },
  lead_time: {
    ...TIME,
    levels: [lv('high', HOURS.week, '1 day–1 week'), lv('medium', HOURS.month, '1 week–1 month'), lv('low', null, '1–6 months')],
  },
  change_failure_rate: { ...CFR, levels: [lv('high', 15, '0–15%'), lv('medium', 30, '16–30%', 16), lv('low', null, '46–60%')] },
  recovery_time: {
    ...TIME,
    levels: [below('high', HOURS.day, '< 1 day'), lv('medium', HOURS.week, '1 day–1 week'), lv('low', null, '1 week–1 month')],
  },
})

const NOTE_2023 = 'MTTR was replaced by failed deployment recovery time; change failure rate became one figure per level.'
const SET_2023 = makeSet('2023', NOTE_2023, {
  deployment_frequency: {
    ...DF,
    levels: [
      below('elite', PER_DAY.onDemand, 'on demand (several a day)'),
      lv('high', PER_DAY.weekly, 'once a day – once a week'),
      lv('medium', PER_DAY.monthly, 'once a week – once a month'),
      lv('low', null, 'once a week – once a month'),
    ],
  },
  lead_time: {
    ...TIME,
    levels: [
      below('elite', HOURS.day, '< 1 day'),
      lv('high', HOURS.week, '1 day – 1 week'),
      lv('medium', HOURS.month, '1 week – 1 month'),
      lv('low', null, '1 week – 1 month'),
    ],
  },
  change_failure_rate: { ...CFR, levels: [lv('elite', 5, '5%'), lv('high', 10, '10%'), lv('medium', 15, '15%'), lv('low', null, '64%')] },
  recovery_time: {
    ...TIME,
    levels: [
      below('elite', HOURS.hour, '< 1 hour'),
      below('high', HOURS.day, '< 1 day'),
      lv('medium', HOURS.week, '1 day – 1 week'),
      lv('low', null, '1 month – 6 months'),
    ],
  },
})

// As published, Medium's CFR and recovery time sit inside High's, so no figure is ever rated Medium on them.
const NOTE_2024 = "High's change failure rate (20%) is worse than Medium's (10%); kept as published."
const SET_2024 = makeSet('2024', NOTE_2024, {
  deployment_frequency: {
    ...DF,
    levels: [
      below('elite', PER_DAY.onDemand, 'on demand'),
      lv('high', PER_DAY.weekly, 'daily – weekly'),
      lv('medium', PER_DAY.monthly, 'weekly – monthly'),
      lv('low', null, 'monthly – every 6 months'),
    ],
  },
  lead_time: {
    ...TIME,
    levels: [
      below('elite', HOURS.day, '< 1 day'),
      lv('high', HOURS.week, '1 day – 1 week'),
      lv('medium', HOURS.month, '1 week – 1 month'),
      lv('low', null, '1 – 6 months'),
    ],
  },
  change_failure_rate: { ...CFR, levels: [lv('elite', 5, '5%'), lv('high', 20, '20%'), lv('medium', 10, '10%'), lv('low', null, '40%')] },
  recovery_time: {
    ...TIME,
    levels: [
      below('elite', HOURS.hour, '< 1 hour'),
      below('high', HOURS.day, '< 1 day'),
      below('medium', HOURS.day, '< 1 day'),
      lv('low', null, '1 week – 1 month'),
    ],
  },
})

/** Every known set, oldest first. */
export const BENCHMARK_SETS: readonly BenchmarkSet[] = [SET_2021, SET_2022, SET_2023, SET_2024]

/** True when `v` names a known benchmark set (e.g. a value read from the database or a URL). */
export function isBenchmarkSetId(v: string): v is BenchmarkSetId {
  return BENCHMARK_SETS.some((s) => s.id === v)
}

/** The benchmark set with this id; throws on an unknown id, which means corrupt data, not user input. */
export function getBenchmarkSet(id: string): BenchmarkSet {
  const set = BENCHMARK_SETS.find((s) => s.id === id)
  if (!set) throw new Error(`Unknown benchmark set: ${id}`)
  return set
}
