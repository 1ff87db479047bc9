import type { ReactNode } from 'react'
import { StatusPill } from '@/components/scorecard/status-pill'
import type { ReportModel } from '@/lib/reports/report-types'
import { CategoryScoresTable } from './category-scores-table'
import { Delta } from './delta'
import { HighlightList } from './highlight-list'

const SCORE_COLOURS = { on_track: 'text-on-track', at_risk: 'text-at-risk', off_track: 'text-off-track' } as const

/**
 * The executive summary: overall score and its changes, the category scores, the CTO's summary
 * (`ctoSummary` is the editor when the viewer may edit it, else the text), and the biggest
 * improvements and risks with the rule that chose them.
 */
export function ExecutiveSummary({ model, ctoSummary }: { model: ReportModel; ctoSummary: ReactNode }) {
  const { meta, summary } = model
  const { overall } = summary
  const statusOf = (key: string) => model.appendix.figures.find((f) => f.key === key)?.status ?? null
  return (
    <section aria-labelledby="summary-heading" className="report-page rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="summary-heading" className="text-2xl font-semibold tracking-tight">
        Executive summary
      </h2>
      <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] print:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div>
          <p className="text-xs font-semibold tracking-wider text-slate-600 uppercase">Overall score</p>
          <p className="flex items-end gap-1">
            <span
              className={`text-5xl leading-none font-semibold tabular-nums ${overall.status ? SCORE_COLOURS[overall.status] : 'text-slate-500'}`}
            >
              {overall.scoreText}
            </span>
            <span className="mb-1 text-slate-600">/ 100</span>
          </p>
          <div className="mt-2">
            <StatusPill status={overall.status} label={overall.statusText} />
          </div>
          <ul className="mt-2 space-y-0.5 text-sm">
            <li>
              <Delta delta={overall.sincePrevious} against={meta.previousLabel} />
            </li>
            <li>
              <Delta delta={overall.sinceYearAgo} against={meta.yearAgoLabel} />
            </li>
            <li className="text-slate-600">Scored on {overall.coverage}</li>
          </ul>
          <div className="mt-5">
            <CategoryScoresTable model={model} />
          </div>
        </div>
        <div className="min-w-0">
          <h3 className="text-base font-semibold">From the CTO</h3>
          <div className="mt-1 text-sm text-slate-800">{ctoSummary}</div>
          <div className="mt-5 flex flex-col gap-6 sm:flex-row">
            <HighlightList
              title="Biggest improvements"
              items={summary.improvements}
              statusOf={statusOf}
              empty="No figure's score rose since the previous quarter."
            />
            <HighlightList title="Biggest risks" items={summary.risks} statusOf={statusOf} empty="No figure is at risk or off track." />
          </div>
          <p className="mt-3 text-xs text-slate-600">{summary.rule}</p>
        </div>
      </div>
    </section>
  )
}
