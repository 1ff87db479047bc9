'use client'

import Link from 'next/link'
import { useState } from 'react'
import { CaptionedScrollTable } from '@/components/ui/captioned-scroll-table'
import { CATEGORIES } from '@/lib/metrics/categories'
import { firstDirection, sortComparison, type SortColumn, type SortDirection } from '@/lib/metrics/comparison-sort'
import type { ComparisonRow } from '@/lib/metrics/team-comparison'
import { HeatCell } from './heat-cell'
import { teamHref } from './heat'
import { SortHeader } from './sort-header'

export interface SortState {
  column: SortColumn
  direction: SortDirection
}

/**
 * Teams as rows, overall and the six categories as columns. Sorting happens in the browser (the
 * rows are all here) and is written into the URL, so a sorted view can be shared.
 */
export function ComparisonTable({
  rows,
  quarter,
  quarterLabel,
  previousLabel,
  initialSort,
}: {
  rows: ComparisonRow[]
  quarter: string
  quarterLabel: string
  previousLabel: string
  initialSort: SortState
}) {
  const [sort, setSort] = useState<SortState>(initialSort)
  const onSort = (column: SortColumn) => {
    const direction = sort.column === column ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : firstDirection(column)
    setSort({ column, direction })
    const url = new URL(window.location.href)
    url.searchParams.set('sort', column)
    url.searchParams.set('dir', direction === 'ascending' ? 'asc' : 'desc')
    window.history.replaceState(null, '', url)
  }
  const sorted = sortComparison(rows, sort.column, sort.direction)
  const caption = `Scores of each team in ${quarterLabel}, with the change since ${previousLabel}. Sort by any column with its header button.`
  return (
    <CaptionedScrollTable id="teams-caption" caption={caption}>
      <thead className="bg-slate-100">
        <tr>
          <SortHeader column="team" label="Team" sort={sort} onSort={onSort} className="sticky left-0 bg-slate-100" />
          <SortHeader column="overall" label="Overall" sort={sort} onSort={onSort} />
          {CATEGORIES.map((c) => (
            <SortHeader key={c.key} column={c.key} label={c.label} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-white">
        {sorted.map((row) => (
          <tr key={row.team.id}>
            <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left align-top font-medium">
              <Link href={teamHref(row.team.slug, quarter)} className="whitespace-nowrap text-blue-700 underline-offset-4 hover:underline">
                {row.team.name}
              </Link>
              {row.team.archived ? <span className="ml-1 text-xs font-normal text-slate-600">(archived)</span> : null}
            </th>
            {row.hasFigures ? (
              <>
                <HeatCell cell={row.overall} href={teamHref(row.team.slug, quarter)} previousLabel={previousLabel} />
                {row.categories.map((cell) => (
                  <HeatCell
                    key={cell.category}
                    cell={cell}
                    href={teamHref(row.team.slug, quarter, `/category/${cell.category}`)}
                    previousLabel={previousLabel}
                  />
                ))}
              </>
            ) : (
              <td colSpan={CATEGORIES.length + 1} className="bg-slate-50 px-3 py-2 align-top text-slate-600">
                <Link href={teamHref(row.team.slug, quarter)} className="underline-offset-4 hover:underline">
                  No figures in {quarterLabel}
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </CaptionedScrollTable>
  )
}
