import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ByTeamSection } from '@/components/report/by-team-section'
import { ExecutiveSummary } from '@/components/report/executive-summary'
import { ReportAppendix } from '@/components/report/report-appendix'
import { PrintPageSize } from '@/components/report/print-page-size'
import { ReportCover } from '@/components/report/report-cover'
import { ReportDownloads } from '@/components/report/report-downloads'
import { ReportSectionView } from '@/components/report/report-section'
import { SummaryEditor } from '@/components/report/summary-editor'
import { PageHeader } from '@/components/ui/page-header'
import { QuarterNotices } from '@/components/notices/quarter-notices'
import { requirePagePermission } from '@/lib/request/current-user'
import { can } from '@/lib/auth/permissions'
import { getReport } from '@/lib/reports/get-report'
import { resolveQuarter, resolveScope, type SearchParams } from '@/lib/request/page-params'
import { saveSummaryAction } from './actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Board report' }

/** The board report exactly as it is exported: cover, executive summary, a section per category, appendix. */
export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission({ do: 'read' })
  const params = await searchParams
  const [quarter, scope] = await Promise.all([resolveQuarter(params.quarter), resolveScope(params.scope)])
  if (!scope) notFound()
  const model = await getReport(scope, quarter, actor.name)
  const { meta, summary } = model
  const ctoSummary = can(actor, { do: 'edit-summary' }) ? (
    <SummaryEditor
      action={saveSummaryAction}
      scopeId={meta.scopeId}
      quarter={meta.quarter}
      savedText={summary.ctoSummary}
      published={meta.published !== null}
    />
  ) : (
    <p className={`whitespace-pre-line ${summary.ctoSummary ? '' : 'text-slate-500'}`}>
      {summary.ctoSummary || 'No summary was written for this quarter.'}
    </p>
  )

  return (
    <>
      <PrintPageSize pageSize={meta.pageSize} />
      <div className="no-print">
        <PageHeader
          title={`Board report — ${meta.scopeName}, ${meta.quarterLabel}`}
          description={`${meta.calendarSpan} · a preview of exactly what each download contains`}
        />
        <QuarterNotices quarterLabel={meta.quarterLabel} progress={meta.inProgress} demo={meta.demo} />
        {model.appendix.figures.every((f) => f.value === null) ? (
          <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-slate-800">
            No figures have been entered for {meta.scopeName} in {meta.quarterLabel} yet, so every score below reads &ldquo;—&rdquo;. Choose
            another quarter above, or enter this quarter&rsquo;s figures first.
          </p>
        ) : null}
        {can(actor, { do: 'export' }) ? <ReportDownloads meta={meta} /> : null}
      </div>
      <article aria-label={`Board report, ${meta.scopeName}, ${meta.quarterLabel}`} className="board-report mt-6 space-y-6">
        <ReportCover meta={meta} />
        <ExecutiveSummary model={model} ctoSummary={ctoSummary} />
        {model.byTeam ? <ByTeamSection rows={model.byTeam} meta={meta} /> : null}
        {model.sections.map((section, i) => (
          <ReportSectionView key={section.key} section={section} meta={meta} number={i + 1} />
        ))}
        <ReportAppendix model={model} />
      </article>
    </>
  )
}
