import type { DoraMeasure } from './catalogue'
import { LEVEL_LABELS, type DoraLevel, type LevelBound, type MeasureBenchmark } from './benchmarks'

/**
 * The one table of DORA score bands: the scorer, the "How scores work" page and the report's method
 * text all read it. The best level a set publishes for a measure tops out at 100 (2022 has no Elite,
 * so its High takes 80–100).
 */
export const LEVEL_BANDS: Readonly<Record<DoraLevel, { top: number; bottom: number }>> = {
  elite: { top: 100, bottom: 90 },
  high: { top: 90, bottom: 80 },
  medium: { top: 80, bottom: 50 },
  low: { top: 50, bottom: 0 },
}

/** Below this sample size a level is claimed only when no few more events could change it. */
export const MIN_N_FOR_LEVEL = 10

/** One level of a measure as the scorer uses it: its range of figures and its band of scores. */
export interface LevelRange extends LevelBound {
  /** False when a better level's bound already covers this one's (2024's Medium CFR of 10%). */
  reachable: boolean
  /** The figure at the level's better end (scores `top`) and at its worse end (scores `bottom`). */
  betterEdge: number
  worseEdge: number
  top: number
  bottom: number
}

/** True when `a` lets through more figures than `b` (a higher 'down' bound, or the same bound inclusive). */
function moreLenient(a: LevelBound, b: LevelBound, direction: MeasureBenchmark['direction']): boolean {
  if (a.bound === null) return true
  if (b.bound === null) return false
  if (a.bound === b.bound) return b.strict && !a.strict
  return direction === 'down' ? a.bound > b.bound : a.bound < b.bound
}

/**
 * Each level's range and band. A level is reachable when its bound is more lenient than every
 * better level's; an unreachable one has no range of its own, keeps its band empty, and the next
 * level down starts where the last reachable level ends, at the top of its OWN band. So Low never
 * stretches over a band it did not earn: 2024's change failure rate goes from High (80 at 20%)
 * straight to Low (just under 50 at 20.1%), because the figure fell past Medium as well.
 */
export function levelRanges(m: MeasureBenchmark): LevelRange[] {
  const ranges: LevelRange[] = []
  let lastReachable: LevelRange | null = null
  for (const [i, level] of m.levels.entries()) {
    const reachable = lastReachable === null || moreLenient(level, lastReachable, m.direction)
    const band = LEVEL_BANDS[level.level]
    const range: LevelRange = {
      ...level,
      reachable,
      betterEdge: lastReachable?.bound ?? m.best,
      worseEdge: level.bound ?? m.worst,
      top: i === 0 ? 100 : band.top,
      bottom: band.bottom,
    }
    ranges.push(range)
    if (reachable) lastReachable = range
  }
  return ranges
}

function meets(value: number, range: LevelRange, direction: MeasureBenchmark['direction']): boolean {
  if (range.bound === null) return true
  if (value === range.bound) return !range.strict
  return direction === 'up' ? value > range.bound : value < range.bound
}

/** The best reachable level whose bound the figure meets; the worst level catches the rest. */
export function levelOf(value: number, m: MeasureBenchmark): LevelRange {
  const ranges = levelRanges(m).filter((r) => r.reachable)
  return ranges.find((r) => meets(value, r, m.direction)) ?? ranges[ranges.length - 1]
}

function position(x: number, scale: MeasureBenchmark['scale']): number {
  if (scale === 'linear') return x
  return x > 0 ? Math.log(x) : -Infinity
}

/**
 * The 0–100 score of a figure: it slides from the top of its level's band at the better edge to the
 * bottom at the worse edge (on a log scale for times and frequencies). Past `best` it scores 100,
 * past `worst` 0.
 */
export function benchmarkScore(value: number, m: MeasureBenchmark): { score: number; range: LevelRange } {
  const range = levelOf(value, m)
  const from = position(range.betterEdge, m.scale)
  const raw = (position(value, m.scale) - from) / (position(range.worseEdge, m.scale) - from)
  const t = Number.isNaN(raw) ? 1 : Math.min(1, Math.max(0, raw))
  return { score: range.top - t * (range.top - range.bottom), range }
}

/** True when `value` is better than the better end of the level's published range (in the gap above it). */
function inGapAbove(value: number, range: LevelRange, direction: MeasureBenchmark['direction']): boolean {
  if (range.publishedFrom === undefined) return false
  return direction === 'up' ? value > range.publishedFrom : value < range.publishedFrom
}

/**
 * The level in words that match the figure. The worst level is a catch-all, so its published
 * wording ("> 6 months") need not fit a figure that merely missed the level above (336 h); it is
 * named by what the figure is: worse than the last level it missed. A figure in the gap a report
 * leaves between two levels (5 h lead time under 2021: Elite is "< 1 hour", High "1 day–1 week") is
 * scored in the lower level, but its wording would not fit: it reads as the gap it is in.
 */
export function levelWording(range: LevelRange, m: MeasureBenchmark, value: number): string {
  const reachable = levelRanges(m).filter((r) => r.reachable)
  const index = reachable.findIndex((r) => r.level === range.level)
  const above = index > 0 ? reachable[index - 1] : null
  if (range.bound === null) {
    return above && above.bound !== null ? `worse than ${LEVEL_LABELS[above.level]} (${above.published})` : range.published
  }
  if (above && inGapAbove(value, range, m.direction)) {
    return `between ${LEVEL_LABELS[above.level]} (${above.published}) and ${LEVEL_LABELS[range.level]} (${range.published}), a gap the report leaves`
  }
  return range.published
}

/**
 * Whether the level is settled on a sample of n. Deployment frequency counts every deployment of
 * the quarter, so it is exact whatever n. A change failure rate of k failures in n deployments is
 * settled when the level stays the same with enough further deployments to reach n = 10, all
 * failing or all sound. A median of fewer than 10 durations is never settled: further observations
 * can move a median anywhere.
 */
export function levelSettled(measure: DoraMeasure, m: MeasureBenchmark, value: number, n: number | null): boolean {
  if (n === null || n >= MIN_N_FOR_LEVEL || measure === 'deployment_frequency') return true
  if (measure !== 'change_failure_rate') return false
  const failed = Math.round((value * n) / 100)
  const more = MIN_N_FOR_LEVEL - n
  const best = (failed / MIN_N_FOR_LEVEL) * 100
  const worst = ((failed + more) / MIN_N_FOR_LEVEL) * 100
  const level = levelOf(value, m).level
  return levelOf(best, m).level === level && levelOf(worst, m).level === level
}

/** A level of a set and the band of scores it owns (every measure of a set publishes the same levels). */
export interface LevelBand {
  level: DoraLevel
  top: number
  bottom: number
}

/** The bands of a set's levels, best first: LEVEL_BANDS, with the set's best level topping out at 100. */
export function levelBands(set: { measures: Record<DoraMeasure, MeasureBenchmark> }): LevelBand[] {
  return levelRanges(set.measures.lead_time).map(({ level, top, bottom }) => ({ level, top, bottom }))
}

/** "Elite 90–100, High 80–90, Medium 50–80, Low 0–50": the bands in the words the method text prints. */
export function bandsText(bands: readonly LevelBand[]): string {
  return bands.map((b) => `${LEVEL_LABELS[b.level]} ${b.bottom}–${b.top}`).join(', ')
}
