import Link from 'next/link'
import type { ComputedFact } from '@/lib/db/queries/computed-figures'
import type { RestatementMark } from '@/lib/db/queries/restatements'
import type { FiscalStartMonth } from '@/lib/metrics/quarters'
import type { CategoryView, SeverityIndexView } from '@/lib/metrics/scorecard-model'
import type { Comparison } from './comparison'
import { FigureSource } from './figure-source'
import { LevelText, MetricChange, ScoreText, TargetText, ValueText } from './metric-cells'
import { SeverityIndexRow } from './severity-index-row'

const TH = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase'
const TD = 'px-3 py-3 align-top'

/** Every metric of a category in the quarter: figure, target, score, level, changes and source. */
export function MetricTable({
  view,
  metricHref,
  comparisons,
  currency,
  fiscalStart,
  timeZone,
  benchmark,
  restated = {},
  computed = {},
  provisional = false,
  severityIndex,
}: {
  view: CategoryView
  metricHref: (key: string) => string
  comparisons: readonly [Comparison, Comparison]
  currency: string
  fiscalStart: FiscalStartMonth
  timeZone: string
  /** e.g. "DORA 2023": the set that judges benchmarked metrics this quarter. */
  benchmark: string
  /** Figures changed after publication, by metric key. */
  restated?: Readonly<Record<string, RestatementMark>>
  /** Values computed from events, by metric key: shown beside a figure that overrides them. */
  computed?: Readonly<Record<string, ComputedFact>>
  /** True while the quarter is in progress: its statuses are provisional. */
  provisional?: boolean
  /** The security severity index, shown as a row of its own after the counts it weighs. */
  severityIndex?: SeverityIndexView
}) {
  // The level column only where the category has a benchmarked metric (engineering velocity).
  const showLevel = view.metrics.some((m) => m.metric.dora)
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">
          {view.category.label} metrics, with changes since {comparisons[0].label} and {comparisons[1].label}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Metric
            </th>
            <th scope="col" className={TH}>
              Value
            </th>
            <th scope="col" className={TH}>
              Target
            </th>
            <th scope="col" className={TH}>
              Score
            </th>
            {showLevel ? (
              <th scope="col" className={TH}>
                DORA level
              </th>
            ) : null}
            <th scope="col" className={TH}>
              Since {comparisons[0].label}
            </th>
            <th scope="col" className={TH}>
              Since {comparisons[1].label}
            </th>
            <th scope="col" className={TH}>
              Source
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {view.metrics.map((m) => (
            <tr key={m.metric.key}>
              <th scope="row" className={`${TD} max-w-72 min-w-52 text-left font-normal`}>
                <Link href={metricHref(m.metric.key)} className="font-medium text-blue-700 underline-offset-4 hover:underline">
                  {m.metric.label}
                </Link>
                <span className="mt-0.5 block text-xs text-slate-500">= {m.metric.formula}</span>
              </th>
              <td className={TD}>
                <ValueText view={m} currency={currency} restated={restated[m.metric.key]} />
              </td>
              <td className={`${TD} min-w-32`}>
                <TargetText view={m} currency={currency} fiscalStart={fiscalStart} benchmark={benchmark} />
              </td>
              <td className={TD} title={m.score.explanation}>
                <ScoreText view={m} provisional={provisional} />
              </td>
              {showLevel ? (
                <td className={TD}>
                  <LevelText view={m} />
                </td>
              ) : null}
              <td className={TD}>
                <MetricChange metric={m.metric} change={m.sincePrevious} against={comparisons[0].label} currency={currency} />
              </td>
              <td className={TD}>
                <MetricChange metric={m.metric} change={m.sinceYearAgo} against={comparisons[1].label} currency={currency} />
              </td>
              <td className={`${TD} whitespace-nowrap`}>
                <FigureSource
                  figure={m.figure}
                  timeZone={timeZone}
                  computed={computed[m.metric.key]}
                  currency={currency}
                  rollup={m.rollup}
                />
              </td>
            </tr>
          ))}
          {severityIndex ? (
            <SeverityIndexRow view={view} index={severityIndex} columnsAfterScore={showLevel ? 4 : 3} provisional={provisional} />
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
