import { Text, View } from '@react-pdf/renderer'
import type { ReportMeta } from '../report-types'
import { COLOURS, MARGIN, PAGE_POINTS } from './pdf-theme'
import { footerLine, scopeLine } from './meta-texts'
import { pdfText } from './pdf-text'

const edge = { position: 'absolute', left: MARGIN.x, right: MARGIN.x, flexDirection: 'row', justifyContent: 'space-between' } as const

/** Running header and footer, repeated on every page a <Page> wraps onto. */
export function PageFrame({ meta, header = true }: { meta: ReportMeta; header?: boolean }) {
  return (
    <>
      {header ? (
        <View
          fixed
          style={{
            ...edge,
            top: 22,
            borderBottomWidth: 0.5,
            borderBottomColor: COLOURS.rule,
            paddingBottom: 5,
            fontSize: 8,
            color: COLOURS.muted,
          }}
        >
          <Text>{pdfText(scopeLine(meta))}</Text>
          <Text>{pdfText(`Board report · ${meta.quarterLabel} (${meta.calendarSpan})`)}</Text>
        </View>
      ) : null}
      {/* Placed from the top: placed with `bottom`, react-pdf 4.9 did not draw it at all. */}
      <View fixed style={{ ...edge, top: PAGE_POINTS[meta.pageSize].height - 30, fontSize: 8, color: COLOURS.muted }}>
        <Text style={{ maxWidth: '85%' }}>{pdfText(footerLine(meta))}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  )
}
