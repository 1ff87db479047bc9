import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RefreshOnDataChange } from '@/components/scorecard/refresh-on-data-change'
import { CategoryCard } from '@/components/scorecard/category-card'
import { categoryCardData } from '@/components/scorecard/category-card-data'
import { comparisonsFor } from '@/components/scorecard/comparison'
import { OverallSummary } from '@/components/scorecard/overall-summary'
import { overallSummaryData } from '@/components/scorecard/overall-summary-data'
import { PublicationBar } from '@/components/scorecard/publication-bar'
import { UpdatingNote } from '@/components/scorecard/updating-note'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { QuarterNotices } from '@/components/notices/quarter-notices'
import { getCommentary } from '@/lib/db/queries/commentary'
import { getQuarterNotices } from '@/lib/db/queries/quarter-notices'
import { getPublication, listRestatementMarks } from '@/lib/db/queries/restatements'
import { getScorecard } from '@/lib/db/queries/scorecard'
import { getSettings } from '@/lib/db/queries/settings'
import { listUpdatingQuarters } from '@/lib/db/queries/stale-marks'
import { CATEGORY_KEYS } from '@/lib/metrics/categories'
import { calendarSpan, fiscalLabel, quartersEnding } from '@/lib/metrics/quarters'
import { TREND_QUARTERS } from '@/lib/metrics/scorecard-model'
import { categorySparkline, overallSparkline } from '@/lib/metrics/series'
import { hrefWith, resolveQuarter, resolveScope, type SearchParams } from '@/lib/request/page-params'
import { requirePagePermission } from '@/lib/request/current-user'
import { renderedDataVersionTag } from '@/lib/db/read-cache'
import { can } from '@/lib/auth/permissions'
import { publishQuarterAction } from './publish/actions'
import { createAnnotationAction, deleteAnnotationAction, updateAnnotationAction } from './annotations/actions'
import { AnnotationsPanel } from '@/components/annotations/annotations-panel'
import { aboutOptions } from '@/components/annotations/about-options'
import { listAnnotations } from '@/lib/db/queries/annotations'
import { ChartNoteTexts } from '@/components/charts/chart-note-texts'
import { scorecardNotes } from '@/components/scorecard/scorecard-notes'
import { scopeDisplayName } from '@/lib/db/queries/teams'
import { FirstRunChecklist } from '@/components/scorecard/first-run-checklist'
import { showsFirstRun } from '@/components/scorecard/first-run-items'
import { readFirstRun, type FirstRunProgress } from '@/lib/db/queries/first-run'
import { countOpenTeamQuarters } from '@/lib/db/queries/team-quarters'
import type { Actor } from '@/lib/auth/roles'
import { dismissFirstRunAction } from './first-run/actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Scorecard' }

/** The checklist's progress while an admin still has steps to do and has not dismissed it; otherwise null. */
async function firstRunFor(actor: Actor): Promise<FirstRunProgress | null> {
  if (!can(actor, { do: 'manage-settings' })) return null
  const state = await readFirstRun()
  return showsFirstRun(state) ? state.progress : null
}

