'use client'

import Link from 'next/link'
import type { CategoryCardData } from './category-card-data'
import { ScoreChangeList } from './score-change-list'
import { ScoreTrend } from './score-trend'
import { StatusPill } from './status-pill'

/**
 * One category on the home page: score, status, coverage, changes and its 8-quarter sparkline.
 * A client component only so that its six copies travel as data (categoryCardData) rather than as
 * six copies of the same markup in the page's component payload; it holds no state.
 */
export function CategoryCard({ card }: { card: CategoryCardData }) {
  return (
    <section className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`cat-${card.key}`}>
      <div className="flex items-start justify-between gap-3">
        <h2 id={`cat-${card.key}`} className="text-base font-semibold">
          <Link href={card.href} className="rounded-sm text-slate-900 underline-offset-4 hover:text-blue-700 hover:underline">
            {card.label}
          </Link>
        </h2>
        <StatusPill status={card.status} label={card.statusLabel} />
      </div>
      <p className="mt-2 flex items-baseline gap-2">
        <span className="text-4xl font-semibold tracking-tight tabular-nums">{card.score}</span>
        <span className="text-sm text-slate-500">/ 100</span>
        <span className="ml-auto text-sm text-slate-600">{card.coverage}</span>
      </p>
      {card.rolledUp ? <p className="mt-1 text-sm text-slate-600">{card.rolledUp}</p> : null}
      <ScoreChangeList changes={card.changes} className="mt-2 text-sm" />
      <div className="mt-auto pt-3">
        {card.trend ? (
          <ScoreTrend trend={card.trend} height={64} />
        ) : (
          <p className="text-sm text-slate-500">No scores in the last {card.quarters} quarters.</p>
        )}
      </div>
    </section>
  )
}
