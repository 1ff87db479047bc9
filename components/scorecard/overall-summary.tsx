'use client'

import Link from 'next/link'
import type { OverallSummaryData } from './overall-summary-data'
import { ScoreChangeList } from './score-change-list'
import { ScoreTrend } from './score-trend'
import { StatusPill } from './status-pill'

/**
 * The overall score of the quarter, its changes, what it rests on and which benchmarks judged it.
 * A client component, like CategoryCard, so that the page's component payload carries its few words
 * and numbers (overallSummaryData) rather than a second copy of its markup; it holds no state.
 */
export function OverallSummary({ summary }: { summary: OverallSummaryData }) {
  return (
    <section aria-labelledby="overall-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="grid gap-6 md:grid-cols-[auto_1fr_minmax(0,18rem)] md:items-center">
        <div>
          <h2 id="overall-heading" className="text-sm font-medium text-slate-600">
            Overall score
          </h2>
          <p className="mt-1 flex items-baseline gap-2">
            <span className="text-6xl font-semibold tracking-tight tabular-nums">{summary.score}</span>
            <span className="text-lg text-slate-500">/ 100</span>
          </p>
          <div className="mt-2">
            <StatusPill status={summary.status} label={summary.statusLabel} />
          </div>
        </div>
        <div className="space-y-2 text-sm">
          <ScoreChangeList changes={summary.changes} className="text-base" />
          <p className="text-slate-600">
            Mean of {summary.withData} of {summary.total} categories with a score, each weighted by its coverage;{' '}
            <span className="font-medium text-slate-800">{summary.coverage}</span>.
          </p>
          <p className="text-slate-600">
            DORA metrics judged against{' '}
            <abbr title={summary.benchmark.source} className="font-medium text-slate-800 no-underline">
              DORA {summary.benchmark.id} benchmarks
            </abbr>
            {' · '}
            {/* Underlined: within a line of text, colour alone does not mark a link. */}
            <Link href={summary.howScoresWorkHref} className="text-blue-700 underline underline-offset-4">
              How scores work
            </Link>
          </p>
        </div>
        {summary.trend ? <ScoreTrend trend={summary.trend} height={80} /> : null}
      </div>
    </section>
  )
}
