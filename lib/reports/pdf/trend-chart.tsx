import { Circle, G, Line, Polygon, Polyline, Svg, Text } from '@react-pdf/renderer'
import type { ReportNoteMark, TrendPoint } from '../report-types'
import { NOTE_COLOUR, noteMarkPlaces } from './note-mark-geometry'
import { COLOURS } from './pdf-theme'
import { pdfText } from './pdf-text'
import { trendGeometry } from './trend-geometry'

const BOX = { left: 26, right: 8, top: 10, bottom: 22 }

/**
 * The category score over eight quarters as vector drawing (lines and text, no bitmap), with the
 * on-track threshold dashed. Missing quarters are gaps. A quarter with notes on the timeline gets a
 * marker above the plot with the numbers of its notes in the list beside the chart.
 */
export function TrendChart({
  trend,
  marks,
  width,
  height,
}: {
  trend: TrendPoint[]
  marks: ReportNoteMark[]
  width: number
  height: number
}) {
  const g = trendGeometry(trend, { width, height, ...BOX })
  const { x0, x1, y1 } = g.plot
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <G style={{ fontSize: 7 }}>
        {g.yTicks.map((t) => (
          <G key={t.value}>
            <Line x1={x0} x2={x1} y1={t.y} y2={t.y} stroke={t.value === 0 ? COLOURS.faint : COLOURS.band} strokeWidth={0.6} />
            <Text x={x0 - 4} y={t.y + 2.4} fill={COLOURS.muted} textAnchor="end">
              {String(t.value)}
            </Text>
          </G>
        ))}
        {g.targetRuns.map((points) => (
          <Polyline key={`t${points}`} points={points} fill="none" stroke={COLOURS.muted} strokeWidth={1} strokeDasharray="4 3" />
        ))}
        {g.runs.map((points) => (
          <Polyline key={points} points={points} fill="none" stroke={COLOURS.brand} strokeWidth={1.8} />
        ))}
        {g.dots.map((d) => (
          <Circle key={`${d.x}`} cx={d.x} cy={d.y} r={2.2} fill={COLOURS.brand} />
        ))}
        {noteMarkPlaces(trend, marks, g).map((m) => (
          <G key={`note-${m.x}`}>
            <Line x1={m.x} x2={m.x} y1={m.y} y2={y1} stroke={NOTE_COLOUR} strokeWidth={0.7} strokeDasharray="1.5 2" />
            <Polygon points={`${m.x},${m.y - 9} ${m.x + 4},${m.y - 5} ${m.x},${m.y - 1} ${m.x - 4},${m.y - 5}`} fill={NOTE_COLOUR} />
            <Text x={m.x + 6} y={m.y - 2.6} fill={NOTE_COLOUR} style={{ fontFamily: 'Helvetica-Bold' }}>
              {m.text}
            </Text>
          </G>
        ))}
        {trend.map((p, i) => (
          <Text key={p.quarter} x={g.xs[i]} y={y1 + 12} fill={COLOURS.muted} textAnchor="middle">
            {pdfText(p.label)}
          </Text>
        ))}
      </G>
    </Svg>
  )
}
