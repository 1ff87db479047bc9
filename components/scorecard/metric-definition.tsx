import type { MetricDef } from '@/lib/metrics/catalogue'
import { UNITS } from '@/lib/metrics/units'
import { ROLLUP_RULE_TEXT } from '@/lib/metrics/team-rollup'

const DIRECTIONS: Record<MetricDef['direction'], string> = {
  up: '↑ Higher is better',
  down: '↓ Lower is better',
  target: '◎ Closest to its target is best (scored by the distance either way)',
  none: 'Context only: shown, never scored',
}

/** How a metric is computed, in what unit, which way is better and where its definition comes from (the catalogue entry). */
export function MetricDefinition({ metric, currency }: { metric: MetricDef; currency: string }) {
  const unit = metric.unit === 'currency' ? `currency (${currency})` : UNITS[metric.unit].label
  const rows: [string, string][] = [
    ['Formula', metric.formula],
    ['Unit', unit],
    ['Direction', DIRECTIONS[metric.direction]],
    ['Roll-up from teams', ROLLUP_RULE_TEXT[metric.rollup]],
    ['Source', metric.source],
  ]
  return (
    <section aria-labelledby="definition-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="definition-heading" className="text-lg font-semibold">
        About this metric
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([term, text]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600">{term}</dt>
            <dd className="text-slate-800">{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
