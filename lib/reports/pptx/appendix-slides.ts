import type PptxGenJS from 'pptxgenjs'
import type { ReportFigure, ReportModel } from '../report-types'
import { isoDay } from '../pdf/meta-texts'
import { FONT, HEX, ROW_BORDER, SLIDE, cell, headCell, newSlide, statusHex } from './pptx-theme'
import { appendixLabel } from '../figure-notes'

/** Figures per appendix slide: at 10 pt, 15 rows and the head fill the slide above the footer. */
export const APPENDIX_ROWS_PER_SLIDE = 15

/** The appendix split into slides of at most APPENDIX_ROWS_PER_SLIDE figures, in report order. */
export function appendixChunks(figures: readonly ReportFigure[]): ReportFigure[][] {
  const chunks: ReportFigure[][] = []
  for (let i = 0; i < figures.length; i += APPENDIX_ROWS_PER_SLIDE) chunks.push(figures.slice(i, i + APPENDIX_ROWS_PER_SLIDE))
  return chunks
}

function figureRow(f: ReportFigure): PptxGenJS.TableRow {
  const o = { fontSize: 10, border: ROW_BORDER }
  return [
    cell(appendixLabel(f.label, f.restatement), o),
    cell(f.categoryLabel, { ...o, color: HEX.muted }),
    cell(f.valueText, { ...o, bold: true, align: 'right' }),
    cell(f.unitLabel, { ...o, color: HEX.muted }),
    cell(f.targetText, { ...o, align: 'right' }),
    cell(f.scoreText, { ...o, align: 'right' }),
    cell(f.statusText, { ...o, bold: f.status !== null, color: statusHex(f.status) }),
    cell(f.source ?? '—', o),
    cell(f.updatedAt ? `${isoDay(f.updatedAt)}${f.updatedBy ? ` ${f.updatedBy}` : ''}` : '—', o),
  ]
}

/** Every figure of the quarter in a table over as many slides as it needs, then the method. */
export function addAppendixSlides(pptx: PptxGenJS, model: ReportModel): void {
  const { meta } = model
  const chunks = appendixChunks(model.appendix.figures)
  chunks.forEach((chunk, i) => {
    const slide = newSlide(pptx, meta, chunks.length > 1 ? `All figures (${i + 1} of ${chunks.length})` : 'All figures', 'Appendix A')
    const head = [
      headCell('Figure'),
      headCell('Category'),
      headCell('Value', { align: 'right' }),
      headCell('Unit'),
      headCell('Target', { align: 'right' }),
      headCell('Score', { align: 'right' }),
      headCell('Status'),
      headCell('Source'),
      headCell('Last changed'),
    ]
    slide.addTable([head, ...chunk.map(figureRow)], {
      x: SLIDE.margin,
      y: 1.3,
      w: 12.33,
      colW: [3.0, 1.7, 1.05, 1.1, 1.05, 0.6, 1.63, 0.7, 1.5],
    })
  })
  addRestatementSlide(pptx, model)
  addMethodSlide(pptx, model)
}

/** The figures changed after publication, with what the board was shown; a published quarter with none says so. */
function addRestatementSlide(pptx: PptxGenJS, model: ReportModel): void {
  const { restatements } = model.appendix
  if (!model.meta.published && restatements.length === 0) return
  const slide = newSlide(pptx, model.meta, 'Figures changed since publication', 'Restatements')
  if (restatements.length === 0) {
    slide.addText('No figure has been restated since this quarter was published.', {
      x: SLIDE.margin,
      y: 1.3,
      w: 12,
      h: 0.4,
      fontFace: FONT,
      fontSize: 12,
      color: HEX.ink,
      margin: 0,
    })
    return
  }
  const head = [
    headCell('Figure'),
    headCell('Published', { align: 'right' }),
    headCell('Now', { align: 'right' }),
    headCell('Restated'),
    headCell('Reason'),
  ]
  const o = { fontSize: 10, border: ROW_BORDER }
  const rows = restatements.map((r) => [
    cell(r.label, { ...o, bold: true }),
    cell(r.publishedText, { ...o, align: 'right' }),
    cell(r.newText, { ...o, align: 'right' }),
    cell(isoDay(r.at), o),
    cell(r.reason, o),
  ])
  slide.addTable([head, ...rows], { x: SLIDE.margin, y: 1.3, w: 12.33, colW: [3.0, 1.3, 1.3, 1.2, 5.53] })
}

function addMethodSlide(pptx: PptxGenJS, model: ReportModel): void {
  const { method } = model.appendix
  const slide = newSlide(pptx, model.meta, 'Method', 'Appendix B')
  const text = { fontFace: FONT, color: HEX.ink, margin: 0, valign: 'top' } as const
  slide.addText(
    [
      {
        text: `Benchmark set: ${method.benchmark.title}. Source: ${method.benchmark.source}.`,
        options: { breakLine: true, paraSpaceAfter: 4 },
      },
      ...method.rules.map((rule) => ({ text: rule, options: { bullet: true, breakLine: true, paraSpaceAfter: 2 } })),
    ],
    { ...text, x: SLIDE.margin, y: 1.25, w: 12.33, h: 1.75, fontSize: 10, fit: 'shrink' },
  )
  // Formulas in two columns of label and formula, so that the whole catalogue fits one slide.
  const half = Math.ceil(method.formulas.length / 2)
  const rows: PptxGenJS.TableRow[] = Array.from({ length: half }, (_, i) => {
    const pair = [method.formulas[i], method.formulas[i + half]]
    return pair.flatMap((f) =>
      f
        ? [cell(f.label, { fontSize: 8, bold: true, border: ROW_BORDER }), cell(f.formula, { fontSize: 8, border: ROW_BORDER })]
        : [cell('', { fontSize: 8 }), cell('', { fontSize: 8 })],
    )
  })
  slide.addText('Formulas', { ...text, x: SLIDE.margin, y: 3.05, w: 4, h: 0.3, fontSize: 13, bold: true })
  slide.addTable(rows, { x: SLIDE.margin, y: 3.37, w: 12.33, colW: [1.95, 4.2, 1.95, 4.23], margin: [1, 3, 1, 3] })
}
