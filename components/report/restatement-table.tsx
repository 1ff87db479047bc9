import type { ReportModel } from '@/lib/reports/report-types'
import { isoDay } from './report-cover'

const TH = 'px-2 py-1.5 text-left text-xs font-semibold text-slate-600'
const TD = 'px-2 py-1.5 align-top'

/** The figures changed after publication: the value the board was shown, the value now, and why. */
export function RestatementTable({ model }: { model: ReportModel }) {
  const { restatements } = model.appendix
  if (!model.meta.published && restatements.length === 0) return null
  return (
    <>
      <h2 id="restatements-heading" className="report-break mt-8 text-xl font-semibold tracking-tight">
        Restatements
      </h2>
      {restatements.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">No figure has been restated since this quarter was published.</p>
      ) : (
        <div className="relative mt-2 overflow-x-auto">
          <table aria-labelledby="restatements-heading" className="min-w-full text-sm tabular-nums">
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className={TH}>
                  Figure
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Published
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Now
                </th>
                <th scope="col" className={TH}>
                  Restated
                </th>
                <th scope="col" className={TH}>
                  Reason
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {restatements.map((r) => (
                <tr key={r.key} className="report-keep">
                  <th scope="row" className={`${TD} text-left font-medium`}>
                    {r.label}
                  </th>
                  <td className={`${TD} text-right`}>{r.publishedText}</td>
                  <td className={`${TD} text-right font-semibold`}>{r.newText}</td>
                  <td className={TD}>
                    <time dateTime={r.at}>{isoDay(r.at)}</time>
                  </td>
                  <td className={TD}>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
