import type { TargetScale } from '@/lib/metrics/catalogue'
import { formatScore, formatValue } from '@/lib/metrics/format'
import { TARGET_SCALE_TEXT } from '@/components/catalogue/metric-words'
import { ExampleTable } from './example-table'
import { pointsRule, TARGET_SCALES, targetExample, targetRule } from './target-examples'

// Why each scale exists, in a sentence; the rule itself comes from TARGET_SCALE_TEXT.
const WHY: Record<TargetScale, string> = {
  ratio: 'Used for times and amounts, where “half as long” and “twice as long” are what people compare.',
  count: 'Used for counts such as incidents and findings, where the target is often 0.',
  shortfall:
    'Used for percentages that should be close to 100%, such as compliance controls passing, where what matters is what is missing. A tenth of a point is added to both gaps so that a target near 100% still works.',
  points: 'Used for eNPS, which runs from −100 to 100 and can be negative, so ratios make no sense.',
  budget:
    'Used for uptime. The downtime a target allows is its error budget (100% − target); using it exactly scores 80, twice it 50, ten times it 0. A 100% target allows no downtime at all.',
  mix: 'Used for the investment mix: the shares of engineering time on new capabilities, keeping the lights on and technical debt, which add up to 100 (± 1). More of one share is less of another, so a share is off plan whether it is above or below its target share (house default mix 60 / 25 / 15). On target scores 100, 5 points off 80 (on track), 12.5 off 50, 25 or more off 0. A change since an earlier quarter is called better when the share moved closer to its current target share and worse when it moved away, whichever way it moved.',
}

/** How figures without a benchmark are scored against their target, with one worked example per scale. */
export function TargetScoring() {
  const rule = targetRule()
  const { costPerPoint } = pointsRule()
  const times = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(rule.reaches100At)
  return (
    <>
      <p>
        Every other scored figure is judged against its target, which can be set per team and quarter (each metric has a house default; see
        Metrics). Meeting the target scores <strong>{formatScore(rule.atTarget)}</strong>. Every doubling of the gap costs{' '}
        <strong>{formatScore(rule.doublingCost)} points</strong>: a delivery time twice as long as its target scores{' '}
        {formatScore(rule.atTarget - rule.doublingCost)}, four times as long{' '}
        {formatScore(Math.max(0, rule.atTarget - 2 * rule.doublingCost))}. Doing better earns points at the same rate, capped at 100: twice
        as good scores {formatScore(rule.twiceAsGood)} (the cap is reached at about {times} times better). Scores never go below 0.
      </p>
      <p>
        A target that cannot be bettered (0 incidents, findings or days where lower is better; 100% where higher is better) scores{' '}
        <strong>100</strong> when it is met, since nothing better is left to earn. Each unit short of it (an incident, a finding, a day, a
        percentage point) scores as if the figure were 1 + units times the target: 1 unit scores 50, 3 units 20, 7 or more 0.
      </p>
      <p>How the gap is measured depends on what kind of figure it is; there are {TARGET_SCALES.length} scales.</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {TARGET_SCALES.map((scale) => {
          const example = targetExample(scale)
          const { metric, target } = example
          const shown = example.rows.find((r) => (r.score.score ?? 0) < rule.atTarget) ?? example.rows[0]
          const sign = scale === 'points' || scale === 'mix' ? '' : metric.direction === 'down' ? '≤ ' : '≥ '
          return (
            <div key={scale} className="rounded-md border border-slate-200 p-3">
              <h3 className="font-semibold text-slate-900">
                {TARGET_SCALE_TEXT[scale].name[0].toUpperCase() + TARGET_SCALE_TEXT[scale].name.slice(1)}
              </h3>
              <p className="mt-1">
                Judged by {TARGET_SCALE_TEXT[scale].rule}. {WHY[scale]}
                {scale === 'points' ? ` Each point short of the target costs ${costPerPoint} points.` : ''}
              </p>
              <div className="mt-2">
                <ExampleTable
                  caption={`${metric.label}, target ${sign}${formatValue(metric, target)}`}
                  metric={metric}
                  rows={example.rows}
                />
              </div>
              <p className="mt-2 text-xs text-slate-600">
                The scorecard explains {formatValue(metric, shown.value)} as: <q>{shown.score.explanation}</q>
              </p>
            </div>
          )
        })}
      </div>
    </>
  )
}
