import type PptxGenJS from 'pptxgenjs'
import type { ReportModel } from '../report-types'
import { coverNotices, isoDay, publicationLine } from '../pdf/meta-texts'
import { FONT, HEX, SLIDE, newSlide } from './pptx-theme'

/** Slide 1: organisation, quarter, date prepared and by whom. */
export function addCoverSlide(pptx: PptxGenJS, model: ReportModel): void {
  const { meta } = model
  const slide = newSlide(pptx, meta, null)
  const x = SLIDE.margin + 0.35
  slide.addShape('rect', { x: SLIDE.margin, y: 2.0, w: 0.08, h: 2.0, fill: { color: HEX.brand }, line: { color: HEX.brand } })
  slide.addText('ENGINEERING SCORECARD · BOARD REPORT', {
    x,
    y: 2.0,
    w: 10,
    h: 0.3,
    fontFace: FONT,
    fontSize: 11,
    color: HEX.muted,
    charSpacing: 1,
    margin: 0,
  })
  slide.addText(meta.orgName, { x, y: 2.35, w: 11.5, h: 0.8, fontFace: FONT, fontSize: 40, bold: true, color: HEX.ink, margin: 0 })
  slide.addText(meta.quarterLabel, { x, y: 3.15, w: 10, h: 0.5, fontFace: FONT, fontSize: 24, color: HEX.ink, margin: 0 })
  const scope = meta.scopeId === 'org' ? 'Organisation-wide' : meta.scopeName
  slide.addText(`${meta.calendarSpan} · ${scope}`, {
    x,
    y: 3.65,
    w: 10,
    h: 0.35,
    fontFace: FONT,
    fontSize: 14,
    color: HEX.muted,
    margin: 0,
  })
  const facts: [string, string][] = [
    ['Date prepared', isoDay(meta.preparedAt)],
    ['Prepared by', meta.preparedBy],
    ['Status', publicationLine(meta)],
    ['Benchmarks', meta.benchmark.title],
  ]
  slide.addTable(
    facts.map(([label, value]) => [
      { text: label, options: { color: HEX.muted } },
      { text: value, options: { color: HEX.ink } },
    ]),
    { x, y: 4.6, w: 8, colW: [2, 6], fontFace: FONT, fontSize: 13, margin: [2, 0, 2, 0], border: { type: 'none' } },
  )
  coverNotices(meta).forEach((notice, i) => {
    slide.addText(notice, {
      x,
      y: 0.5 + i * 0.7,
      w: 12,
      h: 0.6,
      fontFace: FONT,
      fontSize: 13,
      bold: true,
      color: HEX.brand,
      line: { color: HEX.brand, width: 1 },
      margin: 6,
      fit: 'shrink',
    })
  })
}
