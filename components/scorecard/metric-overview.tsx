import type { ReactNode } from 'react'
import type { ComputedFact } from '@/lib/db/queries/computed-figures'
import type { RestatementMark } from '@/lib/db/queries/restatements'
import type { FiscalStartMonth } from '@/lib/metrics/quarters'
import type { MetricView } from '@/lib/metrics/scorecard-model'
import type { Comparison } from './comparison'
import { FigureSource } from './figure-source'
import { LevelText, MetricChange, ScoreText, TargetText, ValueText } from './metric-cells'
import { restatedText } from './restated-badge'

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{term}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  )
}

/** A metric's figure in the quarter: value, score and status, level, target, changes and source. */
export function MetricOverview({
  view,
  comparisons,
  currency,
  fiscalStart,
  timeZone,
  benchmark,
  period,
  restated,
  computed,
  provisional = false,
}: {
  /** Scope and quarter, e.g. "Platform · FY2026 Q3 (Jul–Sep 2026)". */
  period: string
  view: MetricView
  comparisons: readonly [Comparison, Comparison]
  currency: string
  fiscalStart: FiscalStartMonth
  timeZone: string
  benchmark: string
  /** Set when the figure was changed after its quarter was published. */
  restated?: RestatementMark
  /** The value computed from events, shown beside a figure that overrides it. */
  computed?: ComputedFact
  /** True while the quarter is in progress: its status is provisional. */
  provisional?: boolean
}) {
  return (
    <section aria-labelledby="overview-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="overview-heading" className="mb-4 text-sm font-medium text-slate-600">
        {period}
      </h2>
      <div className="grid gap-x-10 gap-y-4 lg:grid-cols-[auto_1fr]">
        <div className="min-w-40">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Value</p>
          <div className="mt-1 text-4xl tracking-tight [&_span.block]:mt-1 [&_span.block]:text-sm">
            <ValueText view={view} currency={currency} restated={restated} />
          </div>
          <p className="mt-2 text-sm">
            <FigureSource figure={view.figure} timeZone={timeZone} computed={computed} currency={currency} rollup={view.rollup} />
          </p>
          {restated ? (
            // Shown in words too: the badge's detail is otherwise only in its tooltip.
            <p aria-hidden="true" className="mt-2 max-w-sm text-sm text-amber-900">
              {restatedText(restated, view.metric, currency)}
            </p>
          ) : null}
        </div>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
          <Fact term="Score">
            <ScoreText view={view} provisional={provisional} />
          </Fact>
          {view.metric.dora ? (
            <Fact term={`Level (${benchmark})`}>
              <LevelText view={view} />
            </Fact>
          ) : null}
          <Fact term="Target">
            <TargetText view={view} currency={currency} fiscalStart={fiscalStart} benchmark={benchmark} />
          </Fact>
          <Fact term="Change">
            <span className="block">
              <MetricChange
                metric={view.metric}
                change={view.sincePrevious}
                against={comparisons[0].label}
                currency={currency}
                compact={false}
              />
            </span>
            <span className="block">
              <MetricChange
                metric={view.metric}
                change={view.sinceYearAgo}
                against={comparisons[1].label}
                currency={currency}
                compact={false}
              />
            </span>
          </Fact>
        </dl>
      </div>
      <p className="mt-4 border-t border-slate-100 pt-3 text-sm text-slate-700">
        <span className="font-medium">How this was scored: </span>
        {view.score.explanation}
      </p>
    </section>
  )
}
