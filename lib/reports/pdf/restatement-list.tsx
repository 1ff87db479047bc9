import { Text, View } from '@react-pdf/renderer'
import type { ReportModel } from '../report-types'
import { isoDay } from './meta-texts'
import { COLOURS, styles } from './pdf-theme'
import { pdfText } from './pdf-text'

const W = { label: 200, value: 80, at: 64 }
const right = { textAlign: 'right' } as const
const line = { flexDirection: 'row', paddingVertical: 2.5, borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule, fontSize: 8.5 } as const

/**
 * Every figure changed after the quarter was published: what the board was shown, what it is now,
 * and why. A published quarter with none says so, so the absence is a statement, not an omission.
 */
export function RestatementList({ model }: { model: ReportModel }) {
  const { restatements } = model.appendix
  if (!model.meta.published && restatements.length === 0) return null
  return (
    <View style={{ marginBottom: 14 }}>
      <Text style={styles.eyebrow}>Restatements</Text>
      <Text style={styles.h2}>Figures changed since publication</Text>
      {restatements.length === 0 ? (
        <Text style={styles.body}>No figure has been restated since this quarter was published.</Text>
      ) : (
        <>
          <View style={{ ...line, color: COLOURS.muted, fontSize: 7.5 }}>
            <Text style={{ width: W.label }}>Figure</Text>
            <Text style={{ width: W.value, ...right }}>Published</Text>
            <Text style={{ width: W.value, ...right }}>Now</Text>
            <Text style={{ width: W.at, paddingLeft: 8 }}>Restated</Text>
            <Text style={{ flex: 1 }}>Reason</Text>
          </View>
          {restatements.map((r) => (
            <View key={r.key} style={line} wrap={false}>
              <Text style={{ width: W.label, fontFamily: 'Helvetica-Bold' }}>{pdfText(r.label)}</Text>
              <Text style={{ width: W.value, ...right }}>{pdfText(r.publishedText)}</Text>
              <Text style={{ width: W.value, ...right }}>{pdfText(r.newText)}</Text>
              <Text style={{ width: W.at, paddingLeft: 8 }}>{isoDay(r.at)}</Text>
              <Text style={{ flex: 1 }}>{pdfText(r.reason)}</Text>
            </View>
          ))}
        </>
      )}
    </View>
  )
}
