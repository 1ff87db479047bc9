import { AT_RISK_SCORE, MIN_N_FOR_LEVEL, ON_TRACK_SCORE } from '@/lib/metrics/scoring'

/** The scoring method in the sentences the report's appendix prints (the app's "How scores work" page says the same at length). */
export function methodRules(benchmarkSetId: string): string[] {
  return [
    'Every figure scores 0–100. A category scores the mean of its scored figures; the overall score is the mean of the categories with a score. Missing data is never counted as zero.',
    `DORA figures (deployment frequency, lead time, change failure rate, recovery time) are judged against the DORA ${benchmarkSetId} performance levels: Elite 90–100, High 80–90, Medium 50–80, Low 0–50, interpolated inside a level (on a log scale for times and frequencies). No level is claimed on fewer than ${MIN_N_FOR_LEVEL} observations.`,
    'Other figures are judged against their target: meeting it scores 80, each doubling of the gap costs 30 points, and twice as good as target scores 100.',
    `Status: on track at ${ON_TRACK_SCORE} or more, at risk from ${AT_RISK_SCORE} to ${ON_TRACK_SCORE}, off track below ${AT_RISK_SCORE}.`,
    'Changes of percentages are in percentage points (pts). Changes of scores are the difference of the whole-number scores shown.',
  ]
}