export default async function ScorecardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission({ do: 'read' })
  const params = await searchParams
  const [quarter, scope, settings] = await Promise.all([resolveQuarter(params.quarter), resolveScope(params.scope), getSettings()])
  if (!scope) notFound()
  const [card, commentary, publication, restated, updating, version, notices, firstRun, openTeams, annotations] = await Promise.all([
    getScorecard(scope.id, quarter),
    getCommentary(scope.id, quarter),
    getPublication(scope.id, quarter),
    listRestatementMarks(scope.id, quarter),
    listUpdatingQuarters(scope.id, quartersEnding(quarter, TREND_QUARTERS)),
    renderedDataVersionTag(),
    getQuarterNotices(scope.id, quarter),
    firstRunFor(actor),
    // Only the organisation's publish step says what becomes of the teams' quarters.
    scope.id === 'org' && can(actor, { do: 'publish' }) ? countOpenTeamQuarters(quarter) : null,
    listAnnotations(scope.id),
  ])
  const fiscal = settings.fiscalStartMonth
  // The picker names the organisation by its setting; the heading should agree with it.
  const scopeName = scopeDisplayName(scope, settings.orgName)
  const label = fiscalLabel(quarter, fiscal)
  const link = { quarter, scope: scope.slug }
  const entryHref = `/entry/${quarter}?scope=${encodeURIComponent(scope.slug)}`
  // Viewers cannot open the entry forms, so they are not offered the way there.
  const mayEnter = CATEGORY_KEYS.some((category) => can(actor, { do: 'edit-category', category }))
  const hasFigures = card.categories.some((c) => c.metrics.some((m) => m.figure !== null && m.figure.value !== null))
  const overallPoints = overallSparkline(card, fiscal)
  const cardPoints = card.categories.map((view) => categorySparkline(card, view.category.key, fiscal))
  const notes = scorecardNotes(annotations, [
    { subject: { category: null, metricKey: null }, points: overallPoints },
    ...card.categories.map((view, i) => ({ subject: { category: view.category.key, metricKey: null }, points: cardPoints[i] })),
  ])
  const publicationView = publication
    ? {
        at: publication.publishedAt.toISOString(),
        day: new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: settings.timeZone }).format(publication.publishedAt),
        by: publication.publishedByName ?? publication.publishedBy,
        restated: Object.keys(restated).length,
      }
    : null

  return (
    <>
      <RefreshOnDataChange renderedVersion={version} />
      <PageHeader
        title={`${scopeName} — ${label}`}
        description={`${calendarSpan(quarter)} · Engineering scorecard`}
        actions={
          mayEnter ? (
            <Link href={entryHref} className={buttonClass('secondary')}>
              Enter figures
            </Link>
          ) : null
        }
      />
      {firstRun ? <FirstRunChecklist progress={firstRun} quarter={quarter} dismiss={dismissFirstRunAction} /> : null}
      <UpdatingNote quarters={updating.map((q) => fiscalLabel(q, fiscal))} />
      <QuarterNotices quarterLabel={label} {...notices} />
      <PublicationBar
        key={`${scope.id}/${quarter}`}
        scopeId={scope.id}
        quarter={quarter}
        quarterLabel={label}
        scopeName={scopeName}
        publication={publicationView}
        canPublish={hasFigures && !scope.archived && can(actor, { do: 'publish' })}
        action={publishQuarterAction}
        inProgress={notices.progress}
        openTeamQuarters={openTeams}
      />
      {hasFigures ? (
        <ChartNoteTexts texts={notes.texts}>
          <div className="space-y-6">
            <OverallSummary
              summary={overallSummaryData(
                card,
                overallPoints,
                comparisonsFor(quarter, fiscal),
                hrefWith('/how-scores-work', link),
                notices.progress !== null,
                notes.charts[0],
              )}
            />
            {commentary.summary ? (
              <Card>
                <h2 className="text-sm font-medium text-slate-600">Summary</h2>
                <p className="mt-1 max-w-prose whitespace-pre-line text-slate-800">{commentary.summary}</p>
              </Card>
            ) : null}
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {card.categories.map((view, i) => (
                <CategoryCard
                  key={view.category.key}
                  card={categoryCardData(
                    view,
                    hrefWith(`/category/${view.category.key}`, link),
                    cardPoints[i],
                    comparisonsFor(quarter, fiscal),
                    notices.progress !== null,
                    notes.charts[i + 1],
                  )}
                />
              ))}
            </div>
          </div>
        </ChartNoteTexts>
      ) : (
        <EmptyState title={`No figures for ${scopeName} in ${label} (${calendarSpan(quarter)}) yet.`}>
          <p>Scores appear once figures are entered or imported for this quarter.</p>
          {mayEnter ? (
            <p className="mt-4">
              <Link href={entryHref} className={buttonClass('primary')}>
                Enter figures for {label}
              </Link>
            </p>
          ) : null}
        </EmptyState>
      )}
      <div className="mt-6">
        <AnnotationsPanel
          notes={annotations}
          scopeId={scope.id}
          scopeName={scopeName}
          about={aboutOptions({})}
          actions={{ create: createAnnotationAction, update: updateAnnotationAction, remove: deleteAnnotationAction }}
          canEdit={!scope.archived && can(actor, { do: 'annotate' })}
        />
      </div>
    </>
  )
}
