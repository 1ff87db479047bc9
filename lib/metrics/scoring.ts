import type { DoraMeasure, MetricDef, TargetScale } from './catalogue'
import { LEVEL_LABELS, type BenchmarkSet, type DoraLevel, type MeasureBenchmark } from './benchmarks'
import { formatScore, formatValue } from './format'

export type Status = 'on_track' | 'at_risk' | 'off_track'

export const STATUS_LABELS: Record<Status, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
}

export const ON_TRACK_SCORE = 80
export const AT_RISK_SCORE = 50
/** Below this sample size a DORA level is not claimed: a tier earned on a handful of deploys is noise. */
export const MIN_N_FOR_LEVEL = 10

export interface FigureScore {
  score: number | null
  status: Status | null
  basis: 'benchmark' | 'target' | null
  level: DoraLevel | null
  levelWithheld: boolean
  /** One line a board member can follow, e.g. "High (2023): 1 day – 1 week; 30.0 h lead time … scores 88". */
  explanation: string
}

const NO_DATA = 'No data'

/** Status for a 0–100 score: at least 80 is on track, at least 50 at risk, anything lower off track. */
export function statusForScore(score: number): Status {
  if (score >= ON_TRACK_SCORE) return 'on_track'
  if (score >= AT_RISK_SCORE) return 'at_risk'
  return 'off_track'
}

/**
 * Whether a figure was entered at all, as opposed to entered but not scorable (no target). Used to
 * report coverage, so a missing figure is counted as missing rather than as a low score.
 */
export function hasData(figure: FigureScore): boolean {
  return figure.explanation !== NO_DATA
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x))
}

// Only the first letter: a label may carry an acronym that must stay upper case.
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function unscored(explanation: string): FigureScore {
  return { score: null, status: null, basis: null, level: null, levelWithheld: false, explanation }
}

// Score bands by level position; the 2022 report has no Elite, so its best level takes 80–100.
const BANDS: Record<number, readonly (readonly [number, number])[]> = {
  4: [[90, 100], [80, 90], [50, 80], [0, 50]],
  3: [[80, 100], [50, 80], [0, 50]],
}

function position(x: number, scale: MeasureBenchmark['scale']): number {
  if (scale === 'linear') return x
  return x > 0 ? Math.log(x) : -Infinity
}

/** Index of the best level whose bound the value meets; the last level catches everything else. */
function levelIndex(value: number, m: MeasureBenchmark): number {
  const meets = (bound: number) => (m.direction === 'up' ? value >= bound : value <= bound)
  const index = m.levels.findIndex((l) => l.bound !== null && meets(l.bound))
  return index === -1 ? m.levels.length - 1 : index
}

/**
 * The level's better and worse edges. The better edge is the most lenient bound of all better
 * levels, not just the previous one: 2024's Medium CFR (10%) sits inside High's (20%), so Low starts
 * where High ends (20%); starting it at Medium's 10% would mark 21% as if it were far past the edge.
 */
function levelEdges(index: number, m: MeasureBenchmark): [number, number] {
  const better = m.levels.slice(0, index).flatMap((l) => (l.bound === null ? [] : [l.bound]))
  const betterEdge = index === 0 ? m.best : m.direction === 'down' ? Math.max(...better) : Math.min(...better)
  return [betterEdge, m.levels[index].bound ?? m.worst]
}

/**
 * A level that no figure can reach (its bound lies inside a better level's, as 2024's Medium CFR
 * of 10% inside High's 20%) hands its score band to the next level down, so the score stays
 * continuous: 21% in 2024 is Low, but scores just under High's 80 rather than dropping to 50.
 */
function isReachable(index: number, m: MeasureBenchmark): boolean {
  const bound = m.levels[index].bound
  if (index === 0 || bound === null) return true
  const better = m.levels.slice(0, index).flatMap((l) => (l.bound === null ? [] : [l.bound]))
  return m.direction === 'down' ? bound > Math.max(...better) : bound < Math.min(...better)
}

function nearestReachableBetter(index: number, m: MeasureBenchmark): number {
  for (let j = index - 1; j > 0; j--) if (isReachable(j, m)) return j
  return 0
}

function benchmarkScore(value: number, m: MeasureBenchmark): { score: number; index: number } {
  const bands = BANDS[m.levels.length]
  if (!bands) throw new Error(`No score bands for ${m.levels.length} levels`)
  const index = levelIndex(value, m)
  const [betterEdge, worseEdge] = levelEdges(index, m)
  const from = position(betterEdge, m.scale)
  const raw = (position(value, m.scale) - from) / (position(worseEdge, m.scale) - from)
  // Clamping makes figures beyond `best` score 100 and beyond `worst` score 0.
  const t = Number.isNaN(raw) ? 1 : clamp(raw, 0, 1)
  const bottom = bands[index][0]
  const top = index === 0 ? bands[0][1] : bands[nearestReachableBetter(index, m)][0]
  return { score: top - t * (top - bottom), index }
}

