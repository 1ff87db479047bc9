import { CaptionedScrollTable } from '@/components/ui/captioned-scroll-table'
import Link from 'next/link'
import type { CategoryComparison } from '@/lib/metrics/team-comparison'
import { heatClass, STATUS_MARKS, teamHref } from './heat'

const TH = 'px-3 py-2 text-left align-bottom text-xs font-semibold tracking-wide text-slate-700 uppercase'

/** One category's metrics per team: value, unit, n and status; each cell opens that team's metric page. */
export function CategoryByTeamTable({
  comparison,
  categoryLabel,
  quarter,
  quarterLabel,
}: {
  comparison: CategoryComparison
  categoryLabel: string
  quarter: string
  quarterLabel: string
}) {
  const caption = `${categoryLabel} metrics of each team in ${quarterLabel}: value, n and status`
  return (
    <CaptionedScrollTable id="category-caption" caption={caption}>
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className={`${TH} sticky left-0 bg-slate-100`}>
            Team
          </th>
          {comparison.metrics.map((m) => (
            <th key={m.key} scope="col" className={TH}>
              {m.label} <span className="font-normal normal-case">({m.unitLabel})</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-white">
        {comparison.rows.map((row) => (
          <tr key={row.team.id}>
            <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left align-top font-medium">
              <Link
                href={teamHref(row.team.slug, quarter, `/category/${comparison.category}`)}
                className="text-blue-700 underline-offset-4 hover:underline"
              >
                {row.team.name}
              </Link>
              {row.team.archived ? <span className="ml-1 text-xs font-normal text-slate-600">(archived)</span> : null}
            </th>
            {row.hasFigures ? (
              row.metrics.map((cell) => (
                <td key={cell.key} className={`p-0 align-top ${heatClass(cell.status)}`}>
                  <Link href={teamHref(row.team.slug, quarter, `/metric/${cell.key}`)} className="block px-3 py-2 hover:bg-white/40">
                    <span className="block font-semibold text-slate-900 tabular-nums">{cell.valueText}</span>
                    <span className="block text-xs text-slate-700 tabular-nums">n = {cell.n ?? '—'}</span>
                    <span className="block text-xs font-medium text-slate-800">
                      {cell.status ? <span aria-hidden="true">{STATUS_MARKS[cell.status]} </span> : null}
                      {cell.statusText}
                    </span>
                  </Link>
                </td>
              ))
            ) : (
              <td colSpan={comparison.metrics.length} className="bg-slate-50 px-3 py-2 align-top text-slate-600">
                No figures
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </CaptionedScrollTable>
  )
}
