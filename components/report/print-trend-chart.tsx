import type { ReportNoteMark, TrendPoint } from '@/lib/reports/report-types'
import { NOTE_COLOUR, noteMarkPlaces } from '@/lib/reports/pdf/note-mark-geometry'
import { trendGeometry } from '@/lib/reports/pdf/trend-geometry'

const WIDTH = 420
const HEIGHT = 170
const BOX = { left: 28, right: 8, top: 10, bottom: 30 }

/**
 * The category trend for paper: a static SVG drawn on the server with the PDF's own geometry, so
 * the printed preview and the PDF show the same picture. (The interactive chart is sized in the
 * browser for the screen and does not survive the print layout.) Shown only in print; its numbers
 * are in the table printed beside it, and its note markers carry the numbers of the notes listed.
 */
export function PrintTrendChart({ points, marks }: { points: TrendPoint[]; marks: ReportNoteMark[] }) {
  const g = trendGeometry(points, { width: WIDTH, height: HEIGHT, ...BOX })
  const { x0, x1, y1 } = g.plot
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" className="max-w-full" fontSize={9}>
      {g.yTicks.map((t) => (
        <g key={t.value}>
          <line x1={x0} x2={x1} y1={t.y} y2={t.y} stroke={t.value === 0 ? '#94a3b8' : '#e2e8f0'} strokeWidth={0.7} />
          <text x={x0 - 4} y={t.y + 3} fill="#475569" textAnchor="end">
            {t.value}
          </text>
        </g>
      ))}
      {g.targetRuns.map((run) => (
        <polyline key={`target-${run}`} points={run} fill="none" stroke="#64748b" strokeWidth={1.2} strokeDasharray="5 4" />
      ))}
      {g.runs.map((run) => (
        <polyline key={run} points={run} fill="none" stroke="#1d4ed8" strokeWidth={2} />
      ))}
      {g.dots.map((d) => (
        <circle key={`${d.x},${d.y}`} cx={d.x} cy={d.y} r={2.6} fill="#1d4ed8" />
      ))}
      {noteMarkPlaces(points, marks, g).map((m) => (
        <g key={`note-${m.x}`} fill={NOTE_COLOUR}>
          <line x1={m.x} x2={m.x} y1={m.y} y2={y1} stroke={NOTE_COLOUR} strokeWidth={0.8} strokeDasharray="1.5 2" />
          <path d={`M ${m.x} ${m.y - 9} L ${m.x + 4} ${m.y - 5} L ${m.x} ${m.y - 1} L ${m.x - 4} ${m.y - 5} Z`} />
          <text x={m.x + 6} y={m.y - 2.6} fontWeight="bold">
            {m.text}
          </text>
        </g>
      ))}
      {/* "FY2026 Q3" on two lines: eight labels on one line would run into each other. */}
      {points.map((p, i) => {
        const [year, quarter] = p.label.split(' ')
        return (
          <text key={p.quarter} x={g.xs[i]} y={y1 + 11} fill="#475569" textAnchor="middle" fontSize={8}>
            <tspan x={g.xs[i]}>{year}</tspan>
            <tspan x={g.xs[i]} dy={9}>
              {quarter}
            </tspan>
          </text>
        )
      })}
    </svg>
  )
}
