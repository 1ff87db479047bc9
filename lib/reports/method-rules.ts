import { getBenchmarkSet } from '@/lib/metrics/benchmarks'
import { bandsText, levelBands, MIN_N_FOR_LEVEL } from '@/lib/metrics/dora-levels'
import { AT_RISK_SCORE, ON_TRACK_SCORE } from '@/lib/metrics/scoring'

/** The scoring method in the sentences the report's appendix prints (the app's "How scores work" page says the same at length). */
export function methodRules(benchmarkSetId: string): string[] {
  // The bands come from the same table the scorer uses, so a set without Elite (2022) prints its own.
  const bands = bandsText(levelBands(getBenchmarkSet(benchmarkSetId)))
  return [
    'Every figure scores 0–100. A category scores the mean of its scored figures. The overall score is the mean of the categories with a score, each weighted by the share of its metrics that have a score, so a category resting on 1 of 7 metrics weighs a seventh of a full one. Missing data is never counted as zero.',
    `DORA figures (deployment frequency, lead time, change failure rate, recovery time) are judged against the DORA ${benchmarkSetId} performance levels: ${bands}, interpolated inside a level (on a log scale for times and frequencies). Bounds follow the published wording ("< 1 day" excludes one day); a figure in a gap the report leaves between two levels is scored in the lower one and described as between them. A level the set gives no range of its own keeps its band empty; Low never stretches over it. A level is withheld on fewer than ${MIN_N_FOR_LEVEL} observations only when a few more events could change it.`,
    'Other figures are judged against their target: meeting it scores 80, each doubling of the gap costs 30 points, and twice as good as target scores 100. Uptime is judged by its error budget (downtime used against downtime allowed). A target that cannot be bettered (0 incidents; 100%) scores 100 when met. Security incidents are scored as one severity index (critical, high, medium and low weighted as set in Settings).',
    `Status: on track at ${ON_TRACK_SCORE} or more, at risk from ${AT_RISK_SCORE} to ${ON_TRACK_SCORE}, off track below ${AT_RISK_SCORE}.`,
    "Changes of percentages are in percentage points (pts). Changes of scores are the difference of the whole-number scores shown. When the two quarters were judged by different benchmark sets, the earlier one is rescored under the later one's set for the change, and the change says so.",
  ]
}
