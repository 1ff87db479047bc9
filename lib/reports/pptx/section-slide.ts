import type PptxGenJS from 'pptxgenjs'
import { formatScore } from '@/lib/metrics/format'
import type { ReportFigure, ReportMeta, ReportSection } from '../report-types'
import { nText } from '../pdf/meta-texts'
import { FONT, HEX, ROW_BORDER, SLIDE, cell, directionHex, headCell, newSlide, statusHex } from './pptx-theme'
import { restatementLine } from '../figure-notes'

/** The score series as the shown whole-number scores (the rule of every score text), null for a gap. */
export function chartScores(section: ReportSection): (number | null)[] {
  return section.trend.map((p) => (p.value === null ? null : Number(formatScore(p.value))))
}

function figureRow(f: ReportFigure): PptxGenJS.TableRow {
  const b = { border: ROW_BORDER }
  // Under the label: the DORA level and, for a figure changed after publication, the restatement.
  const notes = [
    ...(f.level ? [{ text: `DORA level: ${f.level}`, color: HEX.muted }] : []),
    ...(f.restatement ? [{ text: restatementLine(f.restatement), color: HEX.brand }] : []),
  ]
  const label: PptxGenJS.TableCell =
    notes.length > 0
      ? {
          text: [
            { text: f.label, options: { bold: true, breakLine: true } },
            ...notes.map((n, i) => ({ text: n.text, options: { fontSize: 9, color: n.color, breakLine: i < notes.length - 1 } })),
          ],
          options: { fontFace: FONT, fontSize: 10, valign: 'top', margin: [3, 4, 3, 4], ...b },
        }
      : cell(f.label, { bold: true, fontSize: 10, ...b })
  return [
    label,
    cell(f.valueText, { bold: true, align: 'right', fontSize: 10, ...b }),
    cell(f.targetText, { align: 'right', fontSize: 10, ...b }),
    cell(f.sincePrevious.text, { align: 'right', fontSize: 10, color: directionHex(f.sincePrevious.direction), ...b }),
    cell(f.sinceYearAgo.text, { align: 'right', fontSize: 10, color: directionHex(f.sinceYearAgo.direction), ...b }),
    cell(nText(f.n), { align: 'right', fontSize: 10, ...b }),
    cell(f.scoreText, { bold: true, align: 'right', fontSize: 10, ...b }),
    cell(f.statusText, { bold: f.status !== null, fontSize: 10, color: statusHex(f.status), ...b }),
  ]
}

// Where the table ends, estimated from its rows (PowerPoint sizes rows itself): a DORA figure's row has two lines.
const TABLE_TOP = 1.35
function belowTable(section: ReportSection): number {
  const rows = section.figures.reduce((h, f) => h + (f.level ? 0.4 : 0.25) + (f.restatement ? 0.3 : 0), 0.28)
  return Math.min(4.05, TABLE_TOP + rows + 0.25)
}

function addTrendChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, section: ReportSection, top: number): void {
  const labels = section.trend.map((p) => p.label)
  const target = section.trend.find((p) => p.target !== null)?.target
  // A null value is written as a blank cell and drawn as a gap; pptxgenjs's typings only say number.
  const scores = chartScores(section) as number[]
  const targets = section.trend.map((p) => p.target) as number[]
  const common = { lineSize: 2, lineDataSymbolSize: 6, displayBlanksAs: 'gap' }
  // Two line series in one native chart, editable in PowerPoint: the score, and the dashed on-track
  // line (a dash is per chart type in pptxgenjs, hence two line types in one plot area).
  const charts: PptxGenJS.IChartMulti[] = [
    {
      type: pptx.ChartType.line,
      data: [{ name: 'Category score', labels, values: scores }],
      options: { ...common, chartColors: [HEX.brand], lineDataSymbol: 'circle' },
    },
    {
      type: pptx.ChartType.line,
      data: [{ name: target === undefined ? 'On track' : `On track (${target})`, labels, values: targets }],
      options: { ...common, chartColors: [HEX.muted], lineDataSymbol: 'none', lineSize: 1.25, lineDash: 'dash' },
    },
  ]
  const options: PptxGenJS.IChartOpts = {
    x: SLIDE.margin,
    y: top,
    w: 7.3,
    h: SLIDE.height - 0.55 - top,
    fontFace: FONT,
    valAxisMinVal: 0,
    valAxisMaxVal: 100,
    valAxisMajorUnit: 25,
    valAxisLabelFontSize: 9,
    catAxisLabelFontSize: 9,
    valAxisLabelColor: HEX.muted,
    catAxisLabelColor: HEX.muted,
    valGridLine: { color: HEX.band, size: 0.75 },
    catGridLine: { style: 'none' },
    showLegend: true,
    legendPos: 'b',
    legendFontSize: 9,
    legendFontFace: FONT,
    showTitle: true,
    title: 'Category score, last eight quarters',
    titleFontSize: 12,
    titleFontFace: FONT,
    titleColor: HEX.ink,
    displayBlanksAs: 'gap',
  }
  // For a multi-type chart pptxgenjs takes the options as its second argument (its typings say data).
  slide.addChart(charts, options as unknown as unknown[])
}

