'use client'

import { useState } from 'react'

/** One quarter of a score series as the table shows it: words and numbers already formatted. */
export interface ScoreTableRow {
  /** The quarter as the organisation names it, e.g. "FY2026 Q3"; one per row. */
  label: string
  score: string
  status: string
}

/**
 * The numbers behind a score sparkline, for people who cannot see the chart. The table is drawn
 * only once its disclosure is opened: a closed one shows nothing, so the page sends the browser
 * eight short rows of data instead of a table's markup twice (HTML and component payload) per card.
 */
export function ScoreTableDetails({ title, rows }: { title: string; rows: readonly ScoreTableRow[] }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="mt-2 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-blue-700">Show data table: {title}</summary>
      {open ? (
        <div className="relative mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm tabular-nums [&_td]:py-1 [&_th]:py-1">
            <caption className="sr-only">{title}</caption>
            <thead className="text-xs text-slate-600">
              <tr>
                <th scope="col" className="pr-3 font-medium">
                  Quarter
                </th>
                <th scope="col" className="pr-3 text-right font-medium">
                  Score
                </th>
                <th scope="col" className="font-medium">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="pr-3 font-normal">
                    {row.label}
                  </th>
                  <td className="pr-3 text-right">{row.score}</td>
                  <td className="text-slate-600">{row.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  )
}
