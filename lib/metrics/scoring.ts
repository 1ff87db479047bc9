import type { DoraMeasure, MetricDef } from './catalogue'
import { LEVEL_LABELS, type BenchmarkSet, type DoraLevel } from './benchmarks'
import { benchmarkScore, levelSettled, levelWording, MIN_N_FOR_LEVEL } from './dora-levels'
import { formatScore, formatValue } from './format'
import { targetScore } from './target-scoring'

export type Status = 'on_track' | 'at_risk' | 'off_track'

export const STATUS_LABELS: Record<Status, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
}

export const ON_TRACK_SCORE = 80
export const AT_RISK_SCORE = 50
export { MIN_N_FOR_LEVEL }

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

// Only the first letter: a label may carry an acronym that must stay upper case.
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function unscored(explanation: string): FigureScore {
  return { score: null, status: null, basis: null, level: null, levelWithheld: false, explanation }
}

function byBenchmark(metric: MetricDef, measure: DoraMeasure, value: number, n: number | null, set: BenchmarkSet): FigureScore {
  const m = set.measures[measure]
  const { score, range } = benchmarkScore(value, m)
  const base = { score, status: statusForScore(score), basis: 'benchmark' as const }
  const scores = `${formatValue(metric, value)} ${lowerFirst(metric.label)} scores ${formatScore(score)}`
  if (!levelSettled(measure, m, value, n)) {
    const why = `no level claimed on n = ${n}: a few more events could change it`
    return { ...base, level: null, levelWithheld: true, explanation: `DORA ${set.id}: ${scores}; ${why}` }
  }
  const explanation = `${LEVEL_LABELS[range.level]} (${set.id}): ${levelWording(range, m, value)}; ${scores}`
  return { ...base, level: range.level, levelWithheld: false, explanation }
}

function byTarget(metric: MetricDef, value: number, target: number): FigureScore {
  const { score, rule } = targetScore(metric, value, target)
  const sign = metric.targetScale === 'points' || metric.targetScale === 'mix' ? '' : metric.direction === 'down' ? '≤ ' : '≥ '
  const judged = `${formatValue(metric, value)} scores ${formatScore(score)}`
  const explanation = `Target ${sign}${formatValue(metric, target)}; ${judged} (${rule})`
  return { score, status: statusForScore(score), basis: 'target', level: null, levelWithheld: false, explanation }
}

/**
 * Turns one figure into a 0–100 score and a status (≥ 80 on track, ≥ 50 at risk, else off track).
 *
 * - No figure (null): no score, no status ("No data"). Missing data never counts as 0.
 * - Context-only metrics (direction 'none') are never scored ("Context only").
 * - DORA metrics are judged by the benchmark set, and their target is ignored (dora-levels.ts): the
 *   figure gets the best level whose bound it meets (the worst level catches the rest) and scores
 *   inside that level's band of LEVEL_BANDS. A level the published bounds leave without a range of
 *   its own keeps its band empty. On a small n the score stands, and the level is claimed only
 *   when a few more events could not change it.
 * - Other metrics are judged against their target (none set: "No target set"); see
 *   target-scoring.ts for the rules.
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
