import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RefreshOnDataChange } from '@/components/scorecard/refresh-on-data-change'
import { CategoryScoreTrend } from '@/components/scorecard/category-score-trend'
import { CategorySummary } from '@/components/scorecard/category-summary'
import { comparisonsFor } from '@/components/scorecard/comparison'
import { MetricTable } from '@/components/scorecard/metric-table'
import { UpdatingNote } from '@/components/scorecard/updating-note'
import { buttonClass } from '@/components/ui/button'
import { PageHeader } from '@/components/ui/page-header'
import { QuarterNotices } from '@/components/notices/quarter-notices'
import { getQuarterNotices } from '@/lib/db/queries/quarter-notices'
import { AnnotationsPanel } from '@/components/annotations/annotations-panel'
import { aboutOptions } from '@/components/annotations/about-options'
import { listAnnotations } from '@/lib/db/queries/annotations'
import { chartNotes } from '@/lib/metrics/chart-notes'
import { createAnnotationAction, deleteAnnotationAction, updateAnnotationAction } from '../../annotations/actions'
import { getCommentary } from '@/lib/db/queries/commentary'
import { listComputedFigures } from '@/lib/db/queries/computed-figures'
import { listRestatementMarks } from '@/lib/db/queries/restatements'
import { getScorecard } from '@/lib/db/queries/scorecard'
import { getSettings } from '@/lib/db/queries/settings'
import { listUpdatingQuarters } from '@/lib/db/queries/stale-marks'
import { CATEGORY_KEYS, getCategory } from '@/lib/metrics/categories'
import { calendarSpan, fiscalLabel, quartersEnding } from '@/lib/metrics/quarters'
import { findCategory, TREND_QUARTERS } from '@/lib/metrics/scorecard-model'
import { categorySparkline } from '@/lib/metrics/series'
import { hrefWith, resolveCategory, resolveQuarter, resolveScope, type SearchParams } from '@/lib/request/page-params'
import { requirePagePermission } from '@/lib/request/current-user'
import { renderedDataVersionTag } from '@/lib/db/read-cache'
import { can } from '@/lib/auth/permissions'
import { scopeDisplayName } from '@/lib/db/queries/teams'

export const dynamic = 'force-dynamic'

type Params = Promise<{ category: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const key = resolveCategory((await params).category)
  return { title: key ? getCategory(key).label : 'Category not found' }
}

export default async function CategoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requirePagePermission({ do: 'read' })
  const [{ category }, search] = await Promise.all([params, searchParams])
  const key = resolveCategory(category)
  if (!key) notFound()
  const [quarter, scope, settings] = await Promise.all([resolveQuarter(search.quarter), resolveScope(search.scope), getSettings()])
  if (!scope) notFound()
  const [card, commentary, restated, computed, updating, version, notices, annotations] = await Promise.all([
    getScorecard(scope.id, quarter),
    getCommentary(scope.id, quarter),
    listRestatementMarks(scope.id, quarter),
    listComputedFigures(scope.id, quarter),
    listUpdatingQuarters(scope.id, quartersEnding(quarter, TREND_QUARTERS)),
    renderedDataVersionTag(),
    getQuarterNotices(scope.id, quarter),
    listAnnotations(scope.id),
  ])
  const view = findCategory(card, key)
  const fiscal = settings.fiscalStartMonth
  const label = fiscalLabel(quarter, fiscal)
  const scopeName = scopeDisplayName(scope, settings.orgName)
  const link = { quarter, scope: scope.slug }
  const comparisons = comparisonsFor(quarter, fiscal)
  const series = categorySparkline(card, key, fiscal)

  return (
    <>
      <RefreshOnDataChange renderedVersion={version} />
      <p className="mb-2 text-sm">
        <Link href={hrefWith('/', link)} className="text-blue-700 underline-offset-4 hover:underline">
          ← Scorecard
        </Link>
      </p>
      <PageHeader
        title={view.category.label}
        description={`${scopeName} · ${label} (${calendarSpan(quarter)})`}
        actions={
          // Viewers cannot open the entry forms, so they are not offered the way there.
          CATEGORY_KEYS.some((c) => can(actor, { do: 'edit-category', category: c })) ? (
            <Link href={`/entry/${quarter}?scope=${encodeURIComponent(scope.slug)}&category=${key}`} className={buttonClass('secondary')}>
              Enter figures
            </Link>
          ) : null
        }
      />
      <UpdatingNote quarters={updating.map((q) => fiscalLabel(q, fiscal))} />
      <QuarterNotices quarterLabel={label} {...notices} />
      <div className="space-y-6">
        <CategorySummary
          view={view}
          comparisons={comparisons}
          commentary={commentary[key] ?? null}
          provisional={notices.progress !== null}
        />
        <CategoryScoreTrend
          label={view.category.label}
          series={series}
          notes={chartNotes(annotations, { category: key, metricKey: null }, series)}
        />
        <section aria-labelledby="metrics-heading">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="metrics-heading" className="text-lg font-semibold">
              Metrics
            </h2>
            {view.metrics.some((m) => m.metric.dora) ? (
              <p className="text-sm text-slate-600">DORA metrics are judged against DORA {card.benchmarkSet.id} benchmarks.</p>
            ) : null}
          </div>
          <MetricTable
            view={view}
            metricHref={(metricKey) => hrefWith(`/metric/${metricKey}`, link)}
            comparisons={comparisons}
            currency={settings.currency}
            fiscalStart={fiscal}
            timeZone={settings.timeZone}
            benchmark={`DORA ${card.benchmarkSet.id}`}
            restated={restated}
            computed={computed}
            provisional={notices.progress !== null}
            severityIndex={key === 'security' ? card.severityIndex : undefined}
          />
        </section>
        <AnnotationsPanel
          notes={annotations.filter((n) => n.category === null || n.category === key)}
          scopeId={scope.id}
          scopeName={scopeName}
          about={aboutOptions({ category: key })}
          actions={{ create: createAnnotationAction, update: updateAnnotationAction, remove: deleteAnnotationAction }}
          canEdit={!scope.archived && can(actor, { do: 'annotate' })}
        />
      </div>
    </>
  )
}
