import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RefreshOnDataChange } from '@/components/scorecard/refresh-on-data-change'
import { MetricTrendChart } from '@/components/charts/metric-trend-chart'
import { trendAxis } from '@/components/charts/trend-axis'
import { MetricHistory } from '@/components/history/metric-history'
import { comparisonsFor } from '@/components/scorecard/comparison'
import { MetricDefinition } from '@/components/scorecard/metric-definition'
import { MetricOverview } from '@/components/scorecard/metric-overview'
import { TrendTable } from '@/components/scorecard/trend-table'
import { UpdatingNote } from '@/components/scorecard/updating-note'
import { ChartFrame } from '@/components/ui/chart-frame'
import { PageHeader } from '@/components/ui/page-header'
import { QuarterNotices } from '@/components/notices/quarter-notices'
import { listComputedFigures } from '@/lib/db/queries/computed-figures'
import { getQuarterNotices } from '@/lib/db/queries/quarter-notices'
import { listMetricHistory } from '@/lib/db/queries/history'
import { listRestatementMarks } from '@/lib/db/queries/restatements'
import { getScorecard } from '@/lib/db/queries/scorecard'
import { getSettings } from '@/lib/db/queries/settings'
import { listUpdatingQuarters } from '@/lib/db/queries/stale-marks'
import { getMetric, isMetricKey } from '@/lib/metrics/catalogue'
import { calendarSpan, fiscalLabel, quartersEnding } from '@/lib/metrics/quarters'
import { findCategory, TREND_QUARTERS } from '@/lib/metrics/scorecard-model'
import { hasPoints, metricTrend } from '@/lib/metrics/series'
import { hrefWith, resolveQuarter, resolveScope, type SearchParams } from '@/lib/request/page-params'
import { requirePagePermission } from '@/lib/request/current-user'
import { scopeDisplayName } from '@/lib/db/queries/teams'
import { renderedDataVersionTag } from '@/lib/db/read-cache'
import { chartNotes } from '@/lib/metrics/chart-notes'
import { AnnotationsPanel } from '@/components/annotations/annotations-panel'
import { aboutOptions } from '@/components/annotations/about-options'
import { listAnnotations } from '@/lib/db/queries/annotations'
import { appliesTo } from '@/lib/metrics/annotation-rules'
import { can } from '@/lib/auth/permissions'
import { createAnnotationAction, deleteAnnotationAction, updateAnnotationAction } from '../../annotations/actions'

export const dynamic = 'force-dynamic'

type Params = Promise<{ key: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { key } = await params
  return { title: isMetricKey(key) ? getMetric(key).label : 'Metric not found' }
}

export default async function MetricPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requirePagePermission({ do: 'read' })
  const [{ key }, search] = await Promise.all([params, searchParams])
  if (!isMetricKey(key)) notFound()
  const [quarter, scope, settings] = await Promise.all([resolveQuarter(search.quarter), resolveScope(search.scope), getSettings()])
  if (!scope) notFound()
  const [card, restated, history, computed, updating, version, notices, annotations] = await Promise.all([
    getScorecard(scope.id, quarter),
    listRestatementMarks(scope.id, quarter),
    listMetricHistory(scope.id, key, quartersEnding(quarter, TREND_QUARTERS)),
    listComputedFigures(scope.id, quarter),
    listUpdatingQuarters(scope.id, quartersEnding(quarter, TREND_QUARTERS)),
    renderedDataVersionTag(),
    getQuarterNotices(scope.id, quarter),
    listAnnotations(scope.id),
  ])
  const category = findCategory(card, getMetric(key).category)
  const view = category.metrics.find((m) => m.metric.key === key)
  if (!view) notFound()
  const { metric } = view
  const fiscal = settings.fiscalStartMonth
  const scopeName = scopeDisplayName(scope, settings.orgName)
  const link = { quarter, scope: scope.slug }
  const benchmark = `DORA ${card.benchmarkSet.id}`
  const points = metricTrend(view, fiscal)
  const chartTitle = `${metric.label}, last ${points.length} quarters`
  const axisNote = trendAxis(
    metric.unit,
    points.flatMap((p) => [p.value, p.target]),
  ).note
  const subject = { category: metric.category, metricKey: metric.key }
  const notes = annotations.filter((n) => appliesTo(n, subject))

  return (
    <>
      <RefreshOnDataChange renderedVersion={version} />
      <p className="mb-2 text-sm">
        <Link href={hrefWith(`/category/${category.category.key}`, link)} className="text-blue-700 underline-offset-4 hover:underline">
          ← {category.category.label}
        </Link>
      </p>
      <PageHeader title={metric.label} description={metric.definition} />
      <UpdatingNote quarters={updating.map((q) => fiscalLabel(q, fiscal))} />
      <QuarterNotices quarterLabel={fiscalLabel(quarter, fiscal)} {...notices} />
      <div className="space-y-6">
        <MetricOverview
          view={view}
          comparisons={comparisonsFor(quarter, fiscal)}
          currency={settings.currency}
          fiscalStart={fiscal}
          timeZone={settings.timeZone}
          benchmark={benchmark}
          period={`${scopeName} · ${fiscalLabel(quarter, fiscal)} (${calendarSpan(quarter)})`}
          restated={restated[key]}
          computed={computed[key]}
          provisional={notices.progress !== null}
        />
        <section aria-labelledby="trend-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="trend-heading" className="text-lg font-semibold">
            Trend
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            Value (solid blue) against the target in effect each quarter (dashed grey). Quarters without a figure are left as gaps.
            {metric.dora ? ` The score comes from the ${benchmark} benchmark levels; the target is for reference only.` : ''}
            {axisNote ? ` ${axisNote}` : ''}
          </p>
          {hasPoints(points, 'value') || hasPoints(points, 'target') ? (
            <ChartFrame
              title={chartTitle}
              height={320}
              table={<TrendTable caption={chartTitle} metric={metric} points={points} currency={settings.currency} />}
            >
              <MetricTrendChart
                metricKey={metric.key}
                points={points}
                currency={settings.currency}
                notes={chartNotes(notes, subject, points)}
              />
            </ChartFrame>
          ) : (
            <p className="text-sm text-slate-500">No figures or targets in the last {points.length} quarters.</p>
          )}
        </section>
        <MetricHistory
          metric={metric}
          entries={history.entries}
          more={history.more}
          quarters={quartersEnding(quarter, TREND_QUARTERS)}
          fiscalStart={fiscal}
          currency={settings.currency}
          scopeName={scopeName}
        />
        <AnnotationsPanel
          notes={notes}
          scopeId={scope.id}
          scopeName={scopeName}
          about={aboutOptions({ metricKey: metric.key })}
          actions={{ create: createAnnotationAction, update: updateAnnotationAction, remove: deleteAnnotationAction }}
          canEdit={!scope.archived && can(actor, { do: 'annotate' })}
        />
        <MetricDefinition metric={metric} currency={settings.currency} />
      </div>
    </>
  )
}
