import { Line, Page, Svg, Text, View } from '@react-pdf/renderer'
import type { ReportMeta, ReportSection } from '../report-types'
import { Delta } from './delta-text'
import { FigureTable } from './figure-table'
import { PageFrame } from './page-frame'
import { COLOURS, PAGE_POINTS, MARGIN, statusColour, styles } from './pdf-theme'
import { pdfText } from './pdf-text'
import { StatusMark } from './status-mark'
import { TrendChart } from './trend-chart'

function LegendLine({ dashed, colour, label }: { dashed?: boolean; colour: string; label: string }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginRight: 14 }}>
      <Svg width={18} height={6} viewBox="0 0 18 6" style={{ marginRight: 4 }}>
        <Line x1={0} x2={18} y1={3} y2={3} stroke={colour} strokeWidth={dashed ? 1 : 1.8} strokeDasharray={dashed ? '4 3' : undefined} />
      </Svg>
      <Text style={styles.small}>{pdfText(label)}</Text>
    </View>
  )
}

function ScoreBlock({ section, meta }: { section: ReportSection; meta: ReportMeta }) {
  const s = section.summary
  return (
    <View style={{ alignItems: 'flex-end' }}>
      <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
        <Text style={{ fontFamily: 'Helvetica-Bold', fontSize: 28, lineHeight: 1, color: statusColour(s.status) }}>
          {pdfText(s.scoreText)}
        </Text>
        <Text style={{ fontSize: 10, color: COLOURS.muted, marginLeft: 3, marginBottom: 2 }}>/ 100</Text>
      </View>
      <StatusMark status={s.status} text={s.statusText} size={7} fontSize={10} />
      <Text style={styles.small}>
        <Delta delta={s.sincePrevious} /> {pdfText(`since ${meta.previousLabel} · `)}
        <Delta delta={s.sinceYearAgo} /> {pdfText(`since ${meta.yearAgoLabel} · ${s.coverage}`)}
      </Text>
    </View>
  )
}

/** One category: score and status, the figures table, the eight-quarter trend and the commentary. */
export function SectionPage({ section, meta, number }: { section: ReportSection; meta: ReportMeta; number: number }) {
  const chartWidth = Math.round((PAGE_POINTS[meta.pageSize].width - 2 * MARGIN.x) * 0.55)
  const target = section.trend.find((p) => p.target !== null)?.target
  return (
    <Page size={meta.pageSize} orientation="landscape" style={styles.page}>
      <PageFrame meta={meta} />
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', marginBottom: 10 }}>
        <View>
          <Text style={styles.eyebrow}>{`Section ${number}`}</Text>
          <Text style={styles.h1}>{pdfText(section.label)}</Text>
        </View>
        <ScoreBlock section={section} meta={meta} />
      </View>
      <FigureTable figures={section.figures} meta={meta} />
      <View style={{ flexDirection: 'row', marginTop: 14 }}>
        <View wrap={false} style={{ width: chartWidth, marginRight: 22 }}>
          <Text style={styles.h2}>Category score, last eight quarters</Text>
          <TrendChart trend={section.trend} marks={section.noteMarks} width={chartWidth} height={170} />
          <View style={{ flexDirection: 'row', marginTop: 3, marginLeft: 26 }}>
            <LegendLine colour={COLOURS.brand} label="Category score" />
            <LegendLine dashed colour={COLOURS.muted} label={target === undefined ? 'On track' : `On track (${target})`} />
            <Text style={styles.small}>A gap is a quarter without a score.</Text>
          </View>
          {section.noteMarks.length > 0 ? (
            <Text style={[styles.small, { marginLeft: 26, marginTop: 2 }]}>
              A numbered diamond marks the notes of that number beside the chart.
            </Text>
          ) : null}
        </View>
        <View style={{ flex: 1 }}>
          <Text style={styles.h2}>Commentary</Text>
          <Text style={[styles.body, section.commentary ? {} : styles.muted]}>
            {pdfText(section.commentary || 'No commentary was written for this quarter.')}
          </Text>
          {section.notes.length > 0 ? <Text style={[styles.h2, { marginTop: 8 }]}>Notes on the timeline</Text> : null}
          {/* Numbered: the markers on the chart carry these numbers, since paper cannot show a note on hover. */}
          {section.notes.map((line, i) => (
            <Text key={line} style={styles.body}>
              {pdfText(`${i + 1}. ${line}`)}
            </Text>
          ))}
        </View>
      </View>
    </Page>
  )
}