function byBenchmark(
  metric: MetricDef,
  measure: DoraMeasure,
  value: number,
  n: number | null,
  set: BenchmarkSet,
): FigureScore {
  const m = set.measures[measure]
  const { score, index } = benchmarkScore(value, m)
  const base = { score, status: statusForScore(score), basis: 'benchmark' as const }
  const scores = `${formatValue(metric, value)} ${lowerFirst(metric.label)} scores ${formatScore(score)}`
  if (n !== null && n < MIN_N_FOR_LEVEL) {
    const why = `no level claimed on n = ${n} (fewer than ${MIN_N_FOR_LEVEL})`
    return { ...base, level: null, levelWithheld: true, explanation: `DORA ${set.id}: ${scores}; ${why}` }
  }
  const { level, published } = m.levels[index]
  const explanation = `${LEVEL_LABELS[level]} (${set.id}): ${published}; ${scores}`
  return { ...base, level, levelWithheld: false, explanation }
}

/** How many times worse than the target the figure is (below 1: better). See scoreFigure. */
function timesTarget(metric: MetricDef, scale: Exclude<TargetScale, 'points'>, value: number, target: number): number {
  // Units other than eNPS cannot go below 0; clamping keeps a stray negative from flipping the ratio.
  const v = Math.max(value, 0)
  const t = Math.max(target, 0)
  const down = metric.direction === 'down'
  const smoothed = down ? (v + 1) / (t + 1) : (t + 1) / (v + 1)
  switch (scale) {
    case 'count':
      return smoothed
    case 'ratio':
      if (t === 0) return smoothed
      if (down) return v / t
      return v === 0 ? Infinity : t / v
    case 'shortfall': {
      // 0.1 point of smoothing lets a 100% target work; a 'down' percentage is judged by its gap to 0.
      const gap = (x: number) => (down ? x : Math.max(100 - x, 0)) + 0.1
      return gap(v) / gap(t)
    }
  }
}

const COSTS: Record<TargetScale, string> = {
  ratio: 'each doubling past the target costs 30',
  count: 'each doubling past the target costs 30',
  shortfall: 'each doubling of the gap to 100% costs 30',
  points: 'each point short costs 1.5',
}

function byTarget(metric: MetricDef, value: number, target: number): FigureScore {
  const scale = metric.targetScale
  const raw = scale === 'points'
    ? ON_TRACK_SCORE + 1.5 * (value - target)
    : ON_TRACK_SCORE - 30 * Math.log2(timesTarget(metric, scale, value, target))
  const score = clamp(raw, 0, 100)
  const sign = scale === 'points' ? '' : metric.direction === 'down' ? '≤ ' : '≥ '
  const rule = `meeting the target scores ${ON_TRACK_SCORE}; ${COSTS[scale]}`
  const judged = `${formatValue(metric, value)} scores ${formatScore(score)}`
  const explanation = `Target ${sign}${formatValue(metric, target)}; ${judged} (${rule})`
  return { score, status: statusForScore(score), basis: 'target', level: null, levelWithheld: false, explanation }
}

/**
 * Turns one figure into a 0–100 score and a status (≥ 80 on track, ≥ 50 at risk, else off track).
 *
 * - No figure (null): no score, no status ("No data"). Missing data never counts as 0.
 * - Context-only metrics (direction 'none') are never scored ("Context only").
 * - DORA metrics are judged by the benchmark set, and their target is ignored. The figure gets the
 *   best level whose bound it meets (the worst level catches the rest). Each level owns a score
 *   band by its position: Elite 90–100, High 80–90, Medium 50–80, Low 0–50 (2022 has no Elite:
 *   High 80–100). Inside the level the score slides from the top of the band at the level's better
 *   edge to the bottom at its worse edge, on a log scale for times and frequencies, so it never
 *   jumps at a level edge. A level that the published bounds make unreachable (2024's Medium CFR
 *   and recovery time; 2021's Medium CFR) hands its band to the next level down, so the score stays
 *   continuous there too. With a sample size n below 10 the score stands but no level is claimed.
 * - Other metrics are judged against their target (none set: "No target set"). Meeting it scores
 *   80; each doubling of the gap costs 30 points; doing better earns up to 100:
 *   score = 80 − 30·log2(q), kept within 0–100, where q is "times the target": value ÷ target
 *   ('ratio', inverted for higher-is-better), (value + 1) ÷ (target + 1) ('count', and 'ratio' with
 *   a target of 0), or the gap to 100% over the target's gap to 100%, plus 0.1 point each
 *   ('shortfall'). eNPS ('points'): score = 80 + 1.5 × (value − target), so 20 points short ≈ 50.
 */
export function scoreFigure(
  metric: MetricDef,
  figure: { value: number | null; target: number | null; n?: number | null },
  set: BenchmarkSet,
): FigureScore {
  const { value, target } = figure
  if (value === null || !Number.isFinite(value)) return unscored(NO_DATA)
  if (metric.direction === 'none') return unscored('Context only')
  if (metric.dora) return byBenchmark(metric, metric.dora, value, figure.n ?? null, set)
  if (target === null || !Number.isFinite(target)) return unscored('No target set')
  return byTarget(metric, value, target)
}
