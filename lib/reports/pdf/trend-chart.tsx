import { Circle, G, Line, Polyline, Svg, Text } from '@react-pdf/renderer'
import type { TrendPoint } from '../report-types'
import { COLOURS } from './pdf-theme'
import { pdfText } from './pdf-text'
import { trendGeometry } from './trend-geometry'

const BOX = { left: 26, right: 8, top: 10, bottom: 22 }

/**
 * The category score over eight quarters as vector drawing (lines and text, no bitmap), with the
 * on-track threshold dashed. Missing quarters are gaps.
 */
export function TrendChart({ trend, width, height }: { trend: TrendPoint[]; width: number; height: number }) {
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
        {trend.map((p, i) => (
          <Text key={p.quarter} x={g.xs[i]} y={y1 + 12} fill={COLOURS.muted} textAnchor="middle">
            {pdfText(p.label)}
          </Text>
        ))}
      </G>
    </Svg>
  )
}
