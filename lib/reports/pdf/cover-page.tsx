import { Page, Text, View } from '@react-pdf/renderer'
import type { ReportModel } from '../report-types'
import { coverNotices, isoDay, publicationLine } from './meta-texts'
import { PageFrame } from './page-frame'
import { COLOURS, styles } from './pdf-theme'
import { pdfText } from './pdf-text'

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ flexDirection: 'row', marginBottom: 5 }}>
      <Text style={{ width: 110, color: COLOURS.muted }}>{label}</Text>
      <Text style={{ flex: 1 }}>{pdfText(value)}</Text>
    </View>
  )
}

/** Page 1: who the report is for, which quarter, when and by whom it was prepared. */
export function CoverPage({ model }: { model: ReportModel }) {
  const { meta } = model
  const scope = meta.scopeId === 'org' ? 'Organisation-wide' : meta.scopeName
  return (
    <Page size={model.meta.pageSize} orientation="landscape" style={styles.page}>
      <PageFrame meta={meta} header={false} />
      <View style={{ flex: 1, justifyContent: 'center' }}>
        <View style={{ borderLeftWidth: 4, borderLeftColor: COLOURS.brand, paddingLeft: 18 }}>
          <Text style={styles.eyebrow}>Engineering scorecard · Board report</Text>
          <Text style={{ fontFamily: 'Helvetica-Bold', fontSize: 30, marginBottom: 6, lineHeight: 1.15 }}>{pdfText(meta.orgName)}</Text>
          <Text style={{ fontSize: 18, lineHeight: 1.2, marginBottom: 2 }}>{pdfText(meta.quarterLabel)}</Text>
          <Text style={{ fontSize: 11, lineHeight: 1.3, color: COLOURS.muted }}>{pdfText(`${meta.calendarSpan} · ${scope}`)}</Text>
        </View>
        <View style={{ marginTop: 48, paddingLeft: 22, fontSize: 10 }}>
          <Fact label="Date prepared" value={isoDay(meta.preparedAt)} />
          <Fact label="Prepared by" value={meta.preparedBy} />
          <Fact label="Status" value={publicationLine(meta)} />
          <Fact label="Benchmarks" value={meta.benchmark.title} />
        </View>
        {coverNotices(meta).map((notice) => (
          <Text
            key={notice}
            style={{
              marginTop: 10,
              marginLeft: 22,
              padding: 6,
              fontSize: 10,
              fontFamily: 'Helvetica-Bold',
              color: COLOURS.brand,
              borderWidth: 1,
              borderColor: COLOURS.brand,
            }}
          >
            {pdfText(notice)}
          </Text>
        ))}
      </View>
    </Page>
  )
}
