import { StatusPill } from '@/components/scorecard/status-pill'
import type { ReportModel } from '@/lib/reports/report-types'
import { Delta } from './delta'

const TH = 'py-1.5 pr-3 text-left text-xs font-medium text-slate-600'

/** The six category scores with their changes, as the executive summary lists them. */
export function CategoryScoresTable({ model }: { model: ReportModel }) {
  const { meta } = model
  return (
    <div className="relative overflow-x-auto">
      <table className="mt-2 w-full text-sm tabular-nums">
        <caption className="mb-1 text-left text-base font-semibold text-slate-900">Scores by category</caption>
        <thead className="border-b border-slate-200">
          <tr>
            <th scope="col" className={TH}>
              Category
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Score
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={TH}>
              Since {meta.previousLabel}
            </th>
            <th scope="col" className={TH}>
              Since {meta.yearAgoLabel}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {model.sections.map((s) => (
            <tr key={s.key}>
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                <a href={`#section-${s.key}`} className="text-blue-700 underline-offset-4 hover:underline">
                  {s.label}
                </a>
              </th>
              <td className="py-1.5 pr-3 text-right font-semibold">{s.summary.scoreText}</td>
              <td className="py-1.5 pr-3 whitespace-nowrap">
                <StatusPill status={s.summary.status} label={s.summary.statusText} />
              </td>
              <td className="py-1.5 pr-3">
                <Delta delta={s.summary.sincePrevious} against={meta.previousLabel} compact />
              </td>
              <td className="py-1.5">
                <Delta delta={s.summary.sinceYearAgo} against={meta.yearAgoLabel} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
