import type PptxGenJS from 'pptxgenjs'
import type { Highlight, ReportModel } from '../report-types'
import { FONT, HEX, ROW_BORDER, cell, directionHex, headCell, newSlide, statusHex } from './pptx-theme'

type Run = PptxGenJS.TextProps

function highlightRuns(items: Highlight[], model: ReportModel, empty: string): Run[] {
  if (items.length === 0) return [{ text: empty, options: { color: HEX.muted } }]
  const statusOf = (key: string) => model.appendix.figures.find((f) => f.key === key)?.status ?? null
  return items.flatMap((h): Run[] => [
    { text: h.label, options: { bold: true, breakLine: true } },
    { text: `${h.categoryLabel}`, options: { fontSize: 10, color: HEX.muted, breakLine: true } },
    { text: `${h.valueText} against target ${h.targetText} · score ${h.scoreText} · ` },
    { text: h.statusText, options: { bold: true, color: statusHex(statusOf(h.metricKey)), breakLine: true } },
    { text: h.reason, options: { fontSize: 10, color: HEX.muted, breakLine: true, paraSpaceAfter: 8 } },
  ])
}

/** Slide 2: the overall score and its changes, scores by category, the CTO's summary and the biggest movers. */
export function addSummarySlide(pptx: PptxGenJS, model: ReportModel): void {
  const { meta, summary } = model
  const o = summary.overall
  const slide = newSlide(pptx, meta, 'Executive summary')
  const text = { fontFace: FONT, color: HEX.ink, margin: 0, valign: 'top' } as const

  slide.addText('OVERALL SCORE', { ...text, x: 0.5, y: 1.3, w: 3, h: 0.25, fontSize: 10, color: HEX.muted, charSpacing: 1 })
  slide.addText(
    [
      { text: o.scoreText, options: { fontSize: 54, bold: true, color: statusHex(o.status) } },
      { text: ' / 100', options: { fontSize: 16, color: HEX.muted } },
    ],
    { ...text, x: 0.5, y: 1.55, w: 3.5, h: 0.9, valign: 'bottom' },
  )
  slide.addText(
    [
      { text: o.statusText, options: { bold: true, fontSize: 16, color: statusHex(o.status), breakLine: true } },
      { text: o.sincePrevious.text, options: { color: directionHex(o.sincePrevious.direction) } },
      { text: ` since ${meta.previousLabel}`, options: { breakLine: true } },
      { text: o.sinceYearAgo.text, options: { color: directionHex(o.sinceYearAgo.direction) } },
      { text: ` since ${meta.yearAgoLabel}`, options: { breakLine: true } },
      { text: `Scored on ${o.coverage}`, options: { fontSize: 10, color: HEX.muted } },
    ],
    { ...text, x: 0.5, y: 2.5, w: 4.2, h: 1.2, fontSize: 13 },
  )

  const rows: PptxGenJS.TableRow[] = [
    [
      headCell('Category'),
      headCell('Score', { align: 'right' }),
      headCell('Status'),
      headCell('vs prev.', { align: 'right' }),
      headCell('vs yr ago', { align: 'right' }),
    ],
    ...model.sections.map((s) => [
      cell(s.label, { border: ROW_BORDER }),
      cell(s.summary.scoreText, { bold: true, align: 'right', border: ROW_BORDER }),
      cell(s.summary.statusText, { bold: true, color: statusHex(s.summary.status), border: ROW_BORDER }),
      cell(s.summary.sincePrevious.text, { align: 'right', color: directionHex(s.summary.sincePrevious.direction), border: ROW_BORDER }),
      cell(s.summary.sinceYearAgo.text, { align: 'right', color: directionHex(s.summary.sinceYearAgo.direction), border: ROW_BORDER }),
    ]),
  ]
  slide.addTable(rows, { x: 0.5, y: 3.9, w: 4.6, colW: [1.9, 0.6, 0.9, 0.6, 0.6] })
  slide.addText(`Changes since ${meta.previousLabel} and since ${meta.yearAgoLabel}.`, {
    ...text,
    x: 0.5,
    y: 6.6,
    w: 4.6,
    h: 0.25,
    fontSize: 9,
    color: HEX.muted,
  })

  slide.addText('From the CTO', { ...text, x: 5.6, y: 1.3, w: 7.2, h: 0.3, fontSize: 14, bold: true })
  slide.addText(summary.ctoSummary || 'No summary was written for this quarter.', {
    ...text,
    x: 5.6,
    y: 1.65,
    w: 7.2,
    h: 1.2,
    fontSize: 12,
    color: summary.ctoSummary ? HEX.ink : HEX.muted,
    fit: 'shrink',
  })
  slide.addText('Biggest improvements', { ...text, x: 5.6, y: 2.95, w: 3.5, h: 0.3, fontSize: 14, bold: true })
  slide.addText(highlightRuns(summary.improvements, model, "No figure's score rose since the previous quarter."), {
    ...text,
    x: 5.6,
    y: 3.3,
    w: 3.5,
    h: 3.2,
    fontSize: 11,
  })
  slide.addText('Biggest risks', { ...text, x: 9.3, y: 2.95, w: 3.5, h: 0.3, fontSize: 14, bold: true })
  slide.addText(highlightRuns(summary.risks, model, 'No figure is at risk or off track.'), {
    ...text,
    x: 9.3,
    y: 3.3,
    w: 3.5,
    h: 3.2,
    fontSize: 11,
  })
  slide.addText(summary.rule, { ...text, x: 5.6, y: 6.55, w: 7.2, h: 0.4, fontSize: 9, color: HEX.muted })
}
