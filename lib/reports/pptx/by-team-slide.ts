import type PptxGenJS from 'pptxgenjs'
import type { ReportMeta, ReportTeamRow } from '../report-types'
import { FONT, HEX, ROW_BORDER, SLIDE, cell, directionHex, headCell, newSlide, statusHex } from './pptx-theme'

const TOP = 1.35
const CHART_WIDTH = 5.4

/** The overall scores the chart plots, a team without one as a gap (a blank cell), never as 0. */
export function teamChartScores(rows: readonly ReportTeamRow[]): (number | null)[] {
  return rows.map((r) => (r.overall.score === null ? null : Number(r.overall.scoreText)))
}

function addOverallChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, rows: readonly ReportTeamRow[]): void {
  // Horizontal bars are drawn bottom-up, so the data goes in reversed to read in the table's order.
  // pptxgenjs's typings only say number; a null is written as a blank cell.
  const values = teamChartScores(rows).reverse() as number[]
  const labels = rows.map((r) => r.name).reverse()
  slide.addChart(pptx.ChartType.bar, [{ name: 'Overall score', labels, values }], {
    x: SLIDE.margin,
    y: TOP,
    w: CHART_WIDTH,
    h: SLIDE.height - 0.6 - TOP,
    barDir: 'bar',
    valAxisMinVal: 0,
    valAxisMaxVal: 100,
    valAxisMajorUnit: 25,
    chartColors: [HEX.brand],
    showValue: true,
    dataLabelFontSize: 9,
    dataLabelFontFace: FONT,
    valAxisLabelFontSize: 9,
    catAxisLabelFontSize: 10,
    catAxisLabelFontFace: FONT,
    valAxisLabelColor: HEX.muted,
    catAxisLabelColor: HEX.ink,
    valGridLine: { color: HEX.band, size: 0.75 },
    showTitle: true,
    title: 'Overall score by team',
    titleFontSize: 12,
    titleFontFace: FONT,
    titleColor: HEX.ink,
  })
}

function teamRow(row: ReportTeamRow): PptxGenJS.TableRow {
  const opts = { border: ROW_BORDER, fontSize: 10 }
  if (!row.hasFigures) return [cell(row.name, { ...opts, bold: true }), cell('No figures', { ...opts, color: HEX.muted, colspan: 9 })]
  const o = row.overall
  return [
    cell(row.name, { ...opts, bold: true }),
    cell(o.scoreText, { ...opts, bold: true, align: 'right' }),
    cell(o.statusText, { ...opts, color: statusHex(o.status) }),
    cell(o.sincePrevious.text, { ...opts, align: 'right', color: directionHex(o.sincePrevious.direction) }),
    ...row.categories.map((c) => cell(c.scoreText, { ...opts, align: 'right', color: statusHex(c.status) })),
  ]
}

/** Teams on one "By team" slide: each table row is about 0.3 in tall, and 15 of them fill the slide below its title. */
export const TEAMS_PER_SLIDE = 15

function addTeamTable(slide: PptxGenJS.Slide, meta: ReportMeta, rows: readonly ReportTeamRow[]): void {
  const categories = rows[0].categories
  const head = [
    headCell('Team'),
    headCell('Overall', { align: 'right' }),
    headCell('Status'),
    headCell(`vs ${meta.previousLabel}`, { align: 'right' }),
    ...categories.map((c) => headCell(c.label, { align: 'right', fontSize: 8 })),
  ]
  const left = SLIDE.margin + CHART_WIDTH + 0.2
  slide.addTable([head, ...rows.map(teamRow)], {
    x: left,
    y: TOP,
    w: SLIDE.width - SLIDE.margin - left,
    colW: [1.35, 0.65, 0.9, 0.75, ...categories.map(() => 0.55)],
  })
}

/**
 * The organisation's deck only: a native bar chart of each team's overall score, and the scores by
 * category. Past TEAMS_PER_SLIDE teams the chart and the table continue on further slides, each
 * saying which teams it holds, rather than running off the slide.
 */
export function addByTeamSlides(pptx: PptxGenJS, meta: ReportMeta, rows: readonly ReportTeamRow[]): void {
  if (rows.length === 0) {
    newSlide(pptx, meta, 'By team', meta.quarterLabel).addText('There are no active teams to compare.', {
      x: SLIDE.margin,
      y: TOP,
      w: 8,
      h: 0.4,
      fontFace: FONT,
      fontSize: 14,
      color: HEX.muted,
    })
    return
  }
  const slides = Math.ceil(rows.length / TEAMS_PER_SLIDE)
  for (let i = 0; i < slides; i++) {
    const part = rows.slice(i * TEAMS_PER_SLIDE, (i + 1) * TEAMS_PER_SLIDE)
    const first = i * TEAMS_PER_SLIDE + 1
    const eyebrow = slides > 1 ? `${meta.quarterLabel} · teams ${first}–${first + part.length - 1} of ${rows.length}` : meta.quarterLabel
    const slide = newSlide(pptx, meta, i === 0 ? 'By team' : 'By team (continued)', eyebrow)
    addOverallChart(pptx, slide, part)
    addTeamTable(slide, meta, part)
  }
}
