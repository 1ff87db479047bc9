import { StatusPill } from '@/components/scorecard/status-pill'
import { ChartFrame } from '@/components/ui/chart-frame'
import type { ReportMeta, ReportSection } from '@/lib/reports/report-types'
import { CategoryTrendChart } from './category-trend-chart'
import { Delta } from './delta'
import { PrintTrendChart } from './print-trend-chart'
import { ScoreTrendTable } from './score-trend-table'
import { SectionFiguresTable } from './section-figures-table'

const SCORE_COLOURS = { on_track: 'text-on-track', at_risk: 'text-at-risk', off_track: 'text-off-track' } as const

/** One category of the report: score and status, key figures, the eight-quarter trend and the commentary. */
export function ReportSectionView({ section, meta, number }: { section: ReportSection; meta: ReportMeta; number: number }) {
  const s = section.summary
  const headingId = `section-${section.key}-heading`
  const chartTitle = `${section.label} score, last ${section.trend.length} quarters, against the on-track line`
  return (
    <section
      id={`section-${section.key}`}
      aria-labelledby={headingId}
      className="report-page rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-xs font-semibold tracking-wider text-slate-600 uppercase">Section {number}</p>
          <h2 id={headingId} className="text-2xl font-semibold tracking-tight">
            {section.label}
          </h2>
        </div>
        <div className="text-right">
          <p className="flex items-end justify-end gap-1">
            <span className={`text-4xl leading-none font-semibold tabular-nums ${s.status ? SCORE_COLOURS[s.status] : 'text-slate-500'}`}>
              {s.scoreText}
            </span>
            <span className="mb-0.5 text-sm text-slate-600">/ 100</span>
          </p>
          <div className="mt-1">
            <StatusPill status={s.status} label={s.statusText} />
          </div>
          <p className="mt-1 flex flex-wrap justify-end gap-x-3 text-sm">
            <Delta delta={s.sincePrevious} against={meta.previousLabel} />
            <Delta delta={s.sinceYearAgo} against={meta.yearAgoLabel} />
          </p>
          <p className="text-xs text-slate-600">Scored on {s.coverage}</p>
        </div>
      </div>
      <div className="mt-4">
        <SectionFiguresTable caption={`${section.label}: key figures`} figures={section.figures} meta={meta} />
      </div>
      <div className="mt-5 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] print:grid-cols-[minmax(0,7fr)_minmax(0,3fr)]">
        <div className="report-keep min-w-0">
          <h3 className="text-base font-semibold">Category score, last eight quarters</h3>
          <div className="print:hidden">
            <ChartFrame title={chartTitle} height={220} table={<ScoreTrendTable caption={chartTitle} points={section.trend} />}>
              <CategoryTrendChart points={section.trend} notes={section.noteMarks} />
            </ChartFrame>
          </div>
          {/* The interactive chart is sized for the screen and does not survive the print layout: paper gets a static one and its numbers. */}
          <div className="hidden items-start gap-4 print:flex">
            <div>
              <PrintTrendChart points={section.trend} marks={section.noteMarks} />
              <p className="text-xs text-slate-600">
                Solid: category score. Dashed: on track ({section.trend[0]?.target ?? 80}). A gap is a quarter without a score.
                {section.noteMarks.length > 0 ? ' A numbered diamond marks the notes of that number.' : ''}
              </p>
            </div>
            <div className="shrink-0">
              <ScoreTrendTable caption={chartTitle} points={section.trend} compact />
            </div>
          </div>
        </div>
        <div className="min-w-0">
          <h3 className="text-base font-semibold">Commentary</h3>
          <p className={`mt-1 text-sm whitespace-pre-line ${section.commentary ? 'text-slate-800' : 'text-slate-500'}`}>
            {section.commentary || 'No commentary was written for this quarter.'}
          </p>
          {section.notes.length > 0 ? (
            <>
              <h3 className="mt-3 text-base font-semibold">Notes on the timeline</h3>
              {/* Numbered as the markers of the printed chart number them. */}
              <ol className="mt-1 list-decimal pl-5 text-sm text-slate-800">
                {section.notes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
      </div>
    </section>
  )
}
