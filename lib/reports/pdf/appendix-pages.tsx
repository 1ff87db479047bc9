import { Page, Text, View } from '@react-pdf/renderer'
import { CATEGORIES } from '@/lib/metrics/categories'
import type { ReportFigure, ReportModel } from '../report-types'
import { isoDay } from './meta-texts'
import { PageFrame } from './page-frame'
import { COLOURS, styles } from './pdf-theme'
import { pdfText } from './pdf-text'
import { StatusMark } from './status-mark'
import { RestatementList } from './restatement-list'
import { appendixLabel } from '../figure-notes'

const W = { value: 66, unit: 62, target: 66, score: 36, status: 118, source: 52, changed: 92 }
const right = { textAlign: 'right' } as const
const line = {
  flexDirection: 'row',
  alignItems: 'flex-start',
  paddingVertical: 2.5,
  borderBottomWidth: 0.5,
  borderBottomColor: COLOURS.rule,
} as const

function Head() {
  const head = { fontSize: 7.5, color: COLOURS.muted }
  return (
    <View style={{ ...line, borderBottomColor: COLOURS.faint }}>
      <Text style={{ flex: 1, ...head }}>Figure</Text>
      <Text style={{ width: W.value, ...right, ...head }}>Value</Text>
      <Text style={{ width: W.unit, paddingLeft: 8, ...head }}>Unit</Text>
      <Text style={{ width: W.target, ...right, ...head }}>Target</Text>
      <Text style={{ width: W.score, ...right, ...head }}>Score</Text>
      <Text style={{ width: W.status, paddingLeft: 10, ...head }}>Status</Text>
      <Text style={{ width: W.source, ...head }}>Source</Text>
      <Text style={{ width: W.changed, ...head }}>Last changed</Text>
    </View>
  )
}

function Row({ f }: { f: ReportFigure }) {
  return (
    <View wrap={false} style={{ ...line, fontSize: 8.5 }}>
      <Text style={{ flex: 1, paddingRight: 6 }}>{pdfText(appendixLabel(f.label, f.restatement))}</Text>
      <Text style={{ width: W.value, ...right, fontFamily: 'Helvetica-Bold' }}>{pdfText(f.valueText)}</Text>
      <Text style={{ width: W.unit, paddingLeft: 8, color: COLOURS.muted }}>{pdfText(f.unitLabel)}</Text>
      <Text style={{ width: W.target, ...right }}>{pdfText(f.targetText)}</Text>
      <Text style={{ width: W.score, ...right }}>{pdfText(f.scoreText)}</Text>
      <View style={{ width: W.status, paddingLeft: 10 }}>
        <StatusMark status={f.status} text={f.statusText} size={5.5} fontSize={8} />
      </View>
      <Text style={{ width: W.source }}>{pdfText(f.source ?? '—')}</Text>
      <Text style={{ width: W.changed }}>
        {pdfText(f.updatedAt ? `${isoDay(f.updatedAt)}${f.updatedBy ? ` ${f.updatedBy}` : ''}` : '—')}
      </Text>
    </View>
  )
}

// Whole categories per page, so every page starts with the column heads (a wrapped page would not).
// Measured in rows; a category's heading takes about 1.2 rows. Wrapping stays on as a safety net.
const ROWS_PER_PAGE = 20
const HEADING_ROWS = 1.2

type Group = { key: string; label: string; rows: ReportFigure[] }

function pagesOf(figures: ReportFigure[]): Group[][] {
  const pages: Group[][] = [[]]
  let count = 0
  for (const c of CATEGORIES) {
    const rows = figures.filter((f) => f.category === c.key)
    if (rows.length === 0) continue
    const size = rows.length + HEADING_ROWS
    if (count > 0 && count + size > ROWS_PER_PAGE) {
      pages.push([])
      count = 0
    }
    pages.at(-1)!.push({ key: c.key, label: c.label, rows })
    count += size
  }
  return pages
}

/** Every figure of the quarter in one table, grouped by category, then the scoring method. */
export function AppendixPages({ model }: { model: ReportModel }) {
  const { meta, appendix } = model
  const { method } = appendix
  return (
    <>
      {pagesOf(appendix.figures).map((groups, i) => (
        <Page key={groups[0]?.key ?? i} size={meta.pageSize} orientation="landscape" style={styles.page} wrap>
          <PageFrame meta={meta} />
          <Text style={styles.eyebrow}>Appendix A</Text>
          <Text style={[styles.h1, { marginBottom: 8 }]}>{i === 0 ? 'All figures' : 'All figures (continued)'}</Text>
          <Head />
          {groups.map((g) => (
            <View key={g.key}>
              <Text
                style={{ fontFamily: 'Helvetica-Bold', fontSize: 8.5, color: COLOURS.brand, paddingTop: 6, paddingBottom: 1 }}
                minPresenceAhead={20}
              >
                {pdfText(g.label)}
              </Text>
              {g.rows.map((f) => (
                <Row key={f.key} f={f} />
              ))}
            </View>
          ))}
        </Page>
      ))}
      <Page size={meta.pageSize} orientation="landscape" style={styles.page} wrap>
        <PageFrame meta={meta} />
        <RestatementList model={model} />
        <Text style={styles.eyebrow}>Appendix B</Text>
        <Text style={styles.h1}>Method</Text>
        <Text style={[styles.body, { marginBottom: 8 }]}>
          {pdfText(`Benchmark set: ${method.benchmark.title}. Source: ${method.benchmark.source}.`)}
        </Text>
        {method.rules.map((rule) => (
          <View key={rule} style={{ flexDirection: 'row', marginBottom: 4 }} wrap={false}>
            <Text style={{ width: 12, color: COLOURS.muted }}>•</Text>
            <Text style={[styles.body, { flex: 1 }]}>{pdfText(rule)}</Text>
          </View>
        ))}
        <Text style={[styles.h2, { marginTop: 10 }]}>Formulas</Text>
        {method.formulas.map((f) => (
          <View
            key={f.label}
            wrap={false}
            style={{ flexDirection: 'row', paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: COLOURS.band, fontSize: 8.5 }}
          >
            <Text style={{ width: 220, fontFamily: 'Helvetica-Bold' }}>{pdfText(f.label)}</Text>
            <Text style={{ flex: 1 }}>{pdfText(f.formula)}</Text>
          </View>
        ))}
      </Page>
    </>
  )
}
