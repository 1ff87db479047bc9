import { StatusBadge } from '@/components/scorecard/status-badge'
import type { ReportMeta, ReportTeamRow, ScoreSummary } from '@/lib/reports/report-types'
import { Delta } from './delta'

const TH = 'py-1.5 pr-3 text-left align-bottom text-xs font-medium text-slate-600'

function ScoreCell({ summary, against }: { summary: ScoreSummary; against: string }) {
  return (
    <td className="py-1.5 pr-3 align-top">
      <span className="block font-semibold">{summary.scoreText}</span>
      <span className="block whitespace-nowrap">
        <StatusBadge status={summary.status} empty={summary.statusText} />
      </span>
      <span className="block text-xs">
        <Delta delta={summary.sincePrevious} against={against} compact />
      </span>
    </td>
  )
}

/** The organisation's report only: every active team's overall and category scores side by side. */
export function ByTeamSection({ rows, meta }: { rows: ReportTeamRow[]; meta: ReportMeta }) {
  const categories = rows[0]?.categories ?? []
  const caption = `Each team’s scores in ${meta.quarterLabel}, with the change since ${meta.previousLabel}`
  return (
    <section
      id="by-team"
      aria-labelledby="by-team-heading"
      className="report-page rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="by-team-heading" className="text-2xl font-semibold tracking-tight">
        By team
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">There are no active teams to compare.</p>
      ) : (
        <div className="relative mt-2 overflow-x-auto">
          {/* Shown above the table, not as its wide caption, so a phone does not scroll it out of sight. */}
          <p aria-hidden="true" className="mb-1 text-sm text-slate-600">
            {caption}
          </p>
          <table className="w-full text-sm tabular-nums">
            <caption className="sr-only">{caption}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                <th scope="col" className={TH}>
                  Team
                </th>
                <th scope="col" className={TH}>
                  Overall
                </th>
                {categories.map((c) => (
                  <th key={c.key} scope="col" className={TH}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.slug}>
                  <th scope="row" className="py-1.5 pr-3 text-left align-top font-medium">
                    {row.name}
                  </th>
                  {row.hasFigures ? (
                    <>
                      <ScoreCell summary={row.overall} against={meta.previousLabel} />
                      {row.categories.map((c) => (
                        <ScoreCell key={c.key} summary={c} against={meta.previousLabel} />
                      ))}
                    </>
                  ) : (
                    <td colSpan={categories.length + 1} className="py-1.5 text-slate-600">
                      No figures
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
