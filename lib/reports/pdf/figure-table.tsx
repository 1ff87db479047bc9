import { Text, View } from '@react-pdf/renderer'
import type { ReportFigure, ReportMeta } from '../report-types'
import { Delta } from './delta-text'
import { nText } from './meta-texts'
import { restatementLine } from '../figure-notes'
import { COLOURS, styles } from './pdf-theme'
import { pdfText } from './pdf-text'
import { StatusMark } from './status-mark'

const COLUMNS = { value: 66, target: 66, previous: 66, yearAgo: 66, n: 38, score: 36, status: 104 }
const right = { textAlign: 'right' } as const
const line = {
  flexDirection: 'row',
  alignItems: 'flex-start',
  paddingVertical: 4,
  borderBottomWidth: 0.5,
  borderBottomColor: COLOURS.rule,
} as const

function Row({ figure }: { figure: ReportFigure }) {
  return (
    <View wrap={false} style={line}>
      <View style={{ flex: 1, paddingRight: 8 }}>
        <Text style={styles.bold}>{pdfText(figure.label)}</Text>
        {figure.level ? <Text style={styles.small}>{pdfText(`DORA level: ${figure.level}`)}</Text> : null}
        {figure.restatement ? (
          <Text style={[styles.small, { color: COLOURS.brand }]}>{pdfText(restatementLine(figure.restatement))}</Text>
        ) : null}
      </View>
      <Text style={{ width: COLUMNS.value, ...right, fontFamily: 'Helvetica-Bold' }}>{pdfText(figure.valueText)}</Text>
      <Text style={{ width: COLUMNS.target, ...right }}>{pdfText(figure.targetText)}</Text>
      <View style={{ width: COLUMNS.previous, alignItems: 'flex-end' }}>
        <Delta delta={figure.sincePrevious} />
      </View>
      <View style={{ width: COLUMNS.yearAgo, alignItems: 'flex-end' }}>
        <Delta delta={figure.sinceYearAgo} />
      </View>
      <Text style={{ width: COLUMNS.n, ...right }}>{pdfText(nText(figure.n))}</Text>
      <Text style={{ width: COLUMNS.score, ...right, fontFamily: 'Helvetica-Bold' }}>{pdfText(figure.scoreText)}</Text>
      <View style={{ width: COLUMNS.status, paddingLeft: 10 }}>
        <StatusMark status={figure.status} text={figure.statusText} fontSize={8.5} />
      </View>
    </View>
  )
}

/** A category's key figures against target, with changes since the previous quarter and a year before. */
export function FigureTable({ figures, meta }: { figures: ReportFigure[]; meta: ReportMeta }) {
  const head = { fontSize: 7.5, color: COLOURS.muted }
  return (
    <View>
      <View style={{ ...line, borderBottomColor: COLOURS.faint }}>
        <Text style={{ flex: 1, ...head }}>Figure</Text>
        <Text style={{ width: COLUMNS.value, ...right, ...head }}>Value</Text>
        <Text style={{ width: COLUMNS.target, ...right, ...head }}>Target</Text>
        <Text style={{ width: COLUMNS.previous, ...right, ...head }}>{pdfText(`vs ${meta.previousLabel}`)}</Text>
        <Text style={{ width: COLUMNS.yearAgo, ...right, ...head }}>{pdfText(`vs ${meta.yearAgoLabel}`)}</Text>
        <Text style={{ width: COLUMNS.n, ...right, ...head }}>n</Text>
        <Text style={{ width: COLUMNS.score, ...right, ...head }}>Score</Text>
        <Text style={{ width: COLUMNS.status, paddingLeft: 10, ...head }}>Status</Text>
      </View>
      {figures.map((f) => (
        <Row key={f.key} figure={f} />
      ))}
    </View>
  )
}
