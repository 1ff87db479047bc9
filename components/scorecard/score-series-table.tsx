import { formatScore } from '@/lib/metrics/format'
import type { ScoreSeriesPoint } from '@/lib/metrics/series'
import { STATUS_LABELS, statusForScore } from '@/lib/metrics/scoring'

/** The numbers behind a score sparkline, for people who cannot see the chart. */
export function ScoreSeriesTable({ caption, points }: { caption: string; points: ScoreSeriesPoint[] }) {
  return (
    <table className="w-full text-left text-sm tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">Quarter</th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">Score</th>
          <th scope="col" className="py-1 font-medium">Status</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {points.map((p) => (
          <tr key={p.quarter}>
            <th scope="row" className="py-1 pr-3 font-normal">{p.label}</th>
            <td className="py-1 pr-3 text-right">{formatScore(p.score)}</td>
            <td className="py-1 text-slate-600">{p.score === null ? 'No score' : STATUS_LABELS[statusForScore(p.score)]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
