import { Circle, Polygon, Rect, Svg, Text, View } from '@react-pdf/renderer'
import type { Status } from '@/lib/metrics/scoring'
import { COLOURS, statusColour } from './pdf-theme'
import { pdfText } from './pdf-text'

// A shape per status as well as a colour (as on the scorecard), so a greyscale print still reads.
function Shape({ status, size }: { status: Status; size: number }) {
  const fill = statusColour(status)
  const s = size
  return (
    <Svg width={s} height={s} viewBox={`0 0 ${s} ${s}`} style={{ marginRight: 3 }}>
      {status === 'on_track' ? <Circle cx={s / 2} cy={s / 2} r={s / 2} fill={fill} /> : null}
      {status === 'at_risk' ? <Polygon points={`${s / 2},0 ${s},${s} 0,${s}`} fill={fill} /> : null}
      {status === 'off_track' ? <Rect x={0} y={0} width={s} height={s} fill={fill} /> : null}
    </Svg>
  )
}

/** The status as coloured text with its shape; `text` is the model's status text. */
export function StatusMark({
  status,
  text,
  size = 6,
  fontSize,
}: {
  status: Status | null
  text: string
  size?: number
  fontSize?: number
}) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center' }}>
      {status ? <Shape status={status} size={size} /> : null}
      <Text
        style={{
          color: status ? statusColour(status) : COLOURS.none,
          fontFamily: status ? 'Helvetica-Bold' : 'Helvetica',
          fontSize,
          lineHeight: 1.2,
        }}
      >
        {pdfText(text)}
      </Text>
    </View>
  )
}
