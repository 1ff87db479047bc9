import { LEVEL_LABELS } from '@/lib/metrics/benchmarks'
import type { Change } from '@/lib/metrics/change'
import type { MetricDef } from '@/lib/metrics/catalogue'
import { formatDelta, formatScore, formatValue } from '@/lib/metrics/format'
import { fiscalLabel, type FiscalStartMonth } from '@/lib/metrics/quarters'
import type { MetricView } from '@/lib/metrics/scorecard-model'
import { MIN_N_FOR_LEVEL } from '@/lib/metrics/scoring'
import type { RestatementMark } from '@/lib/db/queries/restatements'
import { ChangeIndicator } from './change-indicator'
import { RestatedBadge } from './restated-badge'
import { StatusBadge } from './status-badge'

/** Pieces of a metric's row, shared by the category table and the metric page. */

export function ValueText({ view, currency, restated }: { view: MetricView; currency: string; restated?: RestatementMark }) {
  const value = view.figure?.value ?? null
  return (
    <>
      <span className="font-medium tabular-nums">{formatValue(view.metric, value, { currency })}</span>
      {view.figure?.n != null ? <span className="block text-xs text-slate-500">n = {view.figure.n}</span> : null}
      {restated ? (
        <span className="block">
          <RestatedBadge mark={restated} metric={view.metric} currency={currency} />
        </span>
      ) : null}
    </>
  )
}

function targetSign(metric: MetricDef): string {
  return metric.direction === 'up' ? '≥ ' : metric.direction === 'down' ? '≤ ' : ''
}

export function TargetText({
  view,
  currency,
  fiscalStart,
  benchmark,
}: {
  view: MetricView
  currency: string
  fiscalStart: FiscalStartMonth
  benchmark: string
}) {
  const { metric, target } = view
  if (metric.direction === 'none') return <span className="text-slate-500">Context only</span>
  const origin =
    target.origin === 'default'
      ? 'house default'
      : target.origin === 'set'
        ? 'set this quarter'
        : `carried from ${fiscalLabel(target.setIn ?? '', fiscalStart)}`
  return (
    <>
      <span className="tabular-nums">
        {target.value === null ? 'None set' : `${targetSign(metric)}${formatValue(metric, target.value, { currency })}`}
      </span>
      <span className="block text-xs text-slate-500">{origin}</span>
      {metric.dora ? (
        <span className="block text-xs text-slate-500" title={`Scored by the ${benchmark} benchmark levels, not by the target`}>
          not scored
        </span>
      ) : null}
    </>
  )
}

/** The score and status of a figure; `provisional` while its quarter is in progress. */
export function ScoreText({ view, provisional = false }: { view: MetricView; provisional?: boolean }) {
  const { score } = view
  if (score.score === null) return <span className="text-slate-500">{score.explanation}</span>
  return (
    <span className="flex items-center gap-2">
      <span className="w-7 text-right font-semibold tabular-nums">{formatScore(score.score)}</span>
      <StatusBadge status={score.status} provisional={provisional} />
    </span>
  )
}

export function LevelText({ view }: { view: MetricView }) {
  const { metric, score } = view
  if (!metric.dora) {
    return (
      <span className="text-slate-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No benchmark</span>
      </span>
    )
  }
  if (score.levelWithheld) return <span className="text-slate-600">withheld (n &lt; {MIN_N_FOR_LEVEL})</span>
  if (score.level === null) return <span className="text-slate-500">—</span>
  return <span className="font-medium">{LEVEL_LABELS[score.level]}</span>
}

export function MetricChange({
  metric,
  change,
  against,
  currency,
  compact = true,
}: {
  metric: MetricDef
  change: Change
  against: string
  currency: string
  compact?: boolean
}) {
  const text = change.delta === null ? null : formatDelta(metric, change.delta, { currency })
  // A change too small to show ("0", "0.0 h") reads as no change, not as "0 worse".
  const visible = text !== null && /[1-9]/.test(text)
  return (
    <ChangeIndicator
      text={text}
      sign={visible ? Math.sign(change.delta ?? 0) : 0}
      direction={visible || change.direction === 'neutral' ? change.direction : 'same'}
      against={against}
      showWord
      compact={compact}
    />
  )
}