/** One slide per category: score and status, the key figures, the eight-quarter trend and the commentary. */
export function addSectionSlide(pptx: PptxGenJS, meta: ReportMeta, section: ReportSection, number: number): void {
  const slide = newSlide(pptx, meta, section.label, `Section ${number}`)
  const s = section.summary
  const text = { fontFace: FONT, margin: 0, color: HEX.ink } as const
  slide.addText(
    [
      { text: s.scoreText, options: { fontSize: 36, bold: true, color: statusHex(s.status) } },
      { text: ' / 100  ', options: { fontSize: 13, color: HEX.muted } },
      { text: s.statusText, options: { fontSize: 16, bold: true, color: statusHex(s.status) } },
    ],
    { ...text, x: 8.3, y: 0.3, w: 4.53, h: 0.65, align: 'right', valign: 'bottom' },
  )
  slide.addText(
    [
      { text: s.sincePrevious.text, options: { color: directionHex(s.sincePrevious.direction) } },
      { text: ` since ${meta.previousLabel} · ` },
      { text: s.sinceYearAgo.text, options: { color: directionHex(s.sinceYearAgo.direction) } },
      { text: ` since ${meta.yearAgoLabel} · ${s.coverage}` },
    ],
    { ...text, x: 6.3, y: 0.95, w: 6.53, h: 0.3, fontSize: 10, align: 'right', color: HEX.muted },
  )
  const head = [
    headCell('Figure'),
    headCell('Value', { align: 'right' }),
    headCell('Target', { align: 'right' }),
    headCell(`vs ${meta.previousLabel}`, { align: 'right' }),
    headCell(`vs ${meta.yearAgoLabel}`, { align: 'right' }),
    headCell('n', { align: 'right' }),
    headCell('Score', { align: 'right' }),
    headCell('Status'),
  ]
  slide.addTable([head, ...section.figures.map(figureRow)], {
    x: SLIDE.margin,
    y: TABLE_TOP,
    w: 12.33,
    colW: [3.6, 1.2, 1.2, 1.35, 1.35, 0.7, 0.7, 2.23],
  })
  const top = belowTable(section)
  addTrendChart(pptx, slide, section, top)
  slide.addText('Commentary', { ...text, x: 8.1, y: top + 0.05, w: 4.73, h: 0.3, fontSize: 14, bold: true })
  slide.addText(commentaryRuns(section), {
    ...text,
    x: 8.1,
    y: top + 0.4,
    w: 4.73,
    h: SLIDE.height - 0.6 - (top + 0.4),
    fontSize: 12,
    valign: 'top',
    fit: 'shrink',
  })
  if (section.notes.length > 0) slide.addNotes(['Notes on the timeline:', ...section.notes].join('\n'))
}

/**
 * The commentary and, under it, the timeline's notes. A native PowerPoint chart cannot carry a
 * marker at a quarter (the page and the PDF mark the chart), so on the slide the notes are listed
 * beside the chart, each naming its day, and repeated in the speaker notes for the presenter.
 */
function commentaryRuns(section: ReportSection): PptxGenJS.TextProps[] {
  const commentary = section.commentary || 'No commentary was written for this quarter.'
  const hasNotes = section.notes.length > 0
  return [
    { text: commentary, options: { color: section.commentary ? HEX.ink : HEX.muted, breakLine: hasNotes } },
    ...(hasNotes
      ? [
          { text: 'Notes on the timeline', options: { bold: true, fontSize: 12, paraSpaceBefore: 8, breakLine: true } },
          ...section.notes.map((line, i) => ({
            text: `${i + 1}. ${line}`,
            options: { fontSize: 10, color: HEX.ink, breakLine: i < section.notes.length - 1 },
          })),
        ]
      : []),
  ]
}
