import type { TrendPoint } from '@/lib/reports/report-types'

/** The numbers behind a category's trend chart, for people who cannot see it and for print. */
export function ScoreTrendTable({ caption, points, compact = false }: { caption: string; points: TrendPoint[]; compact?: boolean }) {
  const pad = compact ? 'py-0.5' : 'py-1'
  return (
    <table className={`w-full text-left tabular-nums ${compact ? 'text-xs whitespace-nowrap' : 'text-sm'}`}>
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-slate-600">
        <tr>
          <th scope="col" className={`${pad} pr-3 font-medium`}>
            Quarter
          </th>
          <th scope="col" className={`${pad} pr-3 text-right font-medium`}>
            Score
          </th>
          <th scope="col" className={`${pad} text-right font-medium`}>
            On-track line
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {points.map((p) => (
          <tr key={p.quarter}>
            <th scope="row" className={`${pad} pr-3 font-normal`}>
              {p.label}
            </th>
            {/* Rounded down, like every score shown: a 79.6 is not yet on track. */}
            <td className={`${pad} pr-3 text-right`}>{p.value === null ? '—' : Math.floor(p.value)}</td>
            <td className={`${pad} text-right`}>{p.target ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
