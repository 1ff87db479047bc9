import { StatusPill } from '@/components/scorecard/status-pill'
import type { ReportFigure, ReportMeta } from '@/lib/reports/report-types'
import { Delta } from './delta'
import { nText } from './n-text'
import { restatementLine } from '@/lib/reports/figure-notes'

const TH = 'px-2 py-2 text-left text-xs font-semibold text-slate-600'
const TD = 'px-2 py-2 align-top print:py-1'

/** A category's key figures against target, with the changes since the previous quarter and a year before, and n. */
export function SectionFiguresTable({ caption, figures, meta }: { caption: string; figures: ReportFigure[]; meta: ReportMeta }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className={TH}>
              Figure
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Value
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Target
            </th>
            <th scope="col" className={TH}>
              Since {meta.previousLabel}
            </th>
            <th scope="col" className={TH}>
              Since {meta.yearAgoLabel}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              n
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Score
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {figures.map((f) => (
            <tr key={f.key} className="report-keep">
              <th scope="row" className={`${TD} min-w-48 text-left font-medium`}>
                {f.label}
                {f.level ? <span className="block text-xs font-normal text-slate-600">DORA level: {f.level}</span> : null}
                {f.restatement ? (
                  <span className="block max-w-md text-xs font-normal text-blue-800">{restatementLine(f.restatement)}</span>
                ) : null}
              </th>
              <td className={`${TD} text-right font-semibold whitespace-nowrap`}>{f.valueText}</td>
              <td className={`${TD} text-right whitespace-nowrap`}>{f.targetText}</td>
              <td className={TD}>
                <Delta delta={f.sincePrevious} against={meta.previousLabel} compact />
              </td>
              <td className={TD}>
                <Delta delta={f.sinceYearAgo} against={meta.yearAgoLabel} compact />
              </td>
              <td className={`${TD} text-right`}>{nText(f.n)}</td>
              <td className={`${TD} text-right font-semibold`}>{f.scoreText}</td>
              <td className={`${TD} whitespace-nowrap`}>
                <StatusPill status={f.status} label={f.statusText} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
