import { Page, Text, View } from '@react-pdf/renderer'
import type { Status } from '@/lib/metrics/scoring'
import type { Highlight, ReportModel } from '../report-types'
import { Delta } from './delta-text'
import { PageFrame } from './page-frame'
import { COLOURS, statusColour, styles } from './pdf-theme'
import { pdfText } from './pdf-text'
import { StatusMark } from './status-mark'

function HighlightItem({ item, status }: { item: Highlight; status: Status | null }) {
  return (
    <View wrap={false} style={{ marginBottom: 8, paddingBottom: 6, borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule }}>
      <Text style={styles.bold}>{pdfText(item.label)}</Text>
      <Text style={styles.small}>{pdfText(item.categoryLabel)}</Text>
      <Text style={{ marginTop: 2 }}>{pdfText(`${item.valueText} against target ${item.targetText}`)}</Text>
      <View style={{ flexDirection: 'row', alignItems: 'center' }}>
        <Text style={{ marginRight: 6 }}>{pdfText(`Score ${item.scoreText}`)}</Text>
        <StatusMark status={status} text={item.statusText} fontSize={8.5} />
      </View>
      <Text style={styles.small}>{pdfText(item.reason)}</Text>
    </View>
  )
}

function HighlightList({ title, items, empty, model }: { title: string; items: Highlight[]; empty: string; model: ReportModel }) {
  const statusOf = (key: string) => model.appendix.figures.find((f) => f.key === key)?.status ?? null
  return (
    <View style={{ flex: 1 }}>
      <Text style={styles.h2}>{title}</Text>
      {items.length === 0 ? (
        <Text style={styles.muted}>{empty}</Text>
      ) : (
        items.map((item) => <HighlightItem key={item.metricKey} item={item} status={statusOf(item.metricKey)} />)
      )}
    </View>
  )
}

const cell = { paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule } as const

function CategoryScores({ model }: { model: ReportModel }) {
  return (
    <View style={{ marginTop: 14 }}>
      <Text style={styles.h2}>Scores by category</Text>
      <View style={{ flexDirection: 'row', ...cell, fontSize: 8, color: COLOURS.muted }}>
        <Text style={{ flex: 1 }}>Category</Text>
        <Text style={{ width: 34, textAlign: 'right' }}>Score</Text>
        <Text style={{ width: 62, paddingLeft: 8 }}>Status</Text>
        <Text style={{ width: 40, textAlign: 'right' }}>vs prev.</Text>
        <Text style={{ width: 44, textAlign: 'right' }}>vs yr ago</Text>
      </View>
      {model.sections.map((s) => (
        <View key={s.key} style={{ flexDirection: 'row', alignItems: 'center', ...cell }}>
          <Text style={{ flex: 1 }}>{pdfText(s.label)}</Text>
          <Text style={{ width: 34, textAlign: 'right', fontFamily: 'Helvetica-Bold' }}>{pdfText(s.summary.scoreText)}</Text>
          <View style={{ width: 62, paddingLeft: 8 }}>
            <StatusMark status={s.summary.status} text={s.summary.statusText} fontSize={8.5} />
          </View>
          <View style={{ width: 40, alignItems: 'flex-end' }}>
            <Delta delta={s.summary.sincePrevious} />
          </View>
          <View style={{ width: 44, alignItems: 'flex-end' }}>
            <Delta delta={s.summary.sinceYearAgo} />
          </View>
        </View>
      ))}
      <Text style={[styles.small, { marginTop: 3 }]}>
        {pdfText(`Changes since ${model.meta.previousLabel} and since ${model.meta.yearAgoLabel}.`)}
      </Text>
    </View>
  )
}

/** Page 2: the overall score and its changes, the CTO's summary, and the biggest movers. */
export function SummaryPage({ model }: { model: ReportModel }) {
  const { meta, summary } = model
  const overall = summary.overall
  return (
    <Page size={model.meta.pageSize} orientation="landscape" style={styles.page}>
      <PageFrame meta={meta} />
      <Text style={styles.h1}>Executive summary</Text>
      <View style={{ flexDirection: 'row', marginTop: 8 }}>
        <View style={{ width: 270, marginRight: 28 }}>
          <Text style={styles.eyebrow}>Overall score</Text>
          <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
            <Text style={{ fontFamily: 'Helvetica-Bold', fontSize: 44, lineHeight: 1, color: statusColour(overall.status) }}>
              {pdfText(overall.scoreText)}
            </Text>
            <Text style={{ fontSize: 12, color: COLOURS.muted, marginLeft: 4, marginBottom: 4 }}>/ 100</Text>
          </View>
          <View style={{ marginTop: 6 }}>
            <StatusMark status={overall.status} text={overall.statusText} size={8} fontSize={11} />
          </View>
          <View style={{ marginTop: 6 }}>
            <Text>
              <Delta delta={overall.sincePrevious} /> {pdfText(`since ${meta.previousLabel}`)}
            </Text>
            <Text>
              <Delta delta={overall.sinceYearAgo} /> {pdfText(`since ${meta.yearAgoLabel}`)}
            </Text>
            <Text style={styles.small}>{pdfText(`Scored on ${overall.coverage}`)}</Text>
          </View>
          <CategoryScores model={model} />
        </View>
        <View style={{ flex: 1 }}>
          <Text style={styles.h2}>From the CTO</Text>
          <Text style={[styles.body, summary.ctoSummary ? {} : styles.muted]}>
            {pdfText(summary.ctoSummary || 'No summary was written for this quarter.')}
          </Text>
          <View style={{ flexDirection: 'row', marginTop: 14, gap: 20 }}>
            <HighlightList
              title="Biggest improvements"
              items={summary.improvements}
              model={model}
              empty="No figure's score rose since the previous quarter."
            />
            <HighlightList title="Biggest risks" items={summary.risks} model={model} empty="No figure is at risk or off track." />
          </View>
          <Text style={[styles.small, { marginTop: 4 }]}>{pdfText(summary.rule)}</Text>
        </View>
      </View>
    </Page>
  )
}
