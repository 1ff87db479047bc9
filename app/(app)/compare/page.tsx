import type { Metadata } from 'next'
import Link from 'next/link'
import { CategoryByTeamTable } from '@/components/compare/category-by-team-table'
import { CompareControls } from '@/components/compare/compare-controls'
import { ComparisonTable } from '@/components/compare/comparison-table'
import { RefreshOnDataChange } from '@/components/scorecard/refresh-on-data-change'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { renderedDataVersionTag } from '@/lib/db/read-cache'
import { getSettings } from '@/lib/db/queries/settings'
import { getTeamScorecards } from '@/lib/db/queries/team-scorecards'
import { getCategory } from '@/lib/metrics/categories'
import { calendarSpan, fiscalLabel, previousQuarter } from '@/lib/metrics/quarters'
import { categoryComparison, comparisonRows, visibleTeams } from '@/lib/metrics/team-comparison'
import { requirePagePermission } from '@/lib/request/current-user'
import { resolveCategory, resolveQuarter, resolveSort, type SearchParams } from '@/lib/request/page-params'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Teams side by side' }

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission({ do: 'read' })
  const params = await searchParams
  const [quarter, settings] = await Promise.all([resolveQuarter(params.quarter), getSettings()])
  const category = resolveCategory(params.category)
  const showArchived = params.archived === '1'
  const [all, version] = await Promise.all([getTeamScorecards(quarter, true), renderedDataVersionTag()])
  const teams = visibleTeams(all, showArchived)
  const label = fiscalLabel(quarter, settings.fiscalStartMonth)
  const hidden = all.length - teams.length

  return (
    <>
      <RefreshOnDataChange renderedVersion={version} />
      <PageHeader title={`Teams side by side — ${label}`} description={`${calendarSpan(quarter)} · every team's scores for one quarter`} />
      <CompareControls quarter={quarter} category={category} showArchived={showArchived} />
      {all.length === 0 ? (
        <EmptyState title="No teams yet.">
          <p>
            <Link href="/teams" className="text-blue-700 underline underline-offset-4">
              Add teams on the Teams page
            </Link>{' '}
            to compare them here.
          </p>
        </EmptyState>
      ) : teams.length === 0 ? (
        <EmptyState title="Every team is archived.">
          <p>Tick “Show archived teams” to see them.</p>
        </EmptyState>
      ) : category ? (
        <CategoryByTeamTable
          comparison={categoryComparison(teams, category, settings.currency)}
          categoryLabel={getCategory(category).label}
          quarter={quarter}
          quarterLabel={label}
        />
      ) : (
        <ComparisonTable
          rows={comparisonRows(teams)}
          quarter={quarter}
          quarterLabel={label}
          previousLabel={fiscalLabel(previousQuarter(quarter), settings.fiscalStartMonth)}
          initialSort={resolveSort(params.sort, params.dir)}
        />
      )}
      {hidden > 0 && teams.length > 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          {hidden} archived {hidden === 1 ? 'team is' : 'teams are'} hidden.
        </p>
      ) : null}
    </>
  )
}
